import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { noticeInputSchema, objectionInputSchema, type NoticeInput } from '../../../shared/disclosure/schema';
import { checkedDispatch as dispatch } from '../../helpers/api';
import { createIssue, nextIssueNumber, updateIssue } from '../../../src-main/disclosure/issues';
import { getNoticeDetail } from '../../../src-main/disclosure/notice-detail';
import { createNotice, deleteNotice, updateNotice } from '../../../src-main/disclosure/notices';
import { addObjection, resolveObjection } from '../../../src-main/disclosure/objections';
import { disclosureDashboard, exportRegister, listRegister } from '../../../src-main/disclosure/register';
import { approveNotice, archiveNotice, publishNotice, withdrawNotice } from '../../../src-main/disclosure/states';
import type { Db } from '../../../src-main/db/types';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let db: Db;
beforeEach(() => {
  store = tempStore();
  db = store.ctx.db;
});
afterEach(() => store.close());

const TODAY = '2026-11-24';

function input(over: Partial<NoticeInput> = {}) {
  return noticeInputSchema.parse({
    noticeTitle: '2026年度优秀教师评选结果',
    noticeCategory: '评先评优',
    noticeScope: '对内',
    noticeKind: '即时',
    responsibleUnit: '校长办公室',
    noticeBody: '<p>经评选，以下同志拟评为优秀教师：</p><table><tr><th>姓名</th></tr><tr><td>张三</td></tr></table>',
    publishDate: '2026-11-24',
    periodWorkingDays: 5,
    objectionContact: '校工会办公室，电话 0512-65432100',
    ...over,
  });
}

function published(over: Partial<NoticeInput> = {}, today = TODAY) {
  const n = createNotice(db, input(over), today);
  approveNotice(db, { id: n.id, stateDate: n.publishDate, stateNote: null }, today);
  return publishNotice(db, { id: n.id, publishDate: null }, today);
}

function expectAppError(fn: () => unknown, message: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(message);
    return;
  }
  throw new Error('expected an AppError');
}

describe('notices', () => {
  it('computes the period end from working days and keeps an override', () => {
    const n = createNotice(db, input(), TODAY);
    expect(n).toMatchObject({ endDate: '2026-12-01', endDateOverridden: false, state: '草稿' });
    const o = updateNotice(db, n.id, input({ periodEndDate: '2026-12-04' }), TODAY);
    expect(o).toMatchObject({ endDate: '2026-12-04', endDateOverridden: true });
  });

  it('refuses an end date before the publish date, in Chinese, on the field', async () => {
    const envelope = await dispatch(store.ctx, 'disclosure.notices.create', { ...input(), periodEndDate: '2026-11-20' }, () => undefined);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.message).toContain('公示期截止日期不能早于发布日期');
      expect(envelope.error.fields?.periodEndDate).toBeTruthy();
    }
  });

  it('sanitizes the body on save and refuses a body that was only script', () => {
    const n = createNotice(db, input({ noticeBody: '<p onclick="x()">内容<script>alert(1)</script></p><iframe src="x"></iframe>' }), TODAY);
    expect(n.body).toBe('<p>内容</p>');
    expectAppError(() => createNotice(db, input({ noticeBody: '<script>alert(1)</script>' }), TODAY), /公示内容不能为空/);
  });

  it('accepts a 20-page body', () => {
    const para = `<p>${'绩效工资分配方案说明文字。'.repeat(40)}</p>`;
    const n = createNotice(db, input({ noticeBody: para.repeat(120) }), TODAY);
    expect(n.body.length).toBeGreaterThan(50_000);
  });
});

