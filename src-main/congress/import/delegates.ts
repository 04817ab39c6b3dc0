/**
 * 代表名单 → delegates of a term. Each row's person must be a member on the roll (在册): matched by
 * ID, else by name (narrowed by department). A member already holding a seat of the term is left
 * as is; the same person twice in the file is an error.
 */
import { AppError } from '../../../shared/api/errors';
import { chineseNumber } from '../../../shared/congress/rules';
import { DELEGATE_KINDS, delegateInputSchema, type DelegateData } from '../../../shared/congress/schema';
import { formatDateCn } from '../../../shared/domain/dates';
import { normalizeName } from '../../../shared/domain/text';
import { parseDay, parseYesNo } from '../../../shared/import/values';
import type { Db } from '../../db/types';
import { findReferences } from '../../db/references';
import { blockingNames, defineRecordSet, nameList, type RowContext } from '../../import/definition';
import { describeMembers, MemberIndex } from '../../import/people';
import { addDelegate } from '../delegates';

const FIELDS = ['name', 'department', 'idNumber', 'delegation', 'kind', 'isTeacher', 'electedOn', 'notes'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  name: '姓名',
  department: '部门',
  idNumber: '身份证号',
  delegation: '代表团',
  kind: '代表类别',
  isTeacher: '是否教师',
  electedOn: '当选日期',
  notes: '备注',
};

