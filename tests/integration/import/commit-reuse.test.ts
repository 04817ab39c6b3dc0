/**
 * Commit reuses the dry run's checked rows only while nothing has changed since: a member added
 * or removed after the check (through this connection or another one, as a job's worker or a
 * second window would) or a fix made in the review grid makes the commit check the rows again,
 * so what is written always matches the store at the moment of writing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { todayIso } from '../../../shared/domain/dates';
import type { ImportSheet } from '../../../shared/import/schema';
import { openStore } from '../../../src-main/db/open';
import { insertMember } from '../../../src-main/members/service';
import { memberInputSchema } from '../../../shared/members/schema';
import { apiOn } from '../../helpers/api';
import { importSteps } from '../../helpers/record-import';
import { xlsxOf } from '../../helpers/sheets';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
beforeEach(() => {
  store = tempStore();
  api = apiOn(store);
});
afterEach(() => store.close());

const year = Number(todayIso().slice(0, 4)) - 1;
const steps = importSteps('visits', () => api);

async function register(): Promise<ImportSheet> {
  const bytes = await xlsxOf({
    rows: [
      ['慰问对象', '部门/身份', '慰问日期', '慰问事由', '慰问金（元）'],
      ['张三', '语文组', `${year}-03-01`, '生病住院', '800'],
      ['李娜', '数学组', `${year}-04-01`, '结婚', '500'],
    ],
  });
  return steps.read('慰问登记表.xlsx', bytes);
}

async function visitsByName(): Promise<Record<string, number | null>> {
  const rows = (await api.call('welfare.visits.list', { year, pageSize: 50 })).rows;
  return Object.fromEntries(rows.map((v) => [v.displayName, v.memberId]));
}

describe('commit after a dry run', () => {
  it('writes what the dry run showed when nothing changed in between', async () => {
    const zhang = await api.call('members.create', { name: '张三', department: '语文组' });
    const li = await api.call('members.create', { name: '李娜', department: '数学组' });
    const sheet = await register();
    const check = await steps.preview(sheet);
    expect(check.counts).toMatchObject({ errors: 0, create: 2 });
    const batch = await steps.commit(sheet);
    expect(batch).toMatchObject({ created: 2, rows: 2 });
    expect(await visitsByName()).toEqual({ 张三: zhang.id, 李娜: li.id });
  });

  it('checks again when a member was removed after the dry run: the visit is kept as a person outside the roll', async () => {
    const zhang = await api.call('members.create', { name: '张三', department: '语文组' });
    const li = await api.call('members.create', { name: '李娜', department: '数学组' });
    const sheet = await register();
    expect((await steps.preview(sheet)).counts).toMatchObject({ errors: 0, warnings: 0 });
    await api.call('members.delete', { id: zhang.id });
    const batch = await steps.commit(sheet);
    expect(batch).toMatchObject({ created: 2, warnings: 1 });
    expect(await visitsByName()).toEqual({ 张三: null, 李娜: li.id });
  });

  it('checks again when another connection added the member after the dry run', async () => {
    await api.call('members.create', { name: '李娜', department: '数学组' });
    const sheet = await register();
    expect((await steps.preview(sheet)).counts).toMatchObject({ warnings: 1 });
    const other = openStore(store.file);
    const zhang = insertMember(other, memberInputSchema.parse({ name: '张三', department: '语文组' }));
    other.close();
    const batch = await steps.commit(sheet);
    expect(batch).toMatchObject({ created: 2, warnings: 0 });
    expect((await visitsByName())['张三']).toBe(zhang.id);
  });

  it('checks again when a cell was fixed in the review after the dry run', async () => {
    await api.call('members.create', { name: '张三', department: '语文组' });
    await api.call('members.create', { name: '李娜', department: '数学组' });
    const sheet = await register();
    await steps.preview(sheet);
    const fixed: ImportSheet = { ...sheet, rows: sheet.rows.map((r) => (r.cells[0] === '李娜' ? { ...r, cells: r.cells.map((c) => (c === '500' ? '600' : c)) } : r)) };
    await steps.commit(fixed);
    const rows = (await api.call('welfare.visits.list', { year, pageSize: 50 })).rows;
    expect(rows.find((v) => v.displayName === '李娜')?.amountFen).toBe(60000);
  });
});
