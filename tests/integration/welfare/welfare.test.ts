/**
 * The welfare services on a real SQLite store: standards, over-standard confirmation, counts per
 * year, batches (all or nothing), the hardship register, statistics, the sign-off sheet, the
 * register workbook and the CLI.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Method } from '../../../shared/api/contract';
import type { ApiEnvelope } from '../../../shared/api/errors';
import { todayIso } from '../../../shared/domain/dates';
import { EXAMPLE_STANDARDS_MARKER, type VisitInput } from '../../../shared/welfare/schema';
import { checkedDispatch as dispatch } from '../../helpers/api';
import { runCli } from '../../../src-main/cli/program';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

async function call(method: Method, input?: unknown): Promise<ApiEnvelope<unknown>> {
  return dispatch(store.ctx, method, input, () => undefined);
}

async function ok<T>(method: Method, input?: unknown): Promise<T> {
  const r = await call(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
  return r.data as T;
}

async function fails(method: Method, input?: unknown): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  const r = await call(method, input);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.error;
}

async function member(name: string, department = '语文组'): Promise<number> {
  return (await ok<{ id: number }>('members.create', { name, department })).id;
}

async function setStatus(id: number, status: string): Promise<void> {
  await ok('members.changeStatus', { id, status, date: '2026-01-05', reason: null });
}

function visit(memberId: number | null, extra: Partial<VisitInput> = {}): VisitInput {
  return { memberId, visitDate: '2026-03-10', reason: '生病住院', amountFen: 50_000, goodsValueFen: 0, ...extra };
}

const count = (sql: string) => (store.ctx.db.prepare(sql).get() as { n: number }).n;

describe('standards', () => {
  it('ships an example table marked for adjustment until the user saves their own', async () => {
    const s = await ok<{ isExample: boolean; marker: string | null; items: Array<{ reason: string; cashAllowed: boolean; capFen: number | null }> }>(
      'welfare.standards.get',
    );
    expect(s.isExample).toBe(true);
    expect(s.marker).toBe(EXAMPLE_STANDARDS_MARKER);
    expect(s.items.find((i) => i.reason === '生病住院')?.capFen).toBe(100_000);
    expect(s.items.find((i) => i.reason === '退休')?.cashAllowed).toBe(false);

    const items = s.items.map((i) => (i.reason === '结婚' ? { ...i, capFen: 80_000 } : i));
    const saved = await ok<{ isExample: boolean; marker: string | null }>('welfare.standards.update', { items });
    expect(saved).toMatchObject({ isExample: false, marker: null });
    const again = await ok<{ items: Array<{ reason: string; capFen: number | null }> }>('welfare.standards.get');
    expect(again.items.find((i) => i.reason === '结婚')?.capFen).toBe(80_000);

    const dup = await fails('welfare.standards.update', { items: [...items, items[0]] });
    expect(dup.message).toContain('重复');
  });

  it('asks for confirmation above the cap and keeps the visit flagged once confirmed', async () => {
    const id = await member('张三');
    const over = await fails('welfare.visits.create', visit(id, { amountFen: 120_000 }));
    expect(over.code).toBe('CONFLICT');
    expect(over.message).toContain('慰问金 ¥1,200.00 超过“生病住院”每次上限 ¥1,000.00');
    expect(count('SELECT count(*) AS n FROM welfare_visits')).toBe(0);

    const saved = await ok<{ overStandard: boolean; overStandardReasons: string; overStandardNote: string; confirmedAt: string | null }>(
      'welfare.visits.create',
      visit(id, { amountFen: 120_000, overStandardConfirmed: true, overStandardNote: '经工会委员会研究同意' }),
    );
    expect(saved.overStandard).toBe(true);
    expect(saved.overStandardReasons).toContain('超过“生病住院”每次上限');
    expect(saved.overStandardNote).toBe('经工会委员会研究同意');
    expect(saved.confirmedAt).not.toBeNull();

    const within = await ok<{ overStandard: boolean }>('welfare.visits.create', visit(id, { visitDate: '2026-05-01', amountFen: 80_000 }));
    expect(within.overStandard).toBe(false);
  });

  it('refuses cash for a goods-only reason', async () => {
    const id = await member('李退休');
    const r = await fails('welfare.visits.create', visit(id, { reason: '退休', amountFen: 10_000, goods: '纪念品', goodsValueFen: 50_000 }));
    expect(r.message).toContain('只发慰问品，不发慰问金');
    await ok('welfare.visits.create', visit(id, { reason: '退休', amountFen: 0, goods: '纪念品', goodsValueFen: 50_000 }));
  });

  it('counts visits per person, reason and calendar year', async () => {
    const id = await member('王五');
    await ok('welfare.visits.create', visit(id, { visitDate: '2025-12-30' }));
    await ok('welfare.visits.create', visit(id, { visitDate: '2026-01-10' }));
    await ok('welfare.visits.create', visit(id, { visitDate: '2026-02-10' }));
    const check = await ok<{ countThisYear: number; problems: string[] }>('welfare.visits.check', {
      memberId: id,
      visitDate: '2026-06-01',
      reason: '生病住院',
      amountFen: 10_000,
      goodsValueFen: 0,
    });
    expect(check.countThisYear).toBe(2);
    expect(check.problems).toEqual(['本年度已因“生病住院”慰问 2 次，标准为每人每年最多 2 次']);
    // A relative of the same member is a different person for the count.
    const relative = await ok<{ countThisYear: number }>('welfare.visits.check', {
      memberId: id,
      recipientName: '王母',
      visitDate: '2026-06-01',
      reason: '生病住院',
      amountFen: 10_000,
      goodsValueFen: 0,
    });
    expect(relative.countThisYear).toBe(0);
    const third = await fails('welfare.visits.create', visit(id, { visitDate: '2026-06-01' }));
    expect(third.message).toContain('每人每年最多 2 次');
  });
});

describe('bad input', () => {
  it('rejects negative, fractional-fen and non-numeric amounts with Chinese messages', async () => {
    const id = await member('赵六');
    expect((await fails('welfare.visits.create', visit(id, { amountFen: -100 }))).message).toContain('输入有误：「慰问金」不能为负数');
    expect((await fails('welfare.visits.create', visit(id, { amountFen: 100.5 }))).message).toContain('输入有误：「慰问金」必须是以“分”为单位的整数');
    expect((await fails('welfare.visits.create', { ...visit(id), amountFen: 'abc' })).message).toContain('输入有误：「慰问金」必须是数字');
  });

  it('rejects a date after today and a visit to a member who left the union', async () => {
    const id = await member('钱七');
    const future = await fails('welfare.visits.create', visit(id, { visitDate: '2099-01-01' }));
    expect(future.message).toContain('「慰问日期」日期不能晚于今天');
    const earlier = await ok<{ id: number }>('welfare.visits.create', visit(id, { visitDate: '2026-01-02' }));
    await setStatus(id, '退会');
    const left = await fails('welfare.visits.create', visit(id));
    expect(left.message).toBe('会员 钱七 已退会，不能登记慰问。');
    // A visit made before the member left can still be corrected.
    await ok('welfare.visits.update', { id: earlier.id, data: visit(id, { visitDate: '2026-01-02', notes: '补录走访人员' }) });
  });

  it('accepts a person not in the register by name, and needs a name otherwise', async () => {
    const v = await ok<{ displayName: string; department: string | null }>(
      'welfare.visits.create',
      visit(null, { recipientName: '老周', recipientRelation: '退休教师', reason: '春节慰问', visitDate: '2026-01-20' }),
    );
    expect(v).toMatchObject({ displayName: '老周', department: null });
    const none = await fails('welfare.visits.create', visit(null));
    expect(none.message).toContain('请选择会员，或填写不在会员名册中的慰问对象姓名');
  });

  it('names the welfare records when a visited member is deleted', async () => {
    const id = await member('孙八');
    await ok('welfare.visits.create', visit(id));
    const r = await fails('members.delete', { id });
    expect(r.message).toContain('慰问记录 1 条');
  });
});

describe('batches', () => {
  it('records the same visit for every retiree in one step', async () => {
    const ids = [await member('退一', '退休'), await member('退二', '退休'), await member('退三', '退休')];
    for (const id of ids) await setStatus(id, '退休');
    await member('在职');
    const people = await ok<Array<{ id: number }>>('welfare.people', { statuses: ['退休'] });
    expect(people.map((p) => p.id).sort()).toEqual([...ids].sort());
    const batch = await ok<{ id: number; visits: number; amountFen: number; title: string; visitIds: number[] }>('welfare.batches.create', {
      memberIds: ids,
      visitDate: '2026-01-25',
      reason: '春节慰问',
      amountFen: 50_000,
      goods: '米、油',
      goodsValueFen: 20_000,
      visitors: '工会主席、校长',
    });
    expect(batch).toMatchObject({ visits: 3, amountFen: 150_000, title: '2026年春节慰问' });
    expect(count(`SELECT count(*) AS n FROM welfare_visits WHERE batch_id = ${batch.id}`)).toBe(3);
    const list = await ok<Array<{ id: number }>>('welfare.batches.list');
    expect(list.map((b) => b.id)).toEqual([batch.id]);

    // The second Spring Festival visit in the year is over the yearly count for everyone.
    const again = await fails('welfare.batches.create', { memberIds: ids, visitDate: '2026-02-01', reason: '春节慰问', amountFen: 10_000, goodsValueFen: 0 });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('退一：本年度已因“春节慰问”慰问 1 次');
    expect(count('SELECT count(*) AS n FROM welfare_visits')).toBe(3);

    await ok('welfare.batches.delete', { id: batch.id });
    expect(count('SELECT count(*) AS n FROM welfare_visits')).toBe(0);
  });

  it('saves nothing when one member fails and names that member', async () => {
    const a = await member('甲');
    const b = await member('乙');
    const c = await member('丙');
    await setStatus(b, '退会');
    const r = await fails('welfare.batches.create', { memberIds: [a, b, c], visitDate: '2026-09-10', reason: '教师节慰问', amountFen: 20_000, goodsValueFen: 0 });
    expect(r.message).toBe('批量慰问未保存：会员 乙 已退会，不能登记慰问。整批均未保存，请从名单中移除后重试。');
    expect(count('SELECT count(*) AS n FROM welfare_visits')).toBe(0);
    expect(count('SELECT count(*) AS n FROM welfare_batches')).toBe(0);
  });

  it('rolls back the whole batch when a row fails while inserting', async () => {
    const a = await member('丁');
    const b = await member('戊');
    // A trigger standing in for a disk or constraint failure on the second row.
    store.ctx.db.exec(`CREATE TRIGGER fail_second BEFORE INSERT ON welfare_visits WHEN NEW.member_id = ${b} BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const r = await fails('welfare.batches.create', { memberIds: [a, b], visitDate: '2026-09-10', reason: '教师节慰问', amountFen: 20_000, goodsValueFen: 0 });
    expect(r.code).toBe('CONFLICT');
    expect(count('SELECT count(*) AS n FROM welfare_visits')).toBe(0);
    expect(count('SELECT count(*) AS n FROM welfare_batches')).toBe(0);
  });
});

describe('hardship register', () => {
  const file = (memberId: number, extra: Record<string, unknown> = {}) => ({
    memberId,
    level: '深度困难',
    mainCause: '家庭成员患重病',
    secondaryCauses: ['子女就学', '家庭收入低'],
    householdSize: 3,
    perCapitaIncomeFen: 120_000,
    health: '本人健康',
    housing: '租房',
    filedOn: '2024-03-01',
    verifiedOn: '2025-10-01',
    verifiedBy: '工会主席 王某',
    family: [
      { name: '李某', relation: '配偶', birthDate: '1980-05-01', occupation: '无业', monthlyIncomeFen: 0, health: '尿毒症' },
      { name: '张小某', relation: '子', occupation: '某某中学', monthlyIncomeFen: 0 },
    ],
    ...extra,
  });

  it('keeps a file with its family, one active file per member, and reminds after 12 months', async () => {
    const id = await member('周九');
    const created = await ok<{ id: number; family: Array<{ name: string }>; reverifyDue: boolean; reverifyBy: string }>('welfare.hardship.create', file(id));
    expect(created.family.map((f) => f.name)).toEqual(['李某', '张小某']);
    expect(created.reverifyBy).toBe('2026-10-01');
    expect(created.reverifyDue).toBe('2026-10-01' <= todayIso());
    const dup = await fails('welfare.hardship.create', file(id));
    expect(dup.message).toBe('会员 周九 已有一份在档的困难职工档案，请在原档案上修改或复核。');
    const due = await ok<Array<{ id: number }>>('welfare.hardship.list', { dueOnly: true });
    expect(due.map((f) => f.id)).toEqual(created.reverifyDue ? [created.id] : []);

    const re = await ok<{ verifiedOn: string; reverifyDue: boolean; notes: string }>('welfare.hardship.reverify', {
      id: created.id,
      verifiedOn: todayIso(),
      verifiedBy: '王某',
      notes: '家庭情况未变',
    });
    expect(re.reverifyDue).toBe(false);
    expect(re.notes).toContain('复核：家庭情况未变');

    const stats = await ok<{ hardshipFiles: { active: number; reverifyDue: number } }>('welfare.stats', { year: 2026 });
    expect(stats.hardshipFiles).toEqual({ active: 1, reverifyDue: 0 });
  });

  it('validates causes, status dates and family size in Chinese', async () => {
    const id = await member('吴十');
    const sameCause = await fails('welfare.hardship.create', file(id, { secondaryCauses: ['家庭成员患重病'] }));
    expect(sameCause.message).toContain('次要原因不能与主要原因相同');
    const four = await fails('welfare.hardship.create', file(id, { secondaryCauses: ['子女就学', '家庭收入低', '单亲家庭', '遭受灾害'] }));
    expect(four.message).toContain('次要致困原因最多选 3 项');
    const noDate = await fails('welfare.hardship.create', file(id, { status: '脱困' }));
    expect(noDate.message).toContain('请填写脱困日期');
    const tooMany = await fails('welfare.hardship.create', file(id, { householdSize: 1 }));
    expect(tooMany.message).toContain('家庭成员 2 人，多于家庭人口 1 人');
  });
});

describe('statistics and documents', () => {
  async function seed() {
    const a = await member('甲一', '语文组');
    const b = await member('乙二', '数学组');
    await ok('welfare.hardship.create', {
      memberId: b, level: '相对困难', mainCause: '家庭收入低', householdSize: 2, perCapitaIncomeFen: 150_000,
      filedOn: '2025-01-01', verifiedOn: '2026-01-01', verifiedBy: '王某',
    });
    await ok('welfare.visits.create', visit(a, { visitDate: '2026-03-10', amountFen: 100_000 }));
    await ok('welfare.visits.create', visit(a, { visitDate: '2026-03-20', recipientName: '甲母', recipientRelation: '母亲', reason: '直系亲属去世', amountFen: 50_000 }));
    await ok('welfare.visits.create', visit(b, { visitDate: '2026-01-20', reason: '春节慰问', amountFen: 100_050, overStandardConfirmed: true, goods: '米油', goodsValueFen: 10_000 }));
    await ok('welfare.visits.create', visit(null, { visitDate: '2026-09-10', recipientName: '老周', recipientRelation: '退休教师', reason: '教师节慰问', amountFen: 20_000 }));
    await ok('welfare.visits.create', visit(a, { visitDate: '2025-12-31', amountFen: 30_000 }));
    return { a, b };
  }

  it('totals a year by month, reason and department', async () => {
    await seed();
    const s = await ok<{
      totals: { visits: number; people: number; households: number; amountFen: number; goodsValueFen: number; overStandard: number };
      hardship: { households: number; amountFen: number };
      byMonth: Array<{ month: number; visits: number; amountFen: number }>;
      byReason: Array<{ reason: string; visits: number; amountFen: number }>;
      byDepartment: Array<{ department: string; visits: number; people: number; households: number }>;
      years: number[];
    }>('welfare.stats', { year: 2026 });
    expect(s.totals).toEqual({ visits: 4, people: 4, households: 3, amountFen: 270_050, goodsValueFen: 10_000, overStandard: 1 });
    expect(s.hardship).toEqual({ households: 1, amountFen: 100_050 });
    expect(s.byMonth.map((m) => m.visits)).toEqual([1, 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(s.byReason.find((r) => r.reason === '直系亲属去世')).toMatchObject({ visits: 1, amountFen: 50_000 });
    expect(s.byDepartment.find((d) => d.department === '语文组')).toMatchObject({ visits: 2, people: 2, households: 1 });
    expect(s.byDepartment.find((d) => d.department === '（无部门/非会员）')).toMatchObject({ visits: 1 });
    expect(s.years).toEqual([2026, 2025]);
    const years = await ok<Array<{ year: number; visits: number; households: number; amountFen: number }>>('welfare.stats.years');
    expect(years).toEqual([
      expect.objectContaining({ year: 2026, visits: 4, households: 3, amountFen: 270_050 }),
      expect.objectContaining({ year: 2025, visits: 1, households: 1, amountFen: 30_000 }),
    ]);
  });

  it('builds the sign-off sheet with its total in capitals', async () => {
    await seed();
    const sheet = await ok<{ rows: Array<{ name: string; department: string }>; totalFen: number; totalCapital: string; scope: string }>('welfare.signoff', {
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(sheet.rows.map((r) => r.name)).toEqual(['乙二', '甲一', '甲母（甲一的母亲）']);
    expect(sheet.totalFen).toBe(250_050);
    expect(sheet.totalCapital).toBe('贰仟伍佰元伍角整');
    expect(sheet.scope).toBe('2026年1月1日至2026年3月31日');
    const empty = await fails('welfare.signoff', { from: '2024-01-01', to: '2024-12-31' });
    expect(empty.message).toContain('没有可列入签收表的慰问记录');
    const bad = await fails('welfare.signoff', { from: '2026-03-01', to: '2026-01-01' });
    expect(bad.message).toContain('结束日期不能早于开始日期');
  });

  it('exports the visit register workbook through the API and the CLI', async () => {
    await seed();
    const download = await ok<{ fileName: string; contentBase64: string }>('welfare.export', { year: 2026 });
    expect(download.fileName).toBe('慰问登记表-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(download.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('慰问登记表')!;
    expect(String(sheet.getCell('A1').value)).toContain('慰问登记表（2026年度）');
    expect(sheet.getRow(3).getCell(2).value).toBe('慰问对象');
    expect(sheet.getRow(4).getCell(2).value).toBe('乙二');
    expect(sheet.getRow(4).getCell(6).value).toBe(1000.5);
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('合计');
    expect(last.getCell(6).value).toBe(2700.5);
    expect(last.getCell(12).value).toBe('大写：贰仟柒佰元伍角整');

    store.ctx.db.close();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    const target = path.join(store.dir, 'out', '登记表.xlsx');
    expect(await runCli(['welfare', 'export', target, '--db', store.file, '--year', '2026'], io)).toBe(0);
    expect(out.join('')).toContain('已导出 2026 年度慰问登记表');
    const fromCli = new ExcelJS.Workbook();
    await fromCli.xlsx.readFile(target);
    expect(fromCli.getWorksheet('慰问登记表')!.getRow(4).getCell(2).value).toBe('乙二');
    expect(await runCli(['welfare', 'export', target, '--db', store.file, '--year', '26'], io)).toBe(2);
    // The CLI goes through dispatch: the same refusal, in the same words, as over HTTP or IPC.
    const refusedByApi = await dispatch(store.ctx, 'welfare.export', { year: 26 }, () => undefined);
    expect(refusedByApi.ok).toBe(false);
    expect(err.join('')).toBe(refusedByApi.ok ? '' : refusedByApi.error.message);
    expect(fs.existsSync(target)).toBe(true);
  });
});