const SYNONYMS: Record<Field, readonly string[]> = {
  name: ['姓名', '代表姓名', '代表', '名字'],
  department: ['部门', '所在部门', '部门/教研组', '教研组', '科室', '年级组'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码'],
  delegation: ['代表团', '所在代表团', '代表组', '代表小组', '团组'],
  kind: ['类别', '代表类别', '代表类型', '身份类别', '代表身份'],
  isTeacher: ['是否教师', '教师', '是否一线教师', '是否专任教师', '教师代表'],
  electedOn: ['当选日期', '当选时间', '选举日期', '当选'],
  notes: ['备注', '说明'],
};

const KIND_WORDS: Record<string, (typeof DELEGATE_KINDS)[number]> = {
  正式: '正式',
  正式代表: '正式',
  代表: '正式',
  列席: '列席',
  列席代表: '列席',
  特邀: '特邀',
  特邀代表: '特邀',
  邀请代表: '特邀',
};

interface State {
  term: number;
  members: MemberIndex;
  /** Member ids holding a seat of the term now. */
  seated: Map<number, { delegation: string | null; kind: string }>;
  /** Member id → the file row that named them first. */
  seen: Map<number, number>;
}

function begin(db: Db, term: number | undefined): State {
  if (term === undefined) throw new AppError('VALIDATION', '请选择这份代表名单属于第几届。', { term: '请选择届次' });
  const seated = new Map<number, { delegation: string | null; kind: string }>();
  for (const r of db
    .prepare<[number], { member_id: number; delegation: string | null; kind: string }>(
      'SELECT member_id, delegation, kind FROM congress_delegates WHERE term = ? AND left_on IS NULL',
    )
    .iterate(term)) {
    seated.set(r.member_id, { delegation: r.delegation, kind: r.kind });
  }
  return { term, members: new MemberIndex(db), seated, seen: new Map() };
}

function checkRow(state: State, ctx: RowContext<Field>) {
  const name = normalizeName(ctx.raw('name'));
  if (name === '') {
    ctx.error('name', '姓名为空：这一行有其他内容，但没有写代表姓名');
    return null;
  }
  const match = state.members.find(name, ctx.cell('department'), ctx.cell('idNumber'));
  if (match.kind === 'ambiguous') {
    ctx.error('name', `姓名“${name}”对应 ${match.members.length} 名会员：${describeMembers(match.members)}。请在“部门”列写明部门，或填写身份证号`);
    return null;
  }
  if (match.kind === 'id-unknown') {
    ctx.error('idNumber', `身份证号 ${ctx.cell('idNumber')} 不在会员名册中，请核对`);
    return null;
  }
  if (match.kind === 'none') {
    ctx.error('name', `“${name}”不在会员名册中：代表须是在册会员。请先导入或添加会员，再导入代表名单`);
    return null;
  }
  const member = match.member;
  if (member.status !== '在册') {
    ctx.error('name', `${member.name} 的会员状态是“${member.status}”，只有在册会员才能当选代表`);
    return null;
  }
  const first = state.seen.get(member.id);
  if (first !== undefined) {
    ctx.error('name', `与第 ${first} 行是同一人（${describeMembers([member])}），同一届不能重复当选`);
    return null;
  }
  state.seen.set(member.id, ctx.row);

  const kindText = ctx.cell('kind').replace(/\s+/g, '');
  const kind = kindText === '' ? '正式' : KIND_WORDS[kindText];
  if (!kind) ctx.error('kind', `代表类别“${kindText}”无法识别（应为 正式、列席 或 特邀）`);
  const teacher = parseYesNo(ctx.cell('isTeacher'));
  if (!teacher.ok) ctx.error('isTeacher', teacher.message);
  const electedText = ctx.cell('electedOn');
  const elected = electedText === '' ? null : parseDay(electedText);
  if (elected && !elected.ok) ctx.error('electedOn', elected.message);
  if (!kind || !teacher.ok || (elected && !elected.ok)) return null;

  const parsed = delegateInputSchema.safeParse({
    term: state.term,
    memberId: member.id,
    delegation: ctx.cell('delegation'),
    delegateKind: kind,
    isTeacher: teacher.value,
    electedOn: elected?.ok ? elected.value : null,
    delegateNotes: ctx.cell('notes'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const field: Field = key === 'delegation' ? 'delegation' : key === 'electedOn' ? 'electedOn' : 'notes';
    ctx.error(field, `${LABELS[field]}${issue.message}`);
    return null;
  }
  const data = parsed.data;
  const summary = `${member.name}（${member.department ?? '未填部门'}） · ${data.delegation ?? '未分代表团'} · ${data.delegateKind}${data.isTeacher ? ' · 教师' : ''}${data.electedOn ? ` · ${formatDateCn(data.electedOn)}当选` : ''}`;
  const seat = state.seated.get(member.id);
  if (seat) {
    if (seat.delegation !== data.delegation || seat.kind !== data.delegateKind) {
      ctx.warn('name', `${member.name} 已是第${chineseNumber(state.term)}届代表（${seat.delegation ?? '未分代表团'}，${seat.kind}），表中不同之处不会覆盖，请在代表名单中修改`);
    }
    return { data, action: 'unchanged' as const, summary: `${summary}（已是本届代表）` };
  }
  return { data, action: 'create' as const, summary };
}

export const delegatesImport = defineRecordSet<Field, DelegateData, State>({
  set: 'delegates',
  recordsWord: '代表',
  fields: FIELDS,
  labels: LABELS,
  synonyms: SYNONYMS,
  keyField: 'name',
  required: ['name'],
  begin: (db, options) => begin(db, options.term),
  checkRow,
  table: 'congress_delegates',
  insert: (db) => (data) => addDelegate(db, data).id,
  target: (state) => `第${chineseNumber(state.term)}届`,
  undoBlocker(db, records) {
    const used = records.filter((r) => findReferences(db, 'congress_delegates', r.id).length > 0);
    const names = blockingNames(db, used, 'SELECT m.name FROM congress_delegates d JOIN members m ON m.id = d.member_id WHERE d.id = ?');
    if (names.length === 0) return null;
    return `本批导入的代表 ${nameList(names)} 已有提案、附议、出席或替补记录。请先处理这些记录，或在代表名单中逐个调整。`;
  },
  template: {
    fileName: '代表名单导入模板.xlsx',
    sheetName: '代表名单',
    title: '教职工代表大会代表名单（导入模板）',
    columns: [
      { field: 'name', header: '姓名', example: '张三', width: 12 },
      { field: 'department', header: '部门', example: '语文组', width: 14 },
      { field: 'delegation', header: '代表团', example: '第一代表团', width: 14 },
      { field: 'kind', header: '类别', example: '正式', width: 8 },
      { field: 'isTeacher', header: '是否教师', example: '是', width: 10 },
      { field: 'electedOn', header: '当选日期', example: '2026-09-10', width: 12 },
      { field: 'notes', header: '备注', example: '', width: 24 },
    ],
    notes: [
      '代表须是会员名册中的在册会员；同名会员请在“部门”列写明部门，或增加“身份证号”列。',
      '类别填写 正式、列席 或 特邀（空着按正式代表）；是否教师填写 是 或 否。',
      '导入时选择这份名单属于第几届；已是本届代表的人不会重复添加。',
    ],
  },
});
