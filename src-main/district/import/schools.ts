/**
 * 基层工会名单 from an Excel/WPS sheet (or CSV) through the one import engine: read, check every
 * row (naming row and field), commit as one batch, undo the batch as a whole. A school already on
 * the list (same name, spaces and full-width forms ignored) takes the row's filled cells (a new
 * contact, a staff count); blank cells leave its fields as they are, and undo puts the old values
 * back, keeping any field edited by hand since.
 */
import { removeSpaces } from '../../../shared/domain/text';
import { schoolInputSchema, SCHOOL_TYPES, type SchoolValues } from '../../../shared/district/schema';
import type { Db } from '../../db/types';
import { defineRecordSet, type FieldValues, type RowContext, type UpdateSpec } from '../../import/definition';
import { saveSchool, schoolKey } from '../schools';

const FIELDS = ['name', 'type', 'contact', 'phone', 'staff', 'notes'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  name: '学校名称',
  type: '学校类型',
  contact: '联系人',
  phone: '联系电话',
  staff: '教职工人数',
  notes: '备注',
};

const SYNONYMS: Record<Field, readonly string[]> = {
  name: ['学校名称', '学校', '单位名称', '单位', '基层工会', '基层工会名称', '工会名称', '名称'],
  type: ['学校类型', '类型', '学段', '办学类型'],
  contact: ['联系人', '工会主席', '负责人', '联络人'],
  phone: ['联系电话', '电话', '手机', '手机号', '联系方式'],
  staff: ['教职工人数', '教职工数', '职工人数', '人数', '教职工'],
  notes: ['备注', '说明'],
};

interface Listed {
  id: number;
  name: string;
  type: string | null;
  contact: string | null;
  phone: string | null;
  staff: number | null;
  notes: string | null;
}

interface State {
  /** Listed schools by name key, and the rows of this file by the same key. */
  listed: Map<string, Listed>;
  inFile: Map<string, number>;
}

function begin(db: Db): State {
  const listed = new Map<string, Listed>();
  for (const s of db.prepare<[], Listed>('SELECT id, name, type, contact, phone, staff, notes FROM district_schools').iterate()) listed.set(schoolKey(s.name), s);
  return { listed, inFile: new Map() };
}

/** 中学 / 小学 / 幼儿园 / 职校, also as registers write them (初级中学, 中心小学, 职业学校). */
function schoolType(text: string): string | null {
  const bare = removeSpaces(text);
  if (bare === '') return null;
  return SCHOOL_TYPES.find((t) => bare === t || bare.includes(t === '职校' ? '职' : t)) ?? bare;
}

/** What differs between the row and the listed school, for the row's note. */
function differences(v: SchoolValues, s: Listed): string[] {
  const out: string[] = [];
  if (v.type !== null && v.type !== s.type) out.push(`类型 ${s.type ?? '未填'} → ${v.type}`);
  if (v.contact !== null && v.contact !== s.contact) out.push(`联系人 ${s.contact ?? '未填'} → ${v.contact}`);
  if (v.phone !== null && v.phone !== s.phone) out.push(`联系电话 ${s.phone ?? '未填'} → ${v.phone}`);
  if (v.staff !== null && v.staff !== s.staff) out.push(`教职工人数 ${s.staff ?? '未填'} → ${v.staff}`);
  if (v.notes !== null && v.notes !== s.notes) out.push(`备注 ${s.notes ?? '未填'} → ${v.notes}`);
  return out;
}

function checkRow(state: State, ctx: RowContext<Field>) {
  const staffText = ctx.cell('staff').replace(/\s+/g, '').replace(/人$/, '');
  const staff = staffText === '' ? null : /^\d+$/.test(staffText) ? Number(staffText) : staffText;
  const parsed = schoolInputSchema.safeParse({
    name: ctx.raw('name').trim(),
    type: schoolType(ctx.cell('type')),
    contact: ctx.cell('contact'),
    phone: ctx.cell('phone'),
    staff,
    notes: ctx.cell('notes'),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field = (FIELDS as readonly string[]).includes(key) ? (key as Field) : null;
      ctx.error(field, `${field ? LABELS[field] : ''}${issue.message}`);
    }
    return null;
  }
  const data = parsed.data;
  const key = schoolKey(data.name);
  const earlier = state.inFile.get(key);
  if (earlier !== undefined) {
    ctx.error('name', `学校“${data.name}”与第 ${earlier} 行重复`);
    return null;
  }
  state.inFile.set(key, ctx.row);
  const summary = [data.name, data.type ?? '未分类', data.contact, data.staff === null ? null : `${data.staff} 人`].filter(Boolean).join(' · ');
  const listed = state.listed.get(key);
  if (!listed) return { data, action: 'create' as const, summary };
  const changed = differences(data, listed);
  if (changed.length === 0) return { data, action: 'unchanged' as const, summary: `${summary}（名单中已有）` };
  return { data, action: 'update' as const, id: listed.id, summary: `${listed.name}：${changed.join('；')}` };
}

