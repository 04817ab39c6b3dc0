import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeInputSchema } from '../../../shared/disclosure/schema';
import { contract } from '../../../shared/api/contract';
import { zodToApiError } from '../../../shared/api/zod-messages';
import { runCli } from '../../../src-main/cli/program';
import { createNotice } from '../../../src-main/disclosure/notices';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore> | undefined;
afterEach(() => store?.close());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('disclosure export (CLI)', () => {
  it('writes the register of one year', async () => {
    store = tempStore();
    const base = { noticeCategory: '收费', noticeScope: '对外', noticeKind: '定期', noticeBody: '<p>收费标准</p>', periodWorkingDays: 5 } as const;
    createNotice(store.ctx.db, noticeInputSchema.parse({ ...base, noticeTitle: '2026年秋季收费标准', publishDate: '2026-09-01' }));
    createNotice(store.ctx.db, noticeInputSchema.parse({ ...base, noticeTitle: '2025年秋季收费标准', publishDate: '2025-09-01' }));
    store.ctx.db.close();
    const file = path.join(store.dir, 'out', '台账.xlsx');
    const c = capture();
    const code = await runCli(['disclosure', 'export', file, '--db', store.file, '--year', '2026'], c.io);
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(c.out.join('\n')).toContain('1 则公示');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('校务公开台账')!;
    expect(sheet.getCell('A1').value).toBe('2026年校务公开台账');
    expect(sheet.getRow(4).getCell(2).value).toBe('2026年秋季收费标准');
    expect(sheet.rowCount).toBe(4);
  });

  it('says what is wrong with the year in the same Chinese words the API uses', async () => {
    store = tempStore();
    store.ctx.db.close();
    const c = capture();
    const code = await runCli(['disclosure', 'export', path.join(store.dir, 'x.xlsx'), '--db', store.file, '--year', '26'], c.io);
    expect(code).toBe(2);
    const refused = contract['disclosure.register.export'].input.safeParse({ year: 26 });
    expect(refused.success).toBe(false);
    expect(c.err.join('')).toBe(zodToApiError(refused.error!, 'disclosure.register.export').message);
    expect(fs.existsSync(path.join(store.dir, 'x.xlsx'))).toBe(false);
  });
});
