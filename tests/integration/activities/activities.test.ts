/**
 * 活动: records with picked members and photos kept beside the store (checked by their bytes, size
 * limited, copied into backups), the list's filters, the year's figures on a hand-built store, the
 * 年度台账 sheet, and the import through the one engine from the command line.
 */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/activities/schema';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { attachmentsDir, backupAttachmentsDir } from '../../../src-main/db/attachments';
import { backupNow } from '../../../src-main/db/backup';
import { apiOn, refused } from '../../helpers/api';
import { base64, xlsxOf } from '../../helpers/sheets';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
beforeEach(() => {
  store = tempStore();
  api = apiOn(store);
});
afterEach(() => store.close());

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('activities', () => {
  it('keeps an activity with its picked members; the count must cover them', async () => {
    const a = (await api.call('members.create', { name: '张三', department: '语文组' })).id;
    const b = (await api.call('members.create', { name: '李四', department: '数学组' })).id;
    const created = await api.call('activities.create', { name: '教职工集体跳绳比赛', type: '文体活动', startDate: '2025-04-15', place: '操场', memberIds: [a, b], spendingFen: 150000 });
    expect(created.participants).toBe(2);
    expect(created.members.map((m) => m.name).sort()).toEqual(['张三', '李四'].sort());
    const err = await refused(api.call('activities.update', { id: created.id, data: { name: '跳绳', type: '文体活动', startDate: '2025-04-15', participantCount: 1, memberIds: [a, b] } }));
    expect(err.message).toContain('少于所选参加会员');
    const updated = await api.call('activities.update', { id: created.id, data: { name: '跳绳', type: '文体活动', startDate: '2025-04-15', participantCount: 600, memberIds: [a] } });
    expect(updated.participants).toBe(600);
    expect(updated.members).toHaveLength(1);
  });

  it('refuses a type outside the editable list, and accepts it once added', async () => {
    const err = await refused(api.call('activities.create', { name: '包粽子', type: '节日活动', startDate: '2025-06-01' }));
    expect(err.message).toContain('不在活动类型列表中');
    const types = await api.call('activities.types.get', undefined);
    await api.call('activities.types.update', { types: [...types, '节日活动'] });
    expect((await api.call('activities.create', { name: '包粽子', type: '节日活动', startDate: '2025-06-01' })).type).toBe('节日活动');
    expect((await refused(api.call('activities.types.update', { types: ['文体活动', '文体活动'] }))).message).toContain('重复');
  });

  it('a member on an activity list cannot be deleted: 变更状态 instead', async () => {
    const a = (await api.call('members.create', { name: '王五' })).id;
    await api.call('activities.create', { name: '读书分享会', type: '读书活动', startDate: '2025-03-01', memberIds: [a] });
    const err = await refused(api.call('members.delete', { id: a }));
    expect(err.message).toContain('活动参加名单');
    expect(err.message).toContain('变更状态');
  });

  it('filters the list by year and type and sums what it shows', async () => {
    await api.call('activities.create', { name: '春季健步走', type: '文体活动', startDate: '2025-03-10', participantCount: 80 });
    await api.call('activities.create', { name: '读书月', type: '读书活动', startDate: '2025-04-23', participantCount: 40, spendingFen: 20000 });
    await api.call('activities.create', { name: '去年的体检', type: '健康体检', startDate: '2024-11-02', participantCount: 120 });
    const y = await api.call('activities.list', { year: 2025 });
    expect(y.total).toBe(2);
    expect(y.participants).toBe(120);
    expect(y.years).toEqual([2025, 2024]);
    const t = await api.call('activities.list', { year: 2025, types: ['读书活动'] });
    expect(t.rows.map((r) => r.name)).toEqual(['读书月']);
    expect(t.spendingFen).toBe(20000);
  });
});