/** The fields an import may change, and one statement each to put a value back on undo. */
const UPDATABLE = ['type', 'contact', 'phone', 'staff', 'notes'] as const;
const RESTORE_SQL: Record<(typeof UPDATABLE)[number], string> = {
  type: 'UPDATE district_schools SET type = ? WHERE id = ?',
  contact: 'UPDATE district_schools SET contact = ? WHERE id = ?',
  phone: 'UPDATE district_schools SET phone = ? WHERE id = ?',
  staff: 'UPDATE district_schools SET staff = ? WHERE id = ?',
  notes: 'UPDATE district_schools SET notes = ? WHERE id = ?',
};

const SCHOOL_FIELDS: UpdateSpec<SchoolValues, State> = {
  read(db, id) {
    const r = db.prepare<[number], Omit<Listed, 'id' | 'name'>>('SELECT type, contact, phone, staff, notes FROM district_schools WHERE id = ?').get(id);
    if (!r) return null;
    const values: FieldValues = {};
    for (const f of UPDATABLE) values[f] = r[f] === null ? null : String(r[f]);
    return values;
  },
  apply(db, _state, id, data, now) {
    // A blank cell leaves the listed value: the sheet may carry only the column that changed.
    db.prepare(
      `UPDATE district_schools SET type = coalesce(@type, type), contact = coalesce(@contact, contact), phone = coalesce(@phone, phone),
         staff = coalesce(@staff, staff), notes = coalesce(@notes, notes), updated_at = @now WHERE id = @id`,
    ).run({ type: data.type, contact: data.contact, phone: data.phone, staff: data.staff, notes: data.notes, now, id });
  },
  restore(db, id, values) {
    for (const f of UPDATABLE) {
      if (!(f in values)) continue;
      const v = values[f] ?? null;
      db.prepare(RESTORE_SQL[f]).run(f === 'staff' && v !== null ? Number(v) : v, id);
    }
  },
  name: (db, id) => db.prepare<[number], { name: string }>('SELECT name FROM district_schools WHERE id = ?').get(id)?.name ?? `#${id}`,
  // As in the roster: a field edited by hand after the import keeps that edit.
  laterEdits: 'keep',
};

export const schoolsImport = defineRecordSet<Field, SchoolValues, State>({
  set: 'schools',
  recordsWord: '学校',
  fields: FIELDS,
  labels: LABELS,
  synonyms: SYNONYMS,
  keyField: 'name',
  required: ['name'],
  begin: (db) => begin(db),
  checkRow,
  table: 'district_schools',
  update: SCHOOL_FIELDS,
  write(db, _state, rows) {
    return rows.map((r) => ({ table: 'district_schools', id: saveSchool(db, r.data).id, row: r.row }));
  },
  target: () => null,
  undoBlocker(db, records) {
    const sent = db
      .prepare<[string], { name: string }>(
        `SELECT DISTINCT s.name FROM district_schools s JOIN district_reports r ON r.school_id = s.id WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.name`,
      )
      .all(JSON.stringify(records.map((r) => r.id)))
      .map((r) => r.name);
    if (sent.length === 0) return null;
    const names = sent.slice(0, 5).join('、') + (sent.length > 5 ? ` 等 ${sent.length} 所` : '');
    return `导入后已接收了${names}报送的台账，这些学校不能从名单中删除。`;
  },
  remove(db, records) {
    const remove = db.prepare('DELETE FROM district_schools WHERE id = ?');
    let n = 0;
    for (const r of records) n += remove.run(r.id).changes;
    return n;
  },
  template: {
    fileName: '基层工会名单导入模板.xlsx',
    sheetName: '基层工会名单',
    title: '基层工会名单（导入模板）',
    columns: [
      { field: 'name', header: '学校名称', example: '城南实验小学', width: 30 },
      { field: 'type', header: '学校类型', example: '小学', width: 10 },
      { field: 'contact', header: '联系人', example: '陈主席', width: 10 },
      { field: 'phone', header: '联系电话', example: '13900001111', width: 16 },
      { field: 'staff', header: '教职工人数', example: '86', width: 12 },
      { field: 'notes', header: '备注', example: '', width: 24 },
    ],
    notes: [`学校类型填 ${SCHOOL_TYPES.join('、')} 之一；教职工人数填数字。`, '名单中已有的学校（名称相同）不会重复添加，本表中填了的联系人、电话、人数等会更新到名单中，空着的不变。'],
  },
});
