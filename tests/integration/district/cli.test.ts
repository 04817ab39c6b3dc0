/**
 * `district import|summary|export` on real store files: exit 0 when every file is taken, 1 when
 * any is refused (each named), the summary's JSON in the shape the district's own scripts read.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { apiOn } from '../../helpers/api';
import { tempStore } from '../../helpers/store';
import { buildReportStore } from '../report/fixture';

let school: ReturnType<typeof tempStore>;
let district: ReturnType<typeof tempStore>;
let ledger: string;
let other: string;

beforeAll(async () => {
  school = tempStore();
  district = tempStore();
  await buildReportStore(apiOn(school));
  const sent = await apiOn(school).call('district.send', { year: 2026 });
  ledger = path.join(district.dir, sent.fileName);
  fs.writeFileSync(ledger, Buffer.from(sent.contentBase64, 'base64'));
  other = path.join(district.dir, '别的表.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').getCell('A1').value = '名单';
  await wb.xlsx.writeFile(other);
  await apiOn(district).call('district.schools.save', { name: '城西幼儿园', type: '幼儿园', contact: '黄老师' });
  district.ctx.db.close();
}, 60_000);
afterAll(() => {
  school.close();
  district.close();
});

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('district CLI', () => {
  it('import exits 1 naming each refused file, then 0 when all are taken', async () => {
    const io = capture();
    expect(await runCli(['district', 'import', ledger, other, path.join(district.dir, '没有.xlsx'), '--db', district.file], io)).toBe(1);
    const err = io.stderr.join('\n');
    expect(err).toContain('未接收：“城南实验小学-2026年度台账.xlsx”的学校“城南实验小学”不在基层工会名单中');
    expect(err).toContain('未接收：“别的表.xlsx”不是工会台账“报送上级工会”导出的台账文件');
    expect(err).toContain('未接收：“没有.xlsx”无法读取');
    const ok = capture();
    expect(await runCli(['district', 'import', ledger, '--db', district.file, '--add-schools', '--json', '--progress', 'json'], ok)).toBe(0);
    expect(JSON.parse(ok.stdout.join(''))).toMatchObject({ taken: 1, refused: 0 });
    // --progress json: one line per step on stderr, 读取 → 检查 → 写入, ending at the number of files.
    const steps = ok.stderr.map((l) => JSON.parse(l) as { phase: string; done: number; total: number | null });
    expect([...new Set(steps.map((x) => x.phase))]).toEqual(['读取', '检查', '写入']);
    expect(steps.at(-1)).toEqual({ phase: '写入', done: 1, total: 1 });
  });

  it('summary --json prints year, schools, expected, missing, totals and bySchool', async () => {
    const io = capture();
    expect(await runCli(['district', 'summary', '--year', '2026', '--db', district.file, '--json'], io)).toBe(0);
    const s = JSON.parse(io.stdout.join('')) as Record<string, unknown> & { totals: Record<string, Record<string, unknown>>; bySchool: { name: string }[] };
    expect(Object.keys(s)).toEqual(['year', 'schools', 'expected', 'missing', 'totals', 'bySchool']);
    expect(s).toMatchObject({ year: 2026, schools: 1, expected: 2, missing: ['城西幼儿园'] });
    expect(Object.keys(s.totals)).toEqual(expect.arrayContaining(['members', 'congress', 'disclosure', 'welfare']));
    expect(s.totals.welfare!.amountFen).toBe(400000);
    expect(s.bySchool.map((b) => b.name)).toEqual(['城南实验小学']);
    const text = capture();
    expect(await runCli(['district', 'summary', '--year', '2026', '--db', district.file], text)).toBe(0);
    expect(text.stdout.join('\n')).toContain('未报送：城西幼儿园（黄老师）');
  });

  it('export writes the 汇总表 workbook', async () => {
    const out = path.join(district.dir, '汇总表.xlsx');
    const io = capture();
    expect(await runCli(['district', 'export', out, '--year', '2026', '--db', district.file], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('汇总表')!;
    expect(ws.getRow(ws.rowCount).getCell(2).value).toMatch(/^合计（\d+ 所）$/);
  });
});
