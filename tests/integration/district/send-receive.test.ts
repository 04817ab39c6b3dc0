/**
 * The sending file read back by the district: a clean file is taken, and every kind of damage a
 * file meets on its way (an edit in Excel, a forged hash, another program's workbook, another
 * year, a cut-off copy) is refused with a message naming the file, with nothing saved.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { apiOn, refused } from '../../helpers/api';
import { tempStore } from '../../helpers/store';
import { buildReportStore } from '../report/fixture';

let school: ReturnType<typeof tempStore>;
let district: ReturnType<typeof tempStore>;
let sapi: ApiClient;
let dapi: ApiClient;
let sent: { fileName: string; contentBase64: string };

beforeAll(async () => {
  school = tempStore();
  district = tempStore();
  sapi = apiOn(school);
  dapi = apiOn(district);
  await buildReportStore(sapi);
  sent = await sapi.call('district.send', { year: 2026 });
  await dapi.call('district.updateSettings', { role: '上级教育工会' });
}, 60_000);
afterAll(() => {
  school.close();
  district.close();
});

async function load(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}
const toBase64 = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');

async function history() {
  return (await dapi.call('district.reports.history', {})).items;
}

describe('the sending file (报送上级工会)', () => {
  it('is named 学校名-2026年度台账.xlsx and carries the human sheets and a very hidden 报送数据 sheet', async () => {
    expect(sent.fileName).toBe('城南实验小学-2026年度台账.xlsx');
    const wb = await load(sent.contentBase64);
    expect(wb.worksheets.map((w) => w.name)).toContain('年度汇总');
    const machine = wb.getWorksheet('报送数据')!;
    expect(machine.state).toBe('veryHidden');
    expect(machine.getCell('B2').value).toBe('城南实验小学');
    expect(machine.getCell('B4').value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the preview lists what the file carries; without a school name sending is refused', async () => {
    const p = await sapi.call('district.send.preview', { year: 2026 });
    expect(p.problems).toEqual([]);
    expect(p.motions).toBe(8);
    expect(p.votes).toBe(2);
    expect(p.hardship).toBe(3);
    expect(p.sheets[0]).toBe('年度汇总');
    expect(p.lines.find((l) => l.label === '年末在册会员')?.value).toBe('3 人');
    const other = tempStore();
    try {
      const e = await refused(apiOn(other).call('district.send', { year: 2026 }));
      expect(e.message).toContain('学校名称');
    } finally {
      other.close();
    }
  });
});

describe('receiving', () => {
  it('a clean file is shown before saving, then taken; the school it names can be added to the list', async () => {
    const preview = await dapi.call('district.receive.preview', { year: 2026, files: [sent] });
    expect(preview.files[0]).toMatchObject({ ok: true, schoolName: '城南实验小学', year: 2026, newSchool: true, members: 3, motions: 8 });
    expect(await history()).toEqual([]);
    const notAdded = await dapi.call('district.receive.commit', { year: 2026, files: [sent] });
    expect(notAdded.files[0]!.error).toContain('不在基层工会名单中');
    const taken = await dapi.call('district.receive.commit', { year: 2026, files: [{ ...sent, addSchool: true, schoolType: '小学' }] });
    expect(taken).toMatchObject({ taken: 1, refused: 0 });
    const list = (await dapi.call('district.schools.list', undefined)).schools;
    expect(list).toMatchObject([{ name: '城南实验小学', type: '小学', reportedYears: [2026] }]);
  });

  it('the same file again is refused as already received; nothing new in the history', async () => {
    const again = await dapi.call('district.receive.commit', { year: 2026, files: [sent] });
    expect(again.files[0]!.error).toContain('无需重复接收');
    expect(await history()).toHaveLength(1);
  });

  it('refuses an edited cell, a forged hash, another workbook, another year and a truncated copy, each by file name', async () => {
    const edited = await load(sent.contentBase64);
    edited.getWorksheet('年度汇总')!.getCell('D4').value = 999;
    const forged = await load(sent.contentBase64);
    const machine = forged.getWorksheet('报送数据')!;
    machine.getCell('A6').value = String(machine.getCell('A6').value).replace('"total":3', '"total":300');
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = '学校名称';
    const bytes = Buffer.from(sent.contentBase64, 'base64');
    const files = [
      { fileName: '改过.xlsx', contentBase64: await toBase64(edited) },
      { fileName: '伪造.xlsx', contentBase64: await toBase64(forged) },
      { fileName: '别的表.xlsx', contentBase64: await toBase64(plain) },
      { fileName: '截断.xlsx', contentBase64: bytes.subarray(0, Math.floor(bytes.length / 2)).toString('base64') },
    ];
    const r = await dapi.call('district.receive.commit', { year: 2026, files });
    expect(r).toMatchObject({ taken: 0, refused: 4 });
    const errors = r.files.map((f) => f.error);
    expect(errors[0]).toMatch(/^“改过\.xlsx”的工作表“年度汇总”在导出后被修改过/);
    expect(errors[1]).toMatch(/^“伪造\.xlsx”的报送数据与校验码（SHA-256）不符/);
    expect(errors[2]).toMatch(/^“别的表\.xlsx”不是工会台账“报送上级工会”导出的台账文件/);
    expect(errors[3]).toMatch(/^“截断\.xlsx”不完整/);
    const year = await dapi.call('district.receive.preview', { year: 2025, files: [sent] });
    expect(year.files[0]!.error).toBe('“城南实验小学-2026年度台账.xlsx”是城南实验小学2026年度的台账，本次接收的是2025年度。请选择2025年度的台账，或把接收年度改为2026年。');
    expect(await history()).toHaveLength(1);
  });
});
