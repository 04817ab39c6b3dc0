/**
 * 慰问登记表 → visits through the import engine: the program's own export read back into an empty
 * store gives the same visits; hand-made registers (title rows, merged cells, money and dates
 * written every way, .xls, GBK CSV) import with the right per-cell messages; bad rows stop the
 * whole import; a batch is undone as a whole.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { todayIso } from '../../../shared/domain/dates';
import type { ImportCheck, ImportSheet } from '../../../shared/import/schema';
import type { Visit } from '../../../shared/welfare/schema';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { apiOn, refused } from '../../helpers/api';
import { buildXlsx } from '../../fixtures/roster-xlsx';
import { base64, gbkCsvOf, xlsOf, xlsxOf, type Cell } from '../../helpers/sheets';
import { tempStore } from '../../helpers/store';
import fs from 'node:fs';
import path from 'node:path';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
beforeEach(() => {
  store = tempStore();
  api = apiOn(store);
});
afterEach(() => store.close());

const year = Number(todayIso().slice(0, 4)) - 1;
const d = (md: string) => `${year}-${md}`;

async function seedMembers(client: ApiClient): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const [name, department] of [
    ['张三', '语文组'],
    ['李娜', '数学组'],
    ['张伟', '语文组'],
    ['王芳', '英语组'],
  ] as const) {
    const key = name === '张伟' ? `${name}-${department}` : name;
    ids[key] = (await client.call('members.create', { name, department })).id;
  }
  ids['张伟-数学组'] = (await client.call('members.create', { name: '张伟', department: '数学组' })).id;
  return ids;
}

async function read(fileName: string, bytes: Buffer, client: ApiClient = api): Promise<ImportSheet> {
  return client.call('import.read', { set: 'visits', fileName, contentBase64: base64(bytes) });
}

async function preview(sheet: ImportSheet, client: ApiClient = api): Promise<ImportCheck> {
  return client.call('import.preview', { set: 'visits', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows });
}

async function commit(sheet: ImportSheet, client: ApiClient = api, skipInvalid = false) {
  return client.call('import.commit', {
    set: 'visits',
    options: {},
    headers: sheet.headers,
    mapping: sheet.mapping,
    rows: sheet.rows,
    fileName: sheet.fileName,
    sheet: sheet.sheet,
    headerRow: sheet.headerRow,
    skipInvalid,
  });
}

function issuesAt(check: ImportCheck, row: number): string[] {
  return (check.rows.find((r) => r.row === row)?.issues ?? []).map((i) => `${i.level === 'error' ? '错误' : '提醒'}「${i.column}」${i.message}`);
}

async function allVisits(client: ApiClient): Promise<Visit[]> {
  return (await client.call('welfare.visits.list', { year, pageSize: 500 })).rows;
}

function comparable(v: Visit) {
  return {
    who: v.displayName,
    memberName: v.memberName,
    recipientName: v.recipientName,
    recipientRelation: v.recipientRelation,
    department: v.department,
    visitDate: v.visitDate,
    reason: v.reason,
    amountFen: v.amountFen,
    goods: v.goods,
    goodsValueFen: v.goodsValueFen,
    visitors: v.visitors,
    evidence: v.evidence,
    notes: v.notes,
    overStandard: v.overStandard,
    overStandardReasons: v.overStandardReasons,
    overStandardNote: v.overStandardNote,
  };
}

describe('visits import', () => {
  it("a year's register exported by the program and imported into an empty store gives back the same visits", async () => {
    const ids = await seedMembers(api);
    const visit = (data: Record<string, unknown>) => api.call('welfare.visits.create', { memberId: null, amountFen: 0, goodsValueFen: 0, ...data } as never);
    await visit({ memberId: ids['张三'], visitDate: d('03-01'), reason: '生病住院', amountFen: 80000, visitors: '李主席、王委员', evidence: ['住院证明'] });
    await visit({ memberId: ids['李娜'], recipientName: '李母', recipientRelation: '母亲', visitDate: d('04-12'), reason: '直系亲属去世', amountFen: 100000 });
    await visit({ recipientName: '赵老师', recipientRelation: '退休教师', visitDate: d('01-20'), reason: '春节慰问', amountFen: 50000, goods: '米面油', goodsValueFen: 20000 });
    await visit({ memberId: ids['张伟-数学组'], visitDate: d('05-05'), reason: '结婚', amountFen: 120000, overStandardConfirmed: true, overStandardNote: '校长办公会同意', notes: '补发' });
    await visit({ memberId: ids['王芳'], visitDate: d('09-10'), reason: '教师节慰问', amountFen: 0, goods: '鲜花', goodsValueFen: 12345 });
    const before = (await allVisits(api)).map(comparable);

    const exported = await api.call('welfare.export', { year });
    const roster = await api.call('roster.export', undefined);

    const other = tempStore();
    try {
      const otherApi = apiOn(other);
      const rosterSheet = await otherApi.call('import.read', { set: 'members', fileName: roster.fileName, contentBase64: roster.contentBase64 });
      await otherApi.call('import.commit', { set: 'members', options: {}, headers: rosterSheet.headers, mapping: rosterSheet.mapping, rows: rosterSheet.rows, fileName: roster.fileName, sheet: rosterSheet.sheet, headerRow: rosterSheet.headerRow });
      const sheet = await read(exported.fileName, Buffer.from(exported.contentBase64, 'base64'), otherApi);
      expect(sheet.headerRow).toBe(3);
      const check = await preview(sheet, otherApi);
      expect(check.counts).toMatchObject({ rows: 5, errors: 0, create: 5, skipped: 1 });
      const batch = await commit(sheet, otherApi);
      expect(batch.created).toBe(5);
      const after = (await allVisits(otherApi)).map(comparable);
      expect(after).toEqual(before);
      // Imported again: nothing is added twice.
      expect((await preview(sheet, otherApi)).counts).toMatchObject({ create: 0, unchanged: 5 });
    } finally {
      other.close();
    }
  });

  it('reads a hand-made register under title rows, with merged departments, money and dates written every way', async () => {
    await seedMembers(api);
    const serial = Math.round((Date.UTC(year, 2, 8) - Date.UTC(1899, 11, 30)) / 86400000);
    const rows: Cell[][] = [
      ['某某学校工会慰问登记表'],
      ['填报单位：校工会', null, null, '填报日期：2026年12月1日'],
      ['序号', '姓名', '部门', '时间', '事由', '金额（元）', '慰问品', '备注'],
      [1, '张三', '语文组', `${year}.3.1`, '住院', '1,200.00', null, null],
      [2, '张伟', null, `${year}年3月2日`, '生病', '¥800', null, null],
      [3, '李娜', '数学组', `3/3/${year}`, '婚', '1200元', null, null],
      [4, '王芳', '英语组', serial, '春节', '0.12万', '米面油', null],
      [5, '钱七', '退休教师', `${year}-03-09`, '慰问', '300', null, null],
      [6, '张三', '语文组', `${year}-03-10`, '生病住院', '12OO', null, null],
      [7, '张三', '语文组', `${year + 2}-01-01`, '生病住院', '100', null, null],
      [8, '张伟', '语文组', `${year}-3`, '生病住院', '100', null, null],
      ['合计', null, null, null, null, '5300', null, null],
      ['制表人：王老师'],
    ];
    const bytes = await xlsxOf({ name: '慰问', rows, merges: ['A1:H1', 'C4:C5'] });
    const sheet = await read('慰问登记（手工）.xlsx', bytes);
    expect(sheet.headerRow).toBe(3);
    expect(sheet.mapping).toEqual([null, 'name', 'department', 'visitDate', 'reason', 'amount', 'goods', 'notes']);
    const check = await preview(sheet);
    expect(check.counts).toMatchObject({ rows: 8, errors: 3, skipped: 2 });
    expect(check.rows.find((r) => r.row === 4)).toMatchObject({ status: 'warning' });
    expect(issuesAt(check, 4)).toEqual(['提醒「金额（元）」超出慰问标准：慰问金 ¥1,200.00 超过“生病住院”每次上限 ¥1,000.00。导入后标记为“超标准”']);
    // 张伟 is in 语文组 and 数学组; the department merged down from row 4 tells which one.
    expect(check.rows.find((r) => r.row === 5)).toMatchObject({ status: 'valid', summary: expect.stringContaining('张伟') });
    expect(check.rows.find((r) => r.row === 6)!.summary).toContain('结婚');
    expect(check.rows.find((r) => r.row === 6)!.summary).toContain('¥1,200.00');
    expect(check.rows.find((r) => r.row === 7)!.summary).toContain(`${year}年3月8日`);
    expect(check.rows.find((r) => r.row === 7)!.summary).toContain('春节慰问');
    expect(issuesAt(check, 8)).toEqual([
      '提醒「姓名」“钱七”不在会员名册中，按名册外人员（如退休教职工、家属）登记，身份：退休教师',
      '提醒「事由」事由“慰问”不在慰问事由列表中（生病住院、住院手术、结婚、生育、直系亲属去世、会员去世、退休、困难帮扶、春节慰问、教师节慰问、金秋助学、其他），按原文导入，不对照慰问标准',
    ]);
    expect(issuesAt(check, 9)).toEqual(['错误「金额（元）」金额“12OO”不是数字（应写成 1200、1,200.00、¥1200、1200元 或 0.12万）']);
    expect(issuesAt(check, 10)).toEqual([`错误「时间」慰问日期 ${year + 2}年1月1日 晚于今天，不能登记未发生的慰问`]);
    expect(issuesAt(check, 11)).toEqual(['错误「时间」日期“' + `${year}-3` + '”只写到月份，请写明哪一天']);

    // Nothing is half-written: with error rows the whole import is refused.
    const error = await refused(commit(sheet));
    expect(error.message).toContain('有 3 行存在错误，未导入任何数据');
    expect(await allVisits(api)).toHaveLength(0);
    const batch = await commit(sheet, api, true);
    expect(batch).toMatchObject({ created: 5, skipped: 3 });
    const visits = await allVisits(api);
    expect(visits.find((v) => v.displayName === '张三')).toMatchObject({ amountFen: 120000, overStandard: true, visitDate: d('03-01') });
    expect(visits.find((v) => v.displayName === '钱七')).toMatchObject({ memberId: null, recipientRelation: '退休教师', reason: '慰问' });
  });

  it('a name shared by two members with no department is refused naming both', async () => {
    await seedMembers(api);
    const bytes = await xlsxOf({ rows: [['姓名', '日期', '事由', '慰问金'], ['张伟', `${year}-03-01`, '生病住院', '500']] });
    const check = await preview(await read('v.xlsx', bytes));
    expect(issuesAt(check, 2)).toEqual(['错误「姓名」姓名“张伟”对应 2 名会员：张伟（语文组）、张伟（数学组）。请在“部门”列写明部门，或填写身份证号']);
  });

  it('reads an old .xls register (written by the same library) and a GBK CSV', async () => {
    await seedMembers(api);
    const rows: Cell[][] = [
      ['慰问登记表'],
      ['姓名', '部门', '慰问日期', '慰问事由', '慰问金'],
      ['张三', '语文组', new Date(Date.UTC(year, 5, 1)), '生病住院', 500],
      ['李娜', '数学组', `${year}.6.2`, '生育', '￥600'],
    ];
    const xls = await read('旧登记表.xls', xlsOf({ name: '慰问', rows, merges: ['A1:E1'] }));
    expect(xls.format).toBe('xls');
    expect(xls.headerRow).toBe(2);
    const check = await preview(xls);
    expect(check.counts).toMatchObject({ rows: 2, errors: 0, create: 2 });
    expect(check.rows[0]!.summary).toContain(`${year}年6月1日`);
    const csv = await read('登记表.csv', gbkCsvOf([rows[1]!, ['张三', '语文组', `${year}-06-01`, '生病住院', '500'], rows[3]!]));
    expect(csv.encoding).toBe('GB18030');
    expect((await preview(csv)).counts).toMatchObject({ rows: 2, errors: 0 });
  });

  it('an .xls that cannot be read names the file and says to save it as .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048, 7)]);
    const error = await refused(read('2019慰问.xls', ole));
    expect(error.message).toContain('“2019慰问.xls”');
    expect(error.message).toContain('另存为');
  });

  it('a batch is undone as a whole, and only once', async () => {
    await seedMembers(api);
    const bytes = await xlsxOf({ rows: [['姓名', '部门', '日期', '事由', '慰问金'], ['张三', '语文组', `${year}-03-01`, '生病住院', '500'], ['李娜', '', `${year}-03-02`, '生育', '600']] });
    const batch = await commit(await read('v.xlsx', bytes));
    expect(await api.call('import.batches', { set: 'visits' })).toMatchObject([{ id: batch.id, created: 2, undoneAt: null }]);
    const result = await api.call('import.undo', { id: batch.id });
    expect(result).toMatchObject({ removed: 2, gone: 0 });
    expect(await allVisits(api)).toHaveLength(0);
    expect((await refused(api.call('import.undo', { id: batch.id }))).message).toContain('不能重复撤销');
  });

  it('a 50,000-row register is checked row by row within the import limits', async () => {
    await seedMembers(api);
    const rows: Cell[][] = [['姓名', '部门', '日期', '事由', '慰问金']];
    for (let i = 0; i < 50_000; i++) rows.push([`名册外${i}`, '退休教师', `${year}-${String((i % 12) + 1).padStart(2, '0')}-01`, '春节慰问', '100']);
    rows[30_001]![4] = '一百';
    const sheet = await read('big.xlsx', await xlsxOf({ rows }));
    expect(sheet.rows).toHaveLength(50_000);
    const check = await preview(sheet);
    expect(check.counts).toMatchObject({ rows: 50_000, errors: 1, create: 49_999 });
    expect(issuesAt(check, 30_002)).toContain('错误「慰问金」金额“一百”不是数字（应写成 1200、1,200.00、¥1200、1200元 或 0.12万）');
  }, 120_000);

  it('a register with a million formatted empty rows below it: reading stops after the empty run, the data is kept', async () => {
    await seedMembers(api);
    const rows = [
      ['姓名', '部门', '日期', '事由', '慰问金'],
      ['张三', '语文组', `${year}-03-01`, '生病住院', '500'],
      ['李娜', '数学组', `${year}-03-02`, '生育', '600'],
    ];
    const sheet = await read('formatted.xlsx', buildXlsx([{ name: '慰问', rows, emptyFormattedRows: 1_000_000 }]));
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.stoppedAtRow).toBeLessThan(5000);
    expect((await preview(sheet)).counts).toMatchObject({ rows: 2, errors: 0, create: 2 });
  }, 60_000);

  it('the CLI imports a register through dispatch with the members-import exit codes and JSON report', async () => {
    await seedMembers(api);
    const file = path.join(store.dir, '慰问.xlsx');
    fs.writeFileSync(file, await xlsxOf({ rows: [['姓名', '部门', '日期', '事由', '慰问金'], ['张三', '语文组', `${year}-03-01`, '生病住院', '500'], ['李娜', '', `${year}-03-02`, '生育', 'abc']] }));
    store.ctx.db.close();
    const run = async (...args: string[]) => {
      const out: string[] = [];
      const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t) };
      const code = await runCli(args, io);
      return { code, out };
    };
    const blocked = await run('welfare', 'import', file, '--db', store.file, '--json');
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.out.join(''))).toMatchObject({ rows: 2, valid: 1, created: 0, updated: 0, errors: [{ row: 3, column: '慰问金', message: expect.stringContaining('不是数字') }] });
    const dry = await run('welfare', 'import', file, '--db', store.file, '--skip-invalid', '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out.join(''))).toMatchObject({ created: 1 });
    const done = await run('welfare', 'import', file, '--db', store.file, '--skip-invalid');
    expect(done.code).toBe(0);
    expect(done.out.at(-1)).toBe('导入完成：新增 1 条。');
    const unreadable = await run('welfare', 'import', path.join(store.dir, 'missing.xlsx'), '--db', store.file);
    expect(unreadable.code).toBe(2);
  });
});