describe('activity photos', () => {
  it('stores an image beside the store, reads it back, and copies it into a backup', async () => {
    const act = await api.call('activities.create', { name: '师德宣讲', type: '劳模/师德宣讲', startDate: '2025-09-09' });
    const file = await api.call('activities.files.add', { activityId: act.id, fileName: '合影.png', contentBase64: base64(PNG) });
    expect(file.mime).toBe('image/png');
    const dir = attachmentsDir(store.file)!;
    expect(path.dirname(dir)).toBe(path.dirname(store.file));
    expect(fs.readdirSync(dir)).toHaveLength(1);
    const back = await api.call('activities.files.get', { fileId: file.id });
    expect(Buffer.from(back.contentBase64, 'base64').equals(PNG)).toBe(true);

    await backupNow(store.ctx);
    const copy = backupAttachmentsDir(store.ctx.backupDir, store.file);
    expect(fs.readdirSync(copy)).toEqual(fs.readdirSync(dir));
    // Lost from the store's folder (an older backup restored): read from the backups' copy.
    fs.rmSync(dir, { recursive: true });
    const again = await api.call('activities.files.get', { fileId: file.id });
    expect(Buffer.from(again.contentBase64, 'base64').equals(PNG)).toBe(true);
  });

  it('refuses a file that is not an image by its bytes, and one that is too large', async () => {
    const act = await api.call('activities.create', { name: '培训', type: '培训讲座', startDate: '2025-05-05' });
    const fake = await refused(api.call('activities.files.add', { activityId: act.id, fileName: '照片.jpg', contentBase64: base64(Buffer.from('这不是图片，是一段文字')) }));
    expect(fake.message).toContain('文件内容不是图片');
    const doc = await refused(api.call('activities.files.add', { activityId: act.id, fileName: '总结.docx', contentBase64: base64(Buffer.from('PK\u0003\u0004....')) }));
    expect(doc.message).toContain('不是图片或 PDF 扫描件');
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const large = await refused(api.call('activities.files.add', { activityId: act.id, fileName: '大图.jpg', contentBase64: base64(big) }));
    expect(large.message).toMatch(/太大.*不能超过 10\.0 MB/);
    expect((await api.call('activities.get', { id: act.id })).attachments).toHaveLength(0);
    expect(fs.existsSync(attachmentsDir(store.file)!) ? fs.readdirSync(attachmentsDir(store.file)!) : []).toHaveLength(0);
  });

  it('keeps a 说明 per photo: set, changed, cleared, in the backup and in the exported sheet', async () => {
    const act = await api.call('activities.create', { name: '集体跳绳比赛', type: '文体活动', startDate: '2025-04-15' });
    const first = await api.call('activities.files.add', { activityId: act.id, fileName: 'IMG_0001.png', contentBase64: base64(PNG), caption: '开幕式' });
    const second = await api.call('activities.files.add', { activityId: act.id, fileName: 'IMG_0002.png', contentBase64: base64(PNG) });
    expect(first.caption).toBe('开幕式');
    expect(second.caption).toBeNull();
    expect((await api.call('activities.files.caption', { fileId: second.id, caption: '  高三年级组获团体第一名  ' })).caption).toBe('高三年级组获团体第一名');
    expect((await api.call('activities.files.caption', { fileId: first.id, caption: '' })).caption).toBeNull();
    await api.call('activities.files.caption', { fileId: first.id, caption: '开幕式合影' });
    expect((await api.call('activities.get', { id: act.id })).attachments.map((f) => f.caption)).toEqual(['开幕式合影', '高三年级组获团体第一名']);
    expect((await refused(api.call('activities.files.caption', { fileId: first.id, caption: '长'.repeat(101) }))).message).toContain('说明');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await api.call('activities.export', { year: 2025 })).contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain('2 个：开幕式合影；高三年级组获团体第一名');

    // The captions live in the store, so a backup (the file restored from) carries them.
    const info = await backupNow(store.ctx);
    const copy = new Database(path.join(store.ctx.backupDir, info.fileName), { readonly: true });
    try {
      expect(copy.prepare('SELECT caption FROM activity_files ORDER BY id').pluck().all()).toEqual(['开幕式合影', '高三年级组获团体第一名']);
    } finally {
      copy.close();
    }
    await api.call('activities.files.delete', { fileId: second.id });
    expect((await refused(api.call('activities.files.caption', { fileId: second.id, caption: '说明' }))).message).toContain('找不到该照片');
  });

  it('deleting the activity removes its photo file', async () => {
    const act = await api.call('activities.create', { name: '志愿服务', type: '志愿服务', startDate: '2025-05-05' });
    await api.call('activities.files.add', { activityId: act.id, fileName: 'a.png', contentBase64: base64(PNG) });
    await api.call('activities.delete', { id: act.id });
    expect(fs.readdirSync(attachmentsDir(store.file)!)).toHaveLength(0);
  });
});

