/**
 * 提案汇总表 → motions of a chosen session through the import engine: the program's own summary of a
 * session read back into an empty store (same members, delegates and session) gives the same
 * summary; a hand-made summary gets per-cell messages (a number used twice, a proposer who is no
 * delegate, an unknown category); proposers who are members may be added as delegates.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import type { ImportCheck, ImportOptions, ImportSheet } from '../../../shared/import/schema';
import { summaryRows } from '../../../src-main/congress/export';
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
  client.call('import.read', { set: 'motions', fileName, contentBase64: base64(bytes) });
const preview = (sheet: ImportSheet, options: ImportOptions, client: ApiClient = api): Promise<ImportCheck> =>
  client.call('import.preview', { set: 'motions', options, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows });
const commit = (sheet: ImportSheet, options: ImportOptions, client: ApiClient = api, skipInvalid = false) =>
  client.call('import.commit', { set: 'motions', options, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows, fileName: sheet.fileName, sheet: sheet.sheet, headerRow: sheet.headerRow, skipInvalid });

function issuesAt(check: ImportCheck, row: number): string[] {
  return (check.rows.find((r) => r.row === row)?.issues ?? []).map((i) => `${i.level === 'error' ? '错误' : '提醒'}「${i.column}」${i.message}`);
}

describe('motions import', () => {
  it("a session's motions exported as 提案汇总表 and imported into an empty store give back the same summary", async () => {
    const f = congressFixture(store.ctx.db);
    const motion = (title: string, proposerId: number, cosignerIds: number[], category = '后勤保障') =>
      api.call('congress.motions.create', { sessionId: f.session.id, motionTitle: title, motionReasons: '理由', motionProposals: '建议', motionCategory: category, proposerId, cosignerIds, submittedOn: '2026-11-01' });
    const a = await motion('关于改善教师午餐的提案', f.d['张老师'], [f.d['李老师'], f.d['王老师']]);
    const b = await motion('关于增加图书经费的提案', f.d['赵老师'], [f.d['钱会计'], f.d['孙主任']], '教育教学');
    const c = await motion('关于调整作息时间的提案', f.d['李老师'], [f.d['张老师'], f.d['赵老师']], '学校管理');
    await motion('关于修缮操场的提案', f.d['王老师'], [f.d['张老师'], f.d['李老师']]);
    await api.call('congress.motions.review', { id: a.id, decision: '立案', decidedOn: '2026-11-20', leadUnit: '总务处', supportUnits: '工会' });
    await api.call('congress.motions.reply', { id: a.id, replyText: '已增加菜品', repliedBy: '总务处', repliedOn: '2026-11-25', implementation: '已落实' });
    await api.call('congress.motions.feedback', { id: a.id, rating: '满意', ratingComment: '感谢', ratedOn: '2026-11-26' });
    await api.call('congress.motions.review', { id: b.id, decision: '立案', decidedOn: '2026-11-20', leadUnit: '教务处' });
    await api.call('congress.motions.reply', { id: b.id, replyText: '经费已列入预算', repliedBy: '教务处', repliedOn: '2026-11-28', implementation: '正在落实' });
    await api.call('congress.motions.review', { id: c.id, decision: '转为意见建议', decidedOn: '2026-11-20', decisionReason: '属日常管理事项' });
    const before = summaryRows(store.ctx.db, f.session.id);
    const exported = await api.call('congress.export', { sessionId: f.session.id });

    const other = tempStore();
    try {
      const o = apiOn(other);
      const g = congressFixture(other.ctx.db);
      const sheet = await read(exported.fileName, Buffer.from(exported.contentBase64, 'base64'), o);
      expect(sheet.headerRow).toBe(3);
      const check = await preview(sheet, { sessionId: g.session.id }, o);
      expect(check.counts).toMatchObject({ rows: 4, errors: 0, create: 4 });
      await commit(sheet, { sessionId: g.session.id }, o);
      expect(summaryRows(other.ctx.db, g.session.id)).toEqual(before);
      expect((await preview(sheet, { sessionId: g.session.id }, o)).counts).toMatchObject({ create: 0, unchanged: 4 });
      // The overview counts the imported motions like any others.
      const overview = await o.call('congress.overview', { sessionId: g.session.id });
      expect(overview).toMatchObject(await api.call('congress.overview', { sessionId: f.session.id }));
    } finally {
      other.close();
    }
  });

  it('a hand-made summary: a number used twice, a proposer who is no delegate, an unknown category; members can be added as delegates', async () => {
    const f = congressFixture(store.ctx.db);
    const rows: Cell[][] = [
      ['第五届第二次教代会提案汇总'],
      ['编号', '提案名称', '领衔人', '附议代表', '类别'],
      ['5-2-001', '关于午餐的提案', '张老师', '李老师、王老师', '后勤保障'],
      ['5-2-001', '关于图书的提案', '赵老师', '钱会计，孙主任', '教育教学'],
      ['5-2-003', '关于绿化的提案', '吴教师', '张老师 李老师', '后勤保障'],
      ['5-2-004', '关于停车的提案', '王老师', '张老师', '交通'],
      ['5-2-005', '关于社团的提案', '陌生人', '张老师、李老师', '其他'],
    ];
    const sheet = await read('提案汇总（手工）.xls', xlsOf({ rows, merges: ['A1:E1'] }));
    expect(sheet.mapping).toEqual(['number', 'title', 'proposer', 'cosigners', 'category']);
    const check = await preview(sheet, { sessionId: f.session.id });
    expect(issuesAt(check, 3)).toEqual([]);
    expect(issuesAt(check, 4)).toEqual(['错误「编号」编号 5-2-001 与第 3 行重复：同一编号只能有一件提案']);
    expect(issuesAt(check, 5)).toEqual(['错误「领衔人」吴教师 不是第五届代表。可在导入时勾选“把不在代表名单中的提案人、附议人添加为代表”']);
    expect(issuesAt(check, 6)).toEqual([
      '提醒「附议代表」附议人 1 名，少于现行规定的 2 名；按原记录导入',
      '错误「类别」类别“交通”不在提案类别列表中（教育教学、队伍建设、学校管理、后勤保障、福利待遇、其他）。请改为列表中的类别，或先在设置中添加',
    ]);
    expect(issuesAt(check, 7)).toEqual(['错误「领衔人」“陌生人”不在会员名册中，也不是第五届代表。请先在会员名册和代表名单中添加此人']);
    expect((await refused(commit(sheet, { sessionId: f.session.id }))).message).toContain('未导入任何数据');

    const adding = await preview(sheet, { sessionId: f.session.id, addDelegates: true });
    expect(issuesAt(adding, 5)).toEqual(['提醒「领衔人」吴教师 不是第五届代表，导入时将添加为正式代表']);
    const batch = await commit(sheet, { sessionId: f.session.id, addDelegates: true }, api, true);
    expect(batch).toMatchObject({ created: 2, skipped: 3, target: '第五届第二次教职工代表大会' });
    const delegates = await api.call('congress.delegates.list', { term: 5 });
    expect(delegates.rows.find((d) => d.name === '吴教师')).toMatchObject({ kind: '正式', notes: '由提案汇总表导入时添加' });
    // Undo takes the motions and the delegate it added back out.
    const undone = await api.call('import.undo', { id: batch.id });
    expect(undone.removed).toBe(3);
    expect((await api.call('congress.delegates.list', { term: 5 })).rows.some((d) => d.name === '吴教师')).toBe(false);
  });

  it('undo refuses once an imported motion has been handled since', async () => {
    const f = congressFixture(store.ctx.db);
    const bytes = await xlsxOf({ rows: [['编号', '案由', '提案人', '附议人', '类别'], ['5-2-001', '关于午餐的提案', '张老师', '李老师、王老师', '后勤保障']] });
    const batch = await commit(await read('m.xlsx', bytes), { sessionId: f.session.id });
    const id = store.ctx.db.prepare<[], { id: number }>('SELECT id FROM congress_motions').get()!.id;
    await api.call('congress.motions.review', { id, decision: '立案', decidedOn: '2026-11-20', leadUnit: '总务处' });
    const error = await refused(api.call('import.undo', { id: batch.id }));
    expect(error.message).toContain('不能撤销：本批导入的提案 5-2-001 导入后已有审查、答复、合并等办理记录');
  });

  it('congress import --session N on the CLI', async () => {
    const f = congressFixture(store.ctx.db);
    const file = path.join(store.dir, '提案.xlsx');
    fs.writeFileSync(file, await xlsxOf({ rows: [['编号', '案由', '提案人', '附议人', '类别'], ['5-2-001', '关于午餐的提案', '张老师', '李老师、王老师', '后勤保障']] }));
    store.ctx.db.close();
    const out: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t) };
    expect(await runCli(['congress', 'import', file, '--db', store.file, '--session', String(f.session.id), '--json'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ rows: 1, created: 1, errors: [] });
  });
});
