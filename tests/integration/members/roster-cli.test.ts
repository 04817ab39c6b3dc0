/**
 * The roster from the command line, end to end: `members template` gives the sheet to fill in,
 * `members import` says in words what it added and updated (and with --dry-run what it would),
 * `members batches` lists the roster's batches and `members undo` puts an update back — and only
 * ever undoes a roster batch, never another register's.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../../shared/domain/resident-id';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(args, io);
  return { code, out, err };
}

/** The template, filled in with the given members (姓名, 身份证号, 联系电话) under its header. */
async function filledTemplate(template: string, file: string, members: Array<[string, string, string]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const sheet = wb.worksheets[0]!;
  const headers = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
  members.forEach(([name, id, phone], i) => {
    const row = sheet.getRow(3 + i);
    row.getCell(headers.indexOf('姓名') + 1).value = name;
    row.getCell(headers.indexOf('身份证号') + 1).value = id;
    row.getCell(headers.indexOf('联系电话') + 1).value = phone;
  });
  await wb.xlsx.writeFile(file);
}

function phoneOf(name: string): string | null {
  return store.ctx.db.prepare<[string], { phone: string | null }>('SELECT phone FROM members WHERE name = ?').get(name)!.phone;
}

describe('members import from the command line', () => {
  it('template → import → re-import with a change (dry run first) → batches → undo', async () => {
    const template = path.join(store.dir, '会员导入模板.xlsx');
    const made = await cli('members', 'template', template);
    expect(made.code).toBe(0);
    expect(made.out.join()).toContain('已保存导入模板');

    const first = path.join(store.dir, '花名册.xlsx');
    const lisi = '32048219850711174';
    await filledTemplate(template, first, [
      ['张三', '11010519491231002X', '13912345678'],
      ['李四', lisi + residentIdCheckChar(lisi), '13800000000'],
    ]);
    const done = await cli('members', 'import', first, '--db', store.file);
    expect(done.code).toBe(0);
    expect(done.out.at(-1)).toBe('导入完成：新增 2 人。');
    const count = 2;

    const second = path.join(store.dir, '花名册（修改）.xlsx');
    await filledTemplate(template, second, [['张三', '11010519491231002X', '13700001111']]);
    const dry = await cli('members', 'import', second, '--db', store.file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out.at(-1)).toBe('检查完成（--dry-run，未写入）：将新增 0 人，更新 1 人。');
    expect(phoneOf('张三')).toBe('13912345678');
    const updated = await cli('members', 'import', second, '--db', store.file);
    expect(updated.code).toBe(0);
    expect(updated.out.at(-1)).toBe('导入完成：新增 0 人，更新 1 人。');
    expect(phoneOf('张三')).toBe('13700001111');

    const listed = await cli('members', 'batches', '--db', store.file, '--json');
    const batches = JSON.parse(listed.out.join('')) as Array<{ id: number; set: string; fileName: string; created: number; updated: number }>;
    expect(batches.map((b) => [b.set, b.fileName, b.created, b.updated])).toEqual([
      ['members', '花名册（修改）.xlsx', 0, 1],
      ['members', '花名册.xlsx', count, 0],
    ]);
    const text = await cli('members', 'batches', '--db', store.file);
    expect(text.out[0]).toContain(`#${batches[0]!.id}`);
    expect(text.out[0]).toContain('新增 0，更新 1');

    const undone = await cli('members', 'undo', String(batches[0]!.id), '--db', store.file);
    expect(undone.code).toBe(0);
    expect(undone.out.at(-1)).toBe(`已撤销批次 #${batches[0]!.id}：删除新增的会员 0 人，恢复字段 1 项。`);
    expect(phoneOf('张三')).toBe('13912345678');
  });

  it('members undo refuses a batch of another register and leaves it as it was', async () => {
    const db = store.ctx.db;
    const visits = Number(
      db
        .prepare("INSERT INTO import_batches (record_set, file_name, imported_at, rows, created, unchanged, skipped, warnings) VALUES ('visits', '慰问.xlsx', '2026-03-01 09:00:00', 1, 1, 0, 0, 0)")
        .run().lastInsertRowid,
    );
    const refused = await cli('members', 'undo', String(visits), '--db', store.file);
    expect(refused.code).toBe(2);
    expect(refused.err.join()).toContain('找不到该导入批次');
    expect(db.prepare<[number], { undone_at: string | null }>('SELECT undone_at FROM import_batches WHERE id = ?').get(visits)).toEqual({ undone_at: null });
  });
});
