/**
 * 困难职工档案 → hardship files. A row's person must be a member (by ID, else by name narrowed by
 * department); level and causes are mapped from the words registers use (特困 → 深度困难), a cause
 * outside the list comes in as 其他 with its words kept in the notes. A member has at most one
 * file in 在档: a row for a member whose file of the same filing date is already in the store is
 * left as it is (re-importing the program's own export adds nothing).
 */
import { formatDateCn, todayIso } from '../../../shared/domain/dates';
import { formatFen } from '../../../shared/domain/money';
import { normalizeName } from '../../../shared/domain/text';
import { parseDay, parseMoneyFen, splitList, type ValueCheck } from '../../../shared/import/values';
import {
  HARDSHIP_CAUSES,
  HARDSHIP_LEVELS,
  HARDSHIP_STATUSES,
  hardshipInputSchema,
  type HardshipData,
} from '../../../shared/welfare/schema';
import type { Db } from '../../db/types';
import { blockingNames, defineRecordSet, nameList, type RowContext } from '../../import/definition';
import { describeMembers, MemberIndex } from '../../import/people';

const FIELDS = [
  'name',
  'department',
  'idNumber',
  'level',
  'mainCause',
  'secondaryCauses',
  'householdSize',
  'income',
  'health',
  'housing',
  'filedOn',
  'verifiedOn',
  'verifiedBy',
  'status',
  'statusDate',
  'statusReason',
  'notes',
] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  name: '姓名',
  department: '部门',
  idNumber: '身份证号',
  level: '困难类别',
  mainCause: '主要致困原因',
  secondaryCauses: '次要原因',
  householdSize: '家庭人口',
  income: '人均月收入',
  health: '健康状况',
  housing: '住房情况',
  filedOn: '建档日期',
  verifiedOn: '核实日期',
  verifiedBy: '核实人',
  status: '档案状态',
  statusDate: '状态变更日期',
  statusReason: '状态变更原因',
  notes: '备注',
};