describe('activities in the year report', () => {
  it('counts activities, participants and types of the year on a hand-built store', async () => {
    const a = (await api.call('members.create', { name: '赵六' })).id;
    const b = (await api.call('members.create', { name: '钱七' })).id;
    await api.call('activities.create', { name: '集体跳绳比赛', type: '文体活动', startDate: '2025-04-15', participantCount: 600 });
    await api.call('activities.create', { name: '拔河', type: '文体活动', startDate: '2025-10-10', memberIds: [a, b] });
    await api.call('activities.create', { name: '读书演讲比赛', type: '读书活动', startDate: '2025-12-31', participantCount: 20, spendingFen: 50000 });
    await api.call('activities.create', { name: '去年的', type: '读书活动', startDate: '2024-12-31', participantCount: 5 });
    const r = await api.call('report.year', { year: 2025 });
    expect(r.current.activities).toMatchObject({ count: 3, participants: 622, spendingFen: 50000 });
    expect(r.current.activities.byType).toEqual([
      { key: '文体活动', label: '文体活动', count: 2, participants: 602 },
      { key: '读书活动', label: '读书活动', count: 1, participants: 20 },
    ]);
    expect(r.previous.activities.count).toBe(1);
    expect(r.sentences.activities[0]).toBe('全年组织开展工会活动 3 次，参加教职工 622 人次，较上年增加 2 次。');
    expect(r.sentences.activities[1]).toBe('其中文体活动 2 次、读书活动 1 次。');
    const detail = await api.call('report.detail', { year: 2025, figure: 'activities.count' });
    expect(detail.rows.map((x) => x.cells.name)).toEqual(['集体跳绳比赛', '拔河', '读书演讲比赛']);

    const ledger = await api.call('report.ledger', { year: 2025 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(ledger.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('活动记录')!;
    expect(ws).toBeDefined();
    expect(ws.getRow(4).getCell(2).value).toBe('集体跳绳比赛');
    const summary = wb.getWorksheet('年度汇总')!;
    const labels = summary.getColumn(2).values.map(String);
    expect(labels).toContain('组织活动');
  });
});

describe('activities import', () => {
  it('imports a hand-made register from the CLI with the members import report shape', async () => {
    await api.call('members.create', { name: '张三' });
    const bytes = await xlsxOf({
      rows: [
        ['2025年工会活动台账'],
        ['序号', '活动名称', '活动时间', '类型', '人数', '地点', '经费', '参加人员'],
        [1, '教职工趣味运动会', '2025.5.20', '文体', '约300人', '操场', '¥3,000.00', '张三、不认识'],
        [2, '读书沙龙', '2025年6月1日', '读书活动', 25, '图书馆', '', ''],
      ],
    });
    const file = path.join(store.dir, '活动台账.xlsx');
    fs.writeFileSync(file, bytes);
    store.ctx.db.close();
    const dry = capture();
    expect(await runCli(['activities', 'import', file, '--db', store.file, '--dry-run', '--json'], dry)).toBe(0);
    const report = JSON.parse(dry.stdout.join('')) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(['created', 'errors', 'file', 'headerRow', 'rows', 'sheet', 'updated', 'valid', 'warnings'].sort());
    expect(report).toMatchObject({ headerRow: 2, rows: 2, valid: 2, created: 2 });
    expect(JSON.stringify(report.warnings)).toContain('不认识');
    const io = capture();
    expect(await runCli(['activities', 'import', file, '--db', store.file], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('导入完成：新增 2 条');
  });

  it('stops on a row with a letter-filled amount or an unknown type; nothing is written', async () => {
    const bytes = await xlsxOf({
      rows: [
        ['活动名称', '活动日期', '活动类型', '参加人数', '活动经费'],
        ['运动会', '2025-05-20', '文体活动', 100, '三千元'],
        ['聚餐', '2025-05-21', '吃饭', 10, '-50'],
        ['好行', '2025-05-22', '培训', 10, '100'],
      ],
    });
    const file = path.join(store.dir, 'bad.xlsx');
    fs.writeFileSync(file, bytes);
    store.ctx.db.close();
    const io = capture();
    expect(await runCli(['activities', 'import', file, '--db', store.file, '--json'], io)).toBe(1);
    const report = JSON.parse(io.stdout.join('')) as { errors: { row: number; column: string; message: string }[]; created: number };
    expect(report.created).toBe(0);
    expect(report.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['2:活动经费', '3:活动类型', '3:活动经费']);
    expect(report.errors[0]!.message).toContain('不是数字');
    expect(report.errors[2]!.message).toContain('负数');
  });
});
