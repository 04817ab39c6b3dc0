/**
 * 代表名单 → delegates of a term through the import engine: the program's own 代表名单 read back
 * into an empty store gives the same delegates; a hand-made list (title rows, merged 代表团, .xls)
 * imports with per-cell messages; undo refuses while a delegate has a motion.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import type { ImportCheck, ImportSheet } from '../../../shared/import/schema';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { congressFixture } from '../../helpers/congress';
import { apiOn, refused } from '../../helpers/api';
import { base64, xlsOf, xlsxOf, type Cell } from '../../helpers/sheets';
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

const read = (fileName: string, bytes: Buffer, client: ApiClient = api): Promise<ImportSheet> =>
  client.call('import.read', { set: 'delegates', fileName, contentBase64: base64(bytes) });
const preview = (sheet: ImportSheet, term: number, client: ApiClient = api): Promise<ImportCheck> =>
  client.call('import.preview', { set: 'delegates', options: { term }, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows });
const commit = (sheet: ImportSheet, term: number, client: ApiClient = api, skipInvalid = false) =>
  client.call('import.commit', { set: 'delegates', options: { term }, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows, fileName: sheet.fileName, sheet: sheet.sheet, headerRow: sheet.headerRow, skipInvalid });

function issuesAt(check: ImportCheck, row: number): string[] {
  return (check.rows.find((r) => r.row === row)?.issues ?? []).map((i) => `${i.level === 'error' ? '错误' : '提醒'}「${i.column}」${i.message}`);
}

async function delegatesOf(client: ApiClient, term: number) {
  return (await client.call('congress.delegates.list', { term })).rows.map((d) => ({
    name: d.name,
    department: d.department,
    delegation: d.delegation,
    kind: d.kind,
    isTeacher: d.isTeacher,
    electedOn: d.electedOn,
    notes: d.notes,
  }));
}

describe('delegates import', () => {
  it('a delegate list exported by the program and imported into an empty store gives back the same delegates', async () => {
    congressFixture(store.ctx.db);
    const before = await delegatesOf(api, 5);
    const exported = await api.call('congress.delegates.export', { term: 5 });
    expect(exported.fileName).toBe('第五届教职工代表大会代表名单.xlsx');
    const roster = await api.call('roster.export', undefined);

    const other = tempStore();
    try {
      const o = apiOn(other);
      const rs = await o.call('import.read', { set: 'members', fileName: roster.fileName, contentBase64: roster.contentBase64 });
      await o.call('import.commit', { set: 'members', options: {}, headers: rs.headers, mapping: rs.mapping, rows: rs.rows, fileName: roster.fileName, sheet: rs.sheet, headerRow: rs.headerRow });
      const sheet = await read(exported.fileName, Buffer.from(exported.contentBase64, 'base64'), o);
      const check = await preview(sheet, 5, o);
      expect(check.counts).toMatchObject({ rows: 7, errors: 0, create: 7 });
      const batch = await commit(sheet, 5, o);
      expect(batch).toMatchObject({ created: 7, target: '第五届' });
      expect(await delegatesOf(o, 5)).toEqual(before);
      expect((await preview(sheet, 5, o)).counts).toMatchObject({ create: 0, unchanged: 7 });
    } finally {
      other.close();
    }
  });

  it('a hand-made list under a title with merged 代表团 cells and every kind of bad row', async () => {
    const db = store.ctx.db;
    for (const [name, department, status] of [
      ['甲老师', '语文组', '在册'],
      ['乙老师', '数学组', '在册'],
      ['丙老师', '语文组', '在册'],
      ['丙老师', '数学组', '在册'],
      ['丁老师', '英语组', '退休'],
      ['戊老师', '英语组', '在册'],
      ['庚老师', '英语组', '在册'],
    ] as const) {
      const m = await api.call('members.create', { name, department });
      if (status !== '在册') db.prepare('UPDATE members SET status = ? WHERE id = ?').run(status, m.id);
    }
    const rows: Cell[][] = [
      ['某某学校第六届教代会代表名单'],
      ['序号', '代表姓名', '所在代表团', '代表类别', '是否教师'],
      [1, '甲老师', '第一代表团', '正式代表', '是'],
      [2, '乙老师', null, '列席', '否'],
      [3, '丙老师', '第二代表团', '正式', '是'],
      [4, '丁老师', null, '正式', '是'],
      [5, '戊老师', null, '观察员', '是'],
      [6, '己老师', null, '正式', '是'],
      [7, '甲老师', null, '正式', '是'],
      [8, '庚老师', null, '特邀', '也许'],
    ];
    const bytes = await xlsxOf({ rows, merges: ['C3:C4', 'C5:C10'] });
    const sheet = await read('代表名单（手工）.xlsx', bytes);
    expect(sheet.headerRow).toBe(2);
    const check = await preview(sheet, 6);
    expect(check.rows.find((r) => r.row === 3)!.summary).toContain('第一代表团 · 正式 · 教师');
    expect(check.rows.find((r) => r.row === 4)!.summary).toContain('第一代表团 · 列席');
    expect(issuesAt(check, 5)).toEqual(['错误「代表姓名」姓名“丙老师”对应 2 名会员：丙老师（语文组）、丙老师（数学组）。请在“部门”列写明部门，或填写身份证号']);
    expect(issuesAt(check, 6)).toEqual(['错误「代表姓名」丁老师 的会员状态是“退休”，只有在册会员才能当选代表']);
    expect(issuesAt(check, 7)).toEqual(['错误「代表类别」代表类别“观察员”无法识别（应为 正式、列席 或 特邀）']);
    expect(issuesAt(check, 8)).toEqual(['错误「代表姓名」“己老师”不在会员名册中：代表须是在册会员。请先导入或添加会员，再导入代表名单']);
    expect(issuesAt(check, 9)).toEqual(['错误「代表姓名」与第 3 行是同一人（甲老师（语文组）），同一届不能重复当选']);
    expect(issuesAt(check, 10)).toEqual(['错误「是否教师」“也许”无法识别（应填 是 或 否）']);
    expect((await refused(commit(sheet, 6))).message).toContain('未导入任何数据');
    expect(await delegatesOf(api, 6)).toEqual([]);
    expect(await commit(sheet, 6, api, true)).toMatchObject({ created: 2, skipped: 6 });
  });

  it('the term must be chosen, and an .xls list is read', async () => {
    await api.call('members.create', { name: '甲老师', department: '语文组' });
    const sheet = await read('代表.xls', xlsOf({ rows: [['姓名', '代表团', '类别', '是否教师'], ['甲老师', '一团', '特邀', '否']] }));
    expect(sheet.format).toBe('xls');
    const noTerm = await refused(api.call('import.preview', { set: 'delegates', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows }));
    expect(noTerm.message).toContain('第几届');
    expect((await preview(sheet, 3)).rows[0]!.summary).toContain('一团 · 特邀');
  });

  it('undo refuses while an imported delegate has a motion, and says who', async () => {
    const f = congressFixture(store.ctx.db);
    const bytes = await xlsxOf({ rows: [['姓名', '代表团', '类别', '是否教师'], ['吴教师', '第一代表团', '正式', '是']] });
    const batch = await commit(await read('d.xlsx', bytes), 5);
    const wu = (await api.call('congress.delegates.list', { term: 5 })).rows.find((d) => d.name === '吴教师')!;
    await api.call('congress.motions.create', {
      sessionId: f.session.id,
      motionTitle: '关于改善教师午餐的提案',
      motionReasons: '午餐品种少',
      motionProposals: '增加品种',
      motionCategory: '后勤保障',
      proposerId: wu.id,
      cosignerIds: [f.d['张老师'], f.d['李老师']],
      submittedOn: '2026-11-01',
    });
    const error = await refused(api.call('import.undo', { id: batch.id }));
    expect(error.message).toBe('不能撤销：本批导入的代表 吴教师 已有提案、附议、出席或替补记录。请先处理这些记录，或在代表名单中逐个调整。');
    expect((await api.call('import.batches', { set: 'delegates' }))[0]!.undoneAt).toBeNull();
  });

  it('congress delegates import --term N on the CLI', async () => {
    await api.call('members.create', { name: '甲老师', department: '语文组' });
    const file = path.join(store.dir, '代表.xlsx');
    fs.writeFileSync(file, await xlsxOf({ rows: [['姓名', '代表团', '类别', '是否教师'], ['甲老师', '一团', '正式', '是']] }));
    store.ctx.db.close();
    const out: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t) };
    expect(await runCli(['congress', 'delegates', 'import', file, '--db', store.file, '--term', '5', '--json'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ rows: 1, valid: 1, created: 1, errors: [] });
  });
});