describe('states', () => {
  it('goes 草稿 → 已审核 → 公示中 → 公示期满 → 已归档 and keeps the history', () => {
    const n = createNotice(db, input(), TODAY);
    expect(approveNotice(db, { id: n.id, stateDate: TODAY, stateNote: null }, TODAY).state).toBe('已审核');
    expect(publishNotice(db, { id: n.id, publishDate: null }, TODAY).state).toBe('公示中');
    expect(getNoticeDetail(db, n.id, '2026-12-01').state).toBe('公示中');
    expect(getNoticeDetail(db, n.id, '2026-12-02').state).toBe('公示期满');
    expectAppError(() => archiveNotice(db, { id: n.id, stateDate: TODAY, stateNote: null }, TODAY), /期满后才能归档/);
    expectAppError(() => archiveNotice(db, { id: n.id, stateDate: '2026-12-01', stateNote: null }, '2026-12-02'), /归档日期应在公示期截止日/);
    archiveNotice(db, { id: n.id, stateDate: '2026-12-02', stateNote: null }, '2026-12-02');
    const detail = getNoticeDetail(db, n.id, '2026-12-02');
    expect(detail.state).toBe('已归档');
    expect(detail.history.map((h) => h.toState)).toEqual(['草稿', '已审核', '已发布', '已归档']);
    expect(detail.history[3]?.fromState).toBe('公示期满');
  });

  it('shows 待公示 for a publish date ahead, and moves a computed end with a new publish date', () => {
    const n = createNotice(db, input(), TODAY);
    approveNotice(db, { id: n.id, stateDate: TODAY, stateNote: null }, TODAY);
    const p = publishNotice(db, { id: n.id, publishDate: '2026-11-27' }, TODAY);
    expect(p).toMatchObject({ state: '待公示', publishDate: '2026-11-27', endDate: '2026-12-04' });
  });

  it('needs approval before publishing, and a reason to withdraw', async () => {
    const n = createNotice(db, input(), TODAY);
    expectAppError(() => publishNotice(db, { id: n.id, publishDate: null }, TODAY), /审核通过后才能发布/);
    const p = published();
    const envelope = await dispatch(store.ctx, 'disclosure.notices.withdraw', { id: p.id, stateDate: TODAY, withdrawReason: '  ' }, () => undefined);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.message).toContain('「撤回原因」必须填写');
    const w = withdrawNotice(db, { id: p.id, stateDate: TODAY, withdrawReason: '名单有误，更正后重新公示' }, TODAY);
    expect(w).toMatchObject({ state: '已撤回', withdrawReason: '名单有误，更正后重新公示' });
    expect(getNoticeDetail(db, p.id, TODAY).history.at(-1)).toMatchObject({ fromState: '公示中', toState: '已撤回', reason: '名单有误，更正后重新公示' });
  });

  it('sends an approved notice back to 草稿 when edited, and locks a published one', () => {
    const n = createNotice(db, input(), TODAY);
    approveNotice(db, { id: n.id, stateDate: TODAY, stateNote: null }, TODAY);
    expect(updateNotice(db, n.id, input({ noticeTitle: '改过的标题' }), TODAY).state).toBe('草稿');
    const p = published({ noticeTitle: '另一则' });
    expectAppError(() => updateNotice(db, p.id, input(), TODAY), /不能再修改/);
    expectAppError(() => deleteNotice(db, p.id, TODAY), /不能删除/);
  });
});

describe('objections', () => {
  it('needs a real name unless anonymous', () => {
    expect(objectionInputSchema.safeParse({ noticeId: 1, objectionReceivedOn: TODAY, objectionContent: '有异议' }).success).toBe(false);
    expect(objectionInputSchema.safeParse({ noticeId: 1, objectionReceivedOn: TODAY, objectionContent: '有异议', anonymous: true }).success).toBe(true);
  });

  it('only during the period of a published notice', () => {
    const draft = createNotice(db, input(), TODAY);
    const data = (noticeId: number, receivedOn: string) =>
      objectionInputSchema.parse({ noticeId, objectionReceivedOn: receivedOn, objectorName: '李四', objectionContent: '名单有遗漏' });
    expectAppError(() => addObjection(db, data(draft.id, TODAY), TODAY), /尚未发布/);
    const p = published({ publishDate: '2026-11-20' });
    expectAppError(() => addObjection(db, data(p.id, '2026-11-19'), TODAY), /公示期内/);
    expectAppError(() => addObjection(db, data(p.id, '2026-11-30'), '2026-11-30'), /公示期内/);
    expect(addObjection(db, data(p.id, '2026-11-23'), TODAY).status).toBe('待处理');
  });

  it('blocks archiving until every accepted objection is resolved; anonymous ones do not block', () => {
    const p = published({ publishDate: '2026-11-16' });
    const named = addObjection(db, objectionInputSchema.parse({ noticeId: p.id, objectionReceivedOn: '2026-11-17', objectorName: '王五', objectionContent: '评分有误' }), TODAY);
    const anon = addObjection(db, objectionInputSchema.parse({ noticeId: p.id, objectionReceivedOn: '2026-11-18', anonymous: true, objectorName: '不会保存', objectionContent: '匿名意见' }), TODAY);
    expect(anon).toMatchObject({ status: '匿名未受理', objectorName: null });
    expectAppError(() => archiveNotice(db, { id: p.id, stateDate: TODAY, stateNote: null }, TODAY), /1 条异议未办结/);
    expectAppError(() => resolveObjection(db, { id: named.id, objectionHandling: '复核', objectionResult: '维持', objectionResolvedOn: '2026-11-16' }, TODAY), /不能早于收到日期/);
    const r = resolveObjection(db, { id: named.id, objectionHandling: '经评审小组复核，评分无误', objectionResult: '维持原结果，已当面答复', objectionResolvedOn: '2026-11-20' }, TODAY);
    expect(r.status).toBe('已办结');
    expect(archiveNotice(db, { id: p.id, stateDate: TODAY, stateNote: null }, TODAY).state).toBe('已归档');
    const dash = disclosureDashboard(db, TODAY);
    expect(dash.pendingObjections).toHaveLength(0);
  });
});

