/**
 * 基层工会名单 from an Excel/WPS sheet (or CSV), through the import engine's readers: one row per
 * school, matched to the list by name. All or nothing: one bad row and nothing is saved, with every
 * bad row named (row number and field).
 */
import { AppError } from '../../shared/api/errors';
import { headerMatcher } from '../../shared/import/headers';
import { fieldLabel } from '../../shared/api/zod-messages';
import { schoolInputSchema, SCHOOL_TYPES, type SchoolValues } from '../../shared/district/schema';
import type { Download } from '../../shared/api/common';
import type { Db } from '../db/types';
import { readImportFile } from '../import/read-file';
import { toSheet } from '../import/sheet';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { findSchoolByName, saveSchool } from './schools';

const FIELDS = ['name', 'type', 'contact', 'phone', 'staff', 'notes'] as const;
type Field = (typeof FIELDS)[number];

const matcher = headerMatcher<Field>({
  name: ['学校名称', '学校', '单位名称', '单位', '基层工会', '基层工会名称', '工会名称', '名称'],
  type: ['学校类型', '类型', '学段', '办学类型'],
  contact: ['联系人', '工会主席', '负责人', '联络人'],
  phone: ['联系电话', '电话', '手机', '手机号', '联系方式'],
  staff: ['教职工人数', '教职工数', '职工人数', '人数', '教职工'],
  notes: ['备注', '说明'],
});

const MAX_LISTED_PROBLEMS = 10;

export interface SchoolsImportResult {
  rows: { row: number; name: string; action: '新增' | '更新' | '无变化' }[];
  added: number;
  updated: number;
  saved: boolean;
}

function same(a: SchoolValues, b: { type: string | null; contact: string | null; phone: string | null; staff: number | null; notes: string | null }): boolean {
  return a.type === b.type && a.contact === b.contact && a.phone === b.phone && a.staff === b.staff && a.notes === b.notes;
}

export async function importSchools(db: Db, fileName: string, contentBase64: string, dryRun: boolean): Promise<SchoolsImportResult> {
  const workbook = await readImportFile(fileName, Buffer.from(contentBase64, 'base64'));
  const sheet = toSheet(fileName, workbook, {}, { matcher, keyField: 'name', recordsWord: '学校' });
  const column = (f: Field) => sheet.mapping.indexOf(f);
  const problems: string[] = [];
  const parsed: { row: number; values: SchoolValues }[] = [];
  const seen = new Map<string, number>();
  for (const r of sheet.rows) {
    const cell = (f: Field) => (column(f) >= 0 ? (r.cells[column(f)] ?? '').trim() : '');
    if (FIELDS.every((f) => cell(f) === '')) continue;
    const staffText = cell('staff');
    const typeText = cell('type');
    const staff = staffText === '' ? null : Number(staffText.replace(/人$/, ''));
    const type = typeText === '' ? null : (SCHOOL_TYPES.find((t) => typeText === t || typeText.includes(t === '职校' ? '职' : t)) ?? typeText);
    const result = schoolInputSchema.safeParse({
      name: cell('name'),
      type,
      contact: cell('contact'),
      phone: cell('phone'),
      staff: staff !== null && Number.isFinite(staff) ? staff : staffText === '' ? null : staffText,
      notes: cell('notes'),
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        problems.push(`第 ${r.row} 行「${fieldLabel(key, 'district.schools.import') ?? key}」${issue.message}`);
      }
      continue;
    }
    const earlier = seen.get(result.data.name);
    if (earlier !== undefined) {
      problems.push(`第 ${r.row} 行「学校名称」“${result.data.name}”与第 ${earlier} 行重复`);
      continue;
    }
    seen.set(result.data.name, r.row);
    parsed.push({ row: r.row, values: result.data });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_LISTED_PROBLEMS).join('；');
    const more = problems.length > MAX_LISTED_PROBLEMS ? `等 ${problems.length} 处` : '';
    throw new AppError('VALIDATION', `“${fileName}”有错误，名单未导入：${shown}${more}。请改正后重新导入。`);
  }
  if (parsed.length === 0) throw new AppError('FILE', `“${fileName}”中没有找到学校（需要“学校名称”列）。`);

  const run = () => {
    const out: SchoolsImportResult = { rows: [], added: 0, updated: 0, saved: !dryRun };
    for (const { row, values } of parsed) {
      const found = findSchoolByName(db, values.name);
      if (!found) {
        out.added++;
        out.rows.push({ row, name: values.name, action: '新增' });
        if (!dryRun) saveSchool(db, values);
        continue;
      }
      const current = db
        .prepare<[number], { type: string | null; contact: string | null; phone: string | null; staff: number | null; notes: string | null }>(
          'SELECT type, contact, phone, staff, notes FROM district_schools WHERE id = ?',
        )
        .get(found.id)!;
      // Cells left empty in the sheet keep what the list has.
      const merged: SchoolValues = {
        name: found.name,
        type: values.type ?? (current.type as SchoolValues['type']),
        contact: values.contact ?? current.contact,
        phone: values.phone ?? current.phone,
        staff: values.staff ?? current.staff,
        notes: values.notes ?? current.notes,
      };
      if (same(merged, current)) {
        out.rows.push({ row, name: found.name, action: '无变化' });
        continue;
      }
      out.updated++;
      out.rows.push({ row, name: found.name, action: '更新' });
      if (!dryRun) saveSchool(db, { ...merged, id: found.id });
    }
    return out;
  };
  return dryRun ? run() : db.transaction(run)();
}

/** 基层工会名单导入模板.xlsx: the columns the import reads, with one example row to overwrite. */
export async function schoolsTemplate(): Promise<Download> {
  const wb = newWorkbook();
  addTableSheet(wb, {
    name: '基层工会名单',
    title: '基层工会名单',
    subtitle: `学校类型填 ${SCHOOL_TYPES.join('、')} 之一；教职工人数填数字`,
    headers: ['学校名称', '学校类型', '联系人', '联系电话', '教职工人数', '备注'],
    rows: [],
    widths: [30, 10, 10, 16, 12, 24],
  });
  return { fileName: '基层工会名单导入模板.xlsx', contentBase64: (await workbookToBuffer(wb)).toString('base64') };
}