const SYNONYMS: Record<Field, readonly string[]> = {
  name: ['姓名', '职工姓名', '困难职工姓名', '会员姓名', '名字'],
  department: ['部门', '所在部门', '单位', '科室', '教研组', '年级组'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证'],
  level: ['困难类别', '困难程度', '困难等级', '类别', '困难类型', '帮扶类别'],
  mainCause: ['主要致困原因', '致困原因', '困难原因', '主要原因', '致贫原因'],
  secondaryCauses: ['次要原因', '次要致困原因', '其他原因', '其他致困原因'],
  householdSize: ['家庭人口', '家庭人口数', '家庭人数', '人口', '共同生活人口'],
  income: ['人均月收入', '家庭人均月收入', '人均收入', '月人均收入', '家庭月人均收入'],
  health: ['健康状况', '身体状况', '健康情况'],
  housing: ['住房情况', '住房状况', '住房'],
  filedOn: ['建档日期', '建档时间', '入档日期', '建档'],
  verifiedOn: ['核实日期', '最近核实', '复核日期', '核查日期', '核实时间', '最近复核'],
  verifiedBy: ['核实人', '复核人', '核查人', '经办人'],
  status: ['档案状态', '状态', '在档状态'],
  statusDate: ['状态变更', '状态变更日期', '脱困日期', '退出日期', '变更日期'],
  statusReason: ['状态变更原因', '脱困原因', '退出原因', '变更原因'],
  notes: ['备注', '说明', '帮扶情况'],
};

const LEVEL_WORDS: Record<string, (typeof HARDSHIP_LEVELS)[number]> = {
  深度困难: '深度困难',
  特困: '深度困难',
  特别困难: '深度困难',
  特困职工: '深度困难',
  深困: '深度困难',
  相对困难: '相对困难',
  困难: '相对困难',
  一般困难: '相对困难',
  困难职工: '相对困难',
  意外致困: '意外致困',
  意外: '意外致困',
  突发困难: '意外致困',
  临时困难: '意外致困',
};

const CAUSE_WORDS: Record<string, (typeof HARDSHIP_CAUSES)[number]> = {
  重病: '本人患重病',
  大病: '本人患重病',
  患重病: '本人患重病',
  本人重病: '本人患重病',
  本人大病: '本人患重病',
  家属重病: '家庭成员患重病',
  家人重病: '家庭成员患重病',
  家属大病: '家庭成员患重病',
  家庭成员重病: '家庭成员患重病',
  残疾: '本人残疾',
  家属残疾: '家庭成员残疾',
  家人残疾: '家庭成员残疾',
  子女上学: '子女就学',
  子女读书: '子女就学',
  子女教育: '子女就学',
  就学: '子女就学',
  单亲: '单亲家庭',
  灾害: '遭受灾害',
  自然灾害: '遭受灾害',
  受灾: '遭受灾害',
  事故: '意外事故',
  意外: '意外事故',
  失业: '家庭成员失业',
  下岗: '家庭成员失业',
  配偶失业: '家庭成员失业',
  收入低: '家庭收入低',
  低收入: '家庭收入低',
  收入低微: '家庭收入低',
};

const STATUS_WORDS: Record<string, (typeof HARDSHIP_STATUSES)[number]> = {
  在档: '在档',
  在册: '在档',
  有效: '在档',
  脱困: '脱困',
  已脱困: '脱困',
  退出: '退出',
  已退出: '退出',
  销档: '退出',
};

type Cause = (typeof HARDSHIP_CAUSES)[number];

interface State {
  members: MemberIndex;
  /** Member id → filing dates of the member's files in the store. */
  filed: Map<number, string[]>;
  /** Member ids with a file in 在档 in the store. */
  active: Map<number, string>;
  /** Member id → the file row that gave them a file in 在档. */
  seenActive: Map<number, number>;
  today: string;
}

function begin(db: Db): State {
  const filed = new Map<number, string[]>();
  const active = new Map<number, string>();
  for (const r of db.prepare<[], { member_id: number; filed_on: string; status: string }>('SELECT member_id, filed_on, status FROM hardship_files').iterate()) {
    filed.set(r.member_id, [...(filed.get(r.member_id) ?? []), r.filed_on]);
    if (r.status === '在档') active.set(r.member_id, r.filed_on);
  }
  return { members: new MemberIndex(db), filed, active, seenActive: new Map(), today: todayIso() };
}

function bare(text: string): string {
  return text.replace(/\s+/g, '');
}

function cause(text: string): Cause | null {
  const t = bare(text);
  if ((HARDSHIP_CAUSES as readonly string[]).includes(t)) return t as Cause;
  return CAUSE_WORDS[t] ?? null;
}

function day(ctx: RowContext<Field>, field: Field, required: boolean): ValueCheck<string | null> {
  const text = ctx.cell(field);
  if (text === '') {
    if (required) ctx.error(field, `${LABELS[field]}为空`);
    return required ? { ok: false, message: '' } : { ok: true, value: null };
  }
  const parsed = parseDay(text);
  if (!parsed.ok) {
    ctx.error(field, `${LABELS[field]}：${parsed.message}`);
    return parsed;
  }
  return parsed;
}

function householdSize(ctx: RowContext<Field>): number | null {
  const text = bare(ctx.cell('householdSize')).replace(/[人口]+$/, '');
  if (text === '') {
    ctx.error('householdSize', '家庭人口为空');
    return null;
  }
  if (!/^\d+$/.test(text)) {
    ctx.error('householdSize', `家庭人口“${ctx.cell('householdSize')}”不是整数（应写成 3 或 3人）`);
    return null;
  }
  return Number(text);
}

function checkRow(state: State, ctx: RowContext<Field>) {
  const name = normalizeName(ctx.raw('name'));
  if (name === '') {
    ctx.error('name', '姓名为空：这一行有其他内容，但没有写困难职工姓名');
    return null;
  }
  // The 年度台账 masks ID numbers (3204**********1234): such a cell names no one; match by name.
  const idText = ctx.cell('idNumber');
  const match = state.members.find(name, ctx.cell('department'), idText.includes('*') ? '' : idText);
  if (match.kind === 'ambiguous') {
    ctx.error('name', `姓名“${name}”对应 ${match.members.length} 名会员：${describeMembers(match.members)}。请在“部门”列写明部门，或填写身份证号`);
    return null;
  }
  if (match.kind === 'id-unknown') {
    ctx.error('idNumber', `身份证号 ${idText} 不在会员名册中，请核对`);
    return null;
  }
  if (match.kind === 'none') {
    ctx.error('name', `“${name}”不在会员名册中：困难职工档案须对应一名会员。请先导入或添加会员，再导入档案`);
    return null;
  }
  const member = match.member;

  const levelText = bare(ctx.cell('level'));
  const level = LEVEL_WORDS[levelText];
  if (levelText === '') ctx.error('level', '困难类别为空（应为 深度困难、相对困难 或 意外致困）');
  else if (!level) ctx.error('level', `困难类别“${levelText}”无法识别（应为 深度困难、相对困难 或 意外致困；特困按深度困难）`);

  const notes: string[] = [];
  const mainText = bare(ctx.cell('mainCause'));
  let mainCause: Cause | null = null;
  if (mainText === '') ctx.error('mainCause', '主要致困原因为空');
  else {
    mainCause = cause(mainText);
    if (!mainCause) {
      mainCause = '其他';
      notes.push(`致困原因：${mainText}`);
      ctx.warn('mainCause', `致困原因“${mainText}”不在列表中，按“其他”导入，原文记入备注`);
    }
  }
  const secondary: Cause[] = [];
  for (const word of splitList(ctx.cell('secondaryCauses'))) {
    let c = cause(word);
    if (!c) {
      c = '其他';
      notes.push(`次要原因：${word}`);
      ctx.warn('secondaryCauses', `次要原因“${word}”不在列表中，按“其他”导入，原文记入备注`);
    }
    if (c !== mainCause && !secondary.includes(c)) secondary.push(c);
  }

  const size = householdSize(ctx);
  const incomeText = ctx.cell('income');
  const income = parseMoneyFen(incomeText);
  if (incomeText === '') ctx.error('income', '人均月收入为空（没有收入请填 0）');
  else if (!income.ok) ctx.error('income', `人均月收入：${income.message}`);

  const verified = day(ctx, 'verifiedOn', true);
  const filedCheck = day(ctx, 'filedOn', false);
  const statusDate = day(ctx, 'statusDate', false);
  const statusText = bare(ctx.cell('status'));
  const status = statusText === '' ? '在档' : STATUS_WORDS[statusText];
  if (!status) ctx.error('status', `档案状态“${statusText}”无法识别（应为 在档、脱困 或 退出）`);
  const verifiedBy = ctx.raw('verifiedBy').trim();
  if (verifiedBy === '') ctx.error('verifiedBy', '核实人为空：困难职工档案须写明由谁核实');

  if (!level || !mainCause || size === null || incomeText === '' || !income.ok || !verified.ok || !filedCheck.ok || !statusDate.ok || !status || verifiedBy === '') {
    return null;
  }
  const verifiedOn = verified.value!;
  let filedOn = filedCheck.value;
  if (filedOn === null) {
    filedOn = verifiedOn;
    if (ctx.has('filedOn')) ctx.warn('filedOn', `建档日期为空，按核实日期 ${formatDateCn(verifiedOn)} 记`);
  }
  for (const [field, value] of [['verifiedOn', verifiedOn], ['filedOn', filedCheck.value], ['statusDate', statusDate.value]] as const) {
    if (value !== null && value > state.today) {
      ctx.error(field, `${LABELS[field]} ${formatDateCn(value)} 晚于今天`);
      return null;
    }
  }
  if (member.status === '退会' && status === '在档') {
    ctx.error('name', `${member.name} 已退会，不能建立在档的困难职工档案；如是历史档案，请把档案状态写为“退出”并填写退出日期`);
    return null;
  }

  const parsed = hardshipInputSchema.safeParse({
    memberId: member.id,
    level,
    mainCause,
    secondaryCauses: secondary.slice(0, 3),
    householdSize: size,
    perCapitaIncomeFen: income.value,
    health: ctx.raw('health').trim(),
    housing: ctx.raw('housing').trim(),
    filedOn,
    verifiedOn,
    verifiedBy,
    status,
    statusDate: statusDate.value,
    statusReason: ctx.raw('statusReason').trim(),
    notes: [ctx.raw('notes').trim(), ...notes].filter(Boolean).join('；'),
    family: [],
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field: Field =
        key === 'perCapitaIncomeFen' ? 'income' : key === 'family' ? 'householdSize' : (FIELDS as readonly string[]).includes(key) ? (key as Field) : 'notes';
      ctx.error(field, issue.message.startsWith(LABELS[field].slice(0, 2)) ? issue.message : `${LABELS[field]}${issue.message}`);
    }
    return null;
  }
  const data = parsed.data;
  if (secondary.length > 3) ctx.warn('secondaryCauses', `次要原因最多 3 项，只导入前 3 项：${data.secondaryCauses.join('、')}`);
  const who = `${member.name}（${member.department ?? '未填部门'}）`;
  const summary = `${who} · ${data.level} · ${data.mainCause} · ${data.householdSize} 人 · 人均 ${formatFen(data.perCapitaIncomeFen)}/月 · ${formatDateCn(data.verifiedOn)}核实 · ${data.status}`;
  if ((state.filed.get(member.id) ?? []).includes(data.filedOn)) {
    return { data, action: 'unchanged' as const, summary: `${summary}（已有建档日期相同的档案，不重复导入）` };
  }
  if (data.status === '在档') {
    const activeSince = state.active.get(member.id);
    if (activeSince !== undefined) {
      ctx.error('name', `${who} 已有一份在档的困难职工档案（建档于${formatDateCn(activeSince)}），请在原档案上修改或复核；如这是旧档案，请把档案状态写为“脱困”或“退出”`);
      return null;
    }
    const first = state.seenActive.get(member.id);
    if (first !== undefined) {
      ctx.error('name', `与第 ${first} 行是同一人（${who}），一人只能有一份在档的档案`);
      return null;
    }
    state.seenActive.set(member.id, ctx.row);
  }
  return { data, action: 'create' as const, summary };
}

function inserter(db: Db, now: string): (d: HardshipData) => number {
  const insert = db.prepare(
    `INSERT INTO hardship_files (member_id, level, main_cause, secondary_causes, household_size, per_capita_income_fen,
      health, housing, filed_on, verified_on, verified_by, status, status_date, status_reason, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (d) =>
    Number(
      insert.run(
        d.memberId,
        d.level,
        d.mainCause,
        JSON.stringify(d.secondaryCauses),
        d.householdSize,
        d.perCapitaIncomeFen,
        d.health,
        d.housing,
        d.filedOn,
        d.verifiedOn,
        d.verifiedBy,
        d.status,
        d.status === '在档' ? null : d.statusDate,
        d.status === '在档' ? null : d.statusReason,
        d.notes,
        now,
        now,
      ).lastInsertRowid,
    );
}

export const hardshipImport = defineRecordSet<Field, HardshipData, State>({
  set: 'hardship',
  recordsWord: '困难职工档案',
  fields: FIELDS,
  labels: LABELS,
  synonyms: SYNONYMS,
  keyField: 'name',
  required: ['name', 'level', 'verifiedOn'],
  begin: (db) => begin(db),
  checkRow,
  table: 'hardship_files',
  insert: (db, _state, now) => inserter(db, now),
  undoBlocker(db, records) {
    // A file edited, re-verified or given family members after the import would lose that work.
    const names = blockingNames(
      db,
      records,
      `SELECT m.name FROM hardship_files h JOIN members m ON m.id = h.member_id
       WHERE h.id = ? AND (h.updated_at > h.created_at OR EXISTS (SELECT 1 FROM hardship_family_members f WHERE f.file_id = h.id))`,
    );
    if (names.length === 0) return null;
    return `本批导入的 ${nameList(names)} 的困难职工档案在导入后又修改或复核过。撤销会丢掉这些改动，请在档案中逐份处理。`;
  },
  template: {
    fileName: '困难职工档案导入模板.xlsx',
    sheetName: '困难职工档案',
    title: '困难职工档案（导入模板）',
    columns: [
      { field: 'name', header: '姓名', example: '张三', width: 12 },
      { field: 'department', header: '部门', example: '语文组', width: 14 },
      { field: 'level', header: '困难类别', example: '相对困难', width: 10 },
      { field: 'mainCause', header: '主要致困原因', example: '家庭成员患重病', width: 16 },
      { field: 'secondaryCauses', header: '次要原因', example: '子女就学', width: 16 },
      { field: 'householdSize', header: '家庭人口', example: '4', width: 9 },
      { field: 'income', header: '人均月收入（元）', example: '1,250', width: 14 },
      { field: 'health', header: '健康状况', example: '', width: 14 },
      { field: 'housing', header: '住房情况', example: '', width: 14 },
      { field: 'filedOn', header: '建档日期', example: '2025-03-01', width: 12 },
      { field: 'verifiedOn', header: '核实日期', example: '2026-03-01', width: 12 },
      { field: 'verifiedBy', header: '核实人', example: '李主席', width: 10 },
      { field: 'status', header: '档案状态', example: '在档', width: 9 },
      { field: 'statusDate', header: '状态变更日期', example: '', width: 12 },
      { field: 'statusReason', header: '状态变更原因', example: '', width: 16 },
      { field: 'notes', header: '备注', example: '', width: 24 },
    ],
    notes: [
      '每行一份档案，姓名须是会员名册中的会员；同名会员请在“部门”列写明部门，或增加“身份证号”列。',
      '困难类别填 深度困难、相对困难 或 意外致困（特困按深度困难，困难按相对困难）。',
      `致困原因从以下选择：${HARDSHIP_CAUSES.join('、')}；次要原因最多 3 项，用顿号分隔。列表外的原因按“其他”导入，原文记入备注。`,
      '人均月收入可写作 1250、1,250.00、¥1250 或 1250元；家庭人口填整数。日期不能晚于今天；建档日期空着按核实日期记。',
      '档案状态填 在档、脱困 或 退出（空着按在档），脱困、退出的须填写状态变更日期。一名会员只能有一份在档的档案。',
    ],
  },
});