describe('board issues', () => {
  it('refuses an empty issue and drafts, numbers per year', () => {
    expectAppError(() => createIssue(db, { issueNumber: 1, issueDate: TODAY, noticeIds: [] }, TODAY), /至少要放一则/);
    const draft = createNotice(db, input(), TODAY);
    expectAppError(() => createIssue(db, { issueNumber: 1, issueDate: TODAY, noticeIds: [draft.id] }, TODAY), /还是草稿/);
    const a = published({ noticeTitle: '甲' });
    const b = published({ noticeTitle: '乙' });
    const issue = createIssue(db, { issueNumber: 1, issueDate: TODAY, noticeIds: [b.id, a.id] }, TODAY);
    expect(issue.notices.map((n) => n.title)).toEqual(['乙', '甲']);
    expect(nextIssueNumber(db, 2026)).toBe(2);
    expect(nextIssueNumber(db, 2027)).toBe(1);
    expectAppError(() => createIssue(db, { issueNumber: 1, issueDate: '2026-12-01', noticeIds: [a.id] }, TODAY), /2026年第1期已经存在/);
    expect(updateIssue(db, issue.id, { issueNumber: 1, issueDate: TODAY, noticeIds: [a.id] }, TODAY).notices).toHaveLength(1);
  });
});

describe('register', () => {
  it('filters by year, category, scope and state, and exports xlsx', async () => {
    published({ noticeTitle: '秋季收费标准', noticeCategory: '收费', noticeScope: '对外', publishDate: '2026-09-01' });
    published({ noticeTitle: '绩效工资方案', noticeCategory: '绩效工资', publishDate: '2026-11-23' });
    published({ noticeTitle: '去年的', noticeCategory: '收费', publishDate: '2025-09-01' });
    createNotice(db, input({ noticeTitle: '草稿一则' }), TODAY);
    expect(listRegister(db, { year: 2026 }, TODAY).rows).toHaveLength(3);
    expect(listRegister(db, { year: 2026, categories: ['收费'] }, TODAY).rows.map((r) => r.title)).toEqual(['秋季收费标准']);
    expect(listRegister(db, { scopes: ['对外'] }, TODAY).rows).toHaveLength(1);
    expect(listRegister(db, { states: ['公示中'] }, TODAY).rows.map((r) => r.title)).toEqual(['绩效工资方案']);
    expect(listRegister(db, {}, TODAY).years).toEqual([2026, 2025]);

    const out = await exportRegister(db, { year: 2026 }, TODAY);
    expect(out.fileName).toBe('2026年校务公开台账.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('校务公开台账')!;
    expect(sheet.getCell('A1').value).toBe('2026年校务公开台账');
    expect(sheet.getRow(3).getCell(2).value).toBe('公示标题');
    expect(sheet.getRow(4).getCell(2).value).toBe('秋季收费标准');
    expect(sheet.getRow(6).getCell(2).value).toBe('草稿一则');
    expect(sheet.rowCount).toBe(6);
  });

  it('lists notices in their period with days left on the dashboard', () => {
    published({ noticeTitle: '在公示', publishDate: '2026-11-23' });
    published({ noticeTitle: '未开始', publishDate: '2026-11-30' });
    const dash = disclosureDashboard(db, TODAY);
    // Posted yesterday: the period's first day is today, so 4 working days lie ahead (5 on the day of posting).
    expect(dash.inPeriod).toEqual([expect.objectContaining({ title: '在公示', endDate: '2026-11-30', workingDaysLeft: 4 })]);
    expect(dash.upcoming).toBe(1);
  });
});

describe('settings', () => {
  it('updates one setting without resetting the others', async () => {
    const call = (method: string, payload: unknown) => dispatch(store.ctx, method, payload, () => undefined);
    await call('disclosure.settings.update', { issuingBody: '某某中学校务公开领导小组' });
    const env = await call('disclosure.settings.update', { defaultWorkingDays: 7 });
    expect(env).toMatchObject({ ok: true, data: { issuingBody: '某某中学校务公开领导小组', defaultWorkingDays: 7 } });
    const bad = await call('disclosure.settings.update', { noticeCategories: ['收费', '收费'] });
    expect(bad.ok).toBe(false);
  });
});
