/**
 * 导入花名册 as one record set of the import engine: the member fields and their header words,
 * each line checked by the roster's rules (shared/members/roster/validate.ts), matched to a member
 * already on the roll (match.ts) and written by the member writer. A matched member is updated
 * from the file's filled cells; undo puts each field back unless it was edited again since.
 */
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, ROSTER_SYNONYMS, TEMPLATE_HEADERS, type ImportField } from '../../../shared/members/roster/fields';
import { checkMemberRow, isNotAMember } from '../../../shared/members/roster/validate';
import type { MemberData } from '../../../shared/members/schema';
import { findReferences } from '../../db/references';
import type { Db } from '../../db/types';
import { defineRecordSet, nameList, type FieldValues } from '../../import/definition';
import { getMember, updateMember } from '../service';
import { memberWriter, type MemberWriter } from '../writer';
import { withInsertTriggersDeferred } from './bulk';
import { loadMemberIndex, memberData, planMember, type MemberIndex } from './match';

interface State {
  index: MemberIndex;
  /** IDs met on earlier lines of the file, by the row they were first on. */
  firstRowOfId: Map<string, number>;
  /** The commit's writer, made once for its timestamp. */
  writer: { db: Db; now: string; writer: MemberWriter } | null;
}

function writerOf(state: State, db: Db, now: string): MemberWriter {
  if (!state.writer || state.writer.db !== db || state.writer.now !== now) state.writer = { db, now, writer: memberWriter(db, now) };
  return state.writer.writer;
}

function storedFields(db: Db, id: number): FieldValues | null {
  const exists = db.prepare<[number], { id: number }>('SELECT id FROM members WHERE id = ?').get(id);
  return exists ? (memberData(getMember(db, id)) as FieldValues) : null;
}

function describe(data: MemberData): string {
  return `${data.name}${data.department ? `（${data.department}）` : ''}`;
}

export const membersImport = defineRecordSet<ImportField, MemberData, State>({
  set: 'members',
  recordsWord: '会员数据',
  fields: IMPORT_FIELDS,
  labels: IMPORT_FIELD_LABELS,
  synonyms: ROSTER_SYNONYMS,
  keyField: 'name',
  required: ['name'],
  masks: { idNumber: 'resident-id', phone: 'phone' },
  isNotARecord: isNotAMember,
  begin: (db) => ({ index: loadMemberIndex(db), firstRowOfId: new Map(), writer: null }),
  checkRow(state, ctx) {
    const data = checkMemberRow(ctx, state.firstRowOfId);
    if (!data) return null;
    const plan = planMember(state.index, data);
    if (plan.action === 'create') return { action: 'create', data, summary: `新增会员：${describe(data)}` };
    if (plan.action === 'unchanged') return { action: 'unchanged', data, summary: `与花名册中的 ${describe(plan.member)} 相同，无变化` };
    return {
      action: 'update',
      id: plan.member.id,
      data: plan.data,
      summary: `更新 ${describe(plan.member)} 的 ${plan.changes.length} 项信息`,
      changes: plan.changes,
    };
  },
  table: 'members',
  insert: (db, state, now) => {
    const writer = writerOf(state, db, now);
    return (data) => writer.insert(data);
  },
  update: {
    read: storedFields,
    apply: (db, state, id, data, now) => {
      writerOf(state, db, now).update(id, data);
    },
    restore(db, id, values) {
      updateMember(db, id, { ...memberData(getMember(db, id)), ...values } as MemberData);
    },
    name: (db, id) => getMember(db, id).name,
    // A field edited again after the import keeps its newer value; the others are put back.
    laterEdits: 'keep',
  },
  // 50,000 new members: the search index is rebuilt once after the inserts, not row by row.
  writeAround: (db, creates, write) => withInsertTriggersDeferred(db, creates, write),
  undoBlocker(db, records) {
    const blocked: string[] = [];
    for (const r of records) {
      if (storedFields(db, r.id) && findReferences(db, 'members', r.id).length > 0) blocked.push(getMember(db, r.id).name);
    }
    return blocked.length > 0 ? `本批导入的会员 ${nameList(blocked)} 已被其他记录（如慰问、教代会）引用。请先处理这些记录，或改为逐个修改会员信息。` : null;
  },
  template: {
    fileName: '会员导入模板.xlsx',
    sheetName: '会员花名册',
    title: '工会会员花名册（导入模板）',
    columns: TEMPLATE_HEADERS.map((h) => ({ ...h, width: h.field === 'idNumber' ? 21 : h.field === 'notes' ? 24 : 12 })),
    notes: [
      '姓名必填。身份证号请填写 18 位完整号码（所有列已设为文本格式，请勿改成数字格式，否则后几位会丢失）。',
      '填写身份证号后，性别和出生日期以身份证号为准，可以不填。',
      '日期可写作 1985-03-01、1985.03、1985年3月 或 19850301。',
      '用工性质填写 在编、编外 或 临聘。',
      '已在系统中的会员（身份证号相同；无身份证号时姓名和出生日期相同）会被更新，不会重复添加；空白单元格不会清除已有信息。',
    ],
  },
});
