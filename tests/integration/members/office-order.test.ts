/**
 * Status changes dated in the future (scheduled, applied on their date) and the school's department
 * order (设置 → 部门顺序) that every list follows.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memberInputSchema } from '../../../shared/members/schema';
import { addDelegate, listDelegates } from '../../../src-main/congress/delegates';
import { applyDueStatusChanges } from '../../../src-main/members/scheduled';
import { changeMemberStatus, getMemberDetail, insertMember, listMembers } from '../../../src-main/members/service';
import { apiOn, refused } from '../../helpers/api';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

const member = (name: string, department: string | null, extra: Record<string, unknown> = {}) =>
  insertMember(store.ctx.db, memberInputSchema.parse({ name, department, joinDate: '2000-09-01', ...extra }));

describe('a status change dated in the future', () => {
  it('is scheduled, not applied, and takes effect on its date with the history dated that day', () => {
    const db = store.ctx.db;
    const m = member('张三', '语文组');
    const scheduled = changeMemberStatus(db, { id: m.id, status: '退休', date: '2027-06-30', reason: '到龄退休' }, '2026-12-01');
    expect(scheduled.status).toBe('在册');
    expect(scheduled.scheduledStatus).toEqual({ status: '退休', date: '2027-06-30', reason: '到龄退休' });
    expect(listMembers(db, { page: 1, pageSize: 20 }).rows[0]!.scheduledStatus?.date).toBe('2027-06-30');
    expect(applyDueStatusChanges(db, '2027-06-29')).toBe(0);
    expect(getMemberDetail(db, m.id).status).toBe('在册');
    expect(applyDueStatusChanges(db, '2027-06-30')).toBe(1);
    const after = getMemberDetail(db, m.id);
    expect(after.status).toBe('退休');
    expect(after.statusDate).toBe('2027-06-30');
    expect(after.scheduledStatus).toBeNull();
    expect(after.statusHistory[0]).toMatchObject({ fromStatus: '在册', toStatus: '退休', changedOn: '2027-06-30', reason: '到龄退休' });
    expect(applyDueStatusChanges(db, '2027-07-01')).toBe(0);
  });

  it('through the API: a second change is refused while one is scheduled, and the plan can be cancelled', async () => {
    const api = apiOn(store);
    const m = member('李四', '数学组');
    const s = await api.call('members.changeStatus', { id: m.id, status: '退休', date: '2099-06-30', reason: null });
    expect(s.status).toBe('在册');
    expect(s.scheduledStatus?.status).toBe('退休');
    const error = await refused(api.call('members.changeStatus', { id: m.id, status: '调出', date: '2026-01-05', reason: null }));
    expect(error.message).toBe('会员 李四 已登记将于2099年6月30日退休。如需另作变更，请先在会员详情中撤销这项计划。');
    const cancelled = await api.call('members.cancelScheduledStatus', { id: m.id });
    expect(cancelled.scheduledStatus).toBeNull();
    const now = await api.call('members.changeStatus', { id: m.id, status: '调出', date: '2026-01-05', reason: null });
    expect(now.status).toBe('调出');
  });

  it('a change already due when the store is used is applied before the call reads', async () => {
    const db = store.ctx.db;
    const m = member('王五', '英语组');
    changeMemberStatus(db, { id: m.id, status: '退休', date: '2026-01-10', reason: null }, '2026-01-01');
    expect(getMemberDetail(db, m.id).status).toBe('在册');
    const api = apiOn(store);
    const list = await api.call('members.list', { statuses: ['退休'] });
    expect(list.rows.map((r) => r.name)).toEqual(['王五']);
  });
});

describe('the school’s department order', () => {
  function seed(): void {
    // The roster lists them in the school's order, which is not Unicode order.
    member('甲', '语文组');
    member('乙', '数学组');
    member('丙', '英语组');
    member('丁', '语文组');
    member('戊', '综合组');
    member('己', '行政后勤');
    member('庚', null);
  }

  it('defaults to the order the roster listed them, in the list, the filter and the roster export', async () => {
    seed();
    const api = apiOn(store);
    expect(await api.call('members.departments', undefined)).toEqual(['语文组', '数学组', '英语组', '综合组', '行政后勤']);
    const list = await api.call('members.list', { pageSize: 50 });
    expect(list.rows.map((r) => r.department)).toEqual(['语文组', '语文组', '数学组', '英语组', '综合组', '行政后勤', null]);
    const file = await api.call('roster.export', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(row.values ? (row.values as unknown[]).map(String).join('|') : ''));
    const order = ['语文组', '数学组', '英语组', '综合组', '行政后勤'].map((d) => texts.findIndex((t) => t.includes(d)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('设置 → 部门顺序 saves a new order every list follows; 按拼音排序 suggests one; a new department joins at the end', async () => {
    seed();
    const api = apiOn(store);
    const view = await api.call('settings.departmentOrder', undefined);
    expect(view.departments).toEqual([
      { name: '语文组', memberCount: 2 },
      { name: '数学组', memberCount: 1 },
      { name: '英语组', memberCount: 1 },
      { name: '综合组', memberCount: 1 },
      { name: '行政后勤', memberCount: 1 },
    ]);
    const pinyin = await api.call('settings.departmentsByPinyin', undefined);
    expect(pinyin.orderedDepartments).toEqual(['数学组', '行政后勤', '英语组', '语文组', '综合组']);
    await api.call('settings.setDepartmentOrder', { orderedDepartments: ['行政后勤', '数学组', '语文组', '英语组', '综合组'] });
    expect(await api.call('members.departments', undefined)).toEqual(['行政后勤', '数学组', '语文组', '英语组', '综合组']);
    const list = await api.call('members.list', { pageSize: 50 });
    expect(list.rows.map((r) => r.name)).toEqual(['己', '乙', '丁', '甲', '丙', '戊', '庚']);
    expect(list.rows.map((r) => r.department)).toEqual(['行政后勤', '数学组', '语文组', '语文组', '英语组', '综合组', null]);
    const desc = await api.call('members.list', { pageSize: 50, sortBy: 'department', sortOrder: 'desc' });
    expect(desc.rows.map((r) => r.department)).toEqual(['综合组', '英语组', '语文组', '语文组', '数学组', '行政后勤', null]);
    member('辛', '体育组');
    expect((await api.call('members.departments', undefined)).at(-1)).toBe('体育组');
    const roster = await api.call('settings.departmentsInRosterOrder', undefined);
    expect(roster.orderedDepartments).toEqual(['语文组', '数学组', '英语组', '综合组', '行政后勤', '体育组']);
    const twice = await refused(api.call('settings.setDepartmentOrder', { orderedDepartments: ['语文组', '语文组'] }));
    expect(twice.message).toContain('部门“语文组”在顺序中出现了两次');
  });

  it('the statistics and the year report list departments in that order, 未填部门 last, not by size', async () => {
    seed();
    const api = apiOn(store);
    await api.call('settings.setDepartmentOrder', { orderedDepartments: ['行政后勤', '数学组', '语文组', '英语组', '综合组'] });
    const stats = await api.call('members.stats', undefined);
    expect(stats.byDepartment.map((d) => d.department)).toEqual(['行政后勤', '数学组', '语文组', '英语组', '综合组', '未填部门']);
    const year = await api.call('report.year', { year: 2026 });
    expect(year.current.members.byDepartment.map((d) => d.label)).toEqual(['行政后勤', '数学组', '语文组', '英语组', '综合组', '（未填部门）']);
  });

  it('congress delegations sort by their number: 第二 before 第十', () => {
    const db = store.ctx.db;
    const names = ['第十代表团', '第二代表团', '第一代表团', '第十一代表团', '第三代表团'];
    names.forEach((delegation, i) => {
      const m = member(`代表${i}`, '语文组');
      addDelegate(db, { term: 5, memberId: m.id, delegateKind: '正式', isTeacher: true, delegation, electedOn: '2025-09-01', delegateNotes: null });
    });
    expect(listDelegates(db, 5).rows.map((d) => d.delegation)).toEqual(['第一代表团', '第二代表团', '第三代表团', '第十代表团', '第十一代表团']);
  });
});
