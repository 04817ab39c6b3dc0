/**
 * 慰问登记表 → visits. A row's person is matched to a member by ID, else by name (narrowed by
 * department when two share it); “李四（张三的母亲）”, as the program's own export writes a family
 * visit, is the member's family member; anyone else not on the roll is kept as a person outside
 * the register. 事由 is mapped to the standards' reason list; amounts over the standard are
 * flagged in the review and stored as confirmed by the import, never refused.
 */
import { formatDateCn, todayIso } from '../../../shared/domain/dates';
import { formatFen } from '../../../shared/domain/money';
import { normalizeName } from '../../../shared/domain/text';
import { parseDay, parseMoneyFen, splitList } from '../../../shared/import/values';
import { z } from 'zod';
import { visitInputSchema, type VisitData } from '../../../shared/welfare/schema';
import type { Db } from '../../db/types';
import { defineRecordSet, type RowContext } from '../../import/definition';
import { describeMembers, MemberIndex } from '../../import/people';
import { getStandards, standardProblems } from '../standards';
import { visitInserter } from '../visits';

const FIELDS = ['name', 'department', 'idNumber', 'relation', 'visitDate', 'reason', 'amount', 'goods', 'goodsValue', 'visitors', 'evidence', 'overStandard', 'notes'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  name: '慰问对象',
  department: '部门/身份',
  idNumber: '身份证号',
  relation: '与会员关系',
  visitDate: '慰问日期',
  reason: '慰问事由',
  amount: '慰问金',
  goods: '慰问品',
  goodsValue: '慰问品价值',
  visitors: '走访人员',
  evidence: '已查验材料',
  overStandard: '超标准说明',
  notes: '备注',
};

const SYNONYMS: Record<Field, readonly string[]> = {
  name: ['慰问对象', '姓名', '慰问对象姓名', '被慰问人', '受慰问人', '教职工姓名', '会员姓名', '名字'],
  department: ['部门/身份', '部门', '所在部门', '科室', '教研组', '年级组', '单位', '部门或身份', '身份'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证'],
  relation: ['与会员关系', '关系', '与本人关系', '亲属关系'],
  visitDate: ['慰问日期', '日期', '慰问时间', '走访日期', '时间', '发放日期'],
  reason: ['慰问事由', '事由', '慰问原因', '原因', '慰问类别', '类别', '慰问类型'],
  amount: ['慰问金', '慰问金额', '金额', '慰问金元', '发放金额', '现金'],
  goods: ['慰问品', '慰问物品', '物品'],
  goodsValue: ['慰问品价值', '物品价值', '慰问品金额', '折合金额'],
  visitors: ['走访人员', '慰问人', '走访人', '慰问人员', '经办人'],
  evidence: ['已查验材料', '查验材料', '证明材料'],
  overStandard: ['超标准', '超标准说明', '是否超标准'],
  notes: ['备注', '说明'],
};

/** Words hand-made registers use for the standard reasons. */
const REASON_ALIASES: Record<string, string> = {
  生病: '生病住院',
  住院: '生病住院',
  病: '生病住院',
  患病: '生病住院',
  患病住院: '生病住院',
  疾病住院: '生病住院',
  手术: '住院手术',
  婚: '结婚',
  新婚: '结婚',
  婚庆: '结婚',
  生小孩: '生育',
  生子: '生育',
  分娩: '生育',
  丧: '直系亲属去世',
  直系亲属亡故: '直系亲属去世',
  亲属去世: '直系亲属去世',
  丧事: '直系亲属去世',
  本人去世: '会员去世',
  去世: '会员去世',
  退休慰问: '退休',
  困难: '困难帮扶',
  困难补助: '困难帮扶',
  困难职工帮扶: '困难帮扶',
  送温暖: '春节慰问',
  春节: '春节慰问',
  教师节: '教师节慰问',
  助学: '金秋助学',
};

/**
 * The visit schema with its refinements, the date taken as checked: parseDay has already made it a
 * calendar day and checkRow has refused a future one. The schema's own date check (a strict dayjs
 * parse) was two thirds of the time of checking a 50,000-row register.
 */
const rowSchema = visitInputSchema.safeExtend({ visitDate: z.string() });

/** “李四（张三的母亲）” or “李四（张三家属）”: a member's family member, as the export writes it. */
const FAMILY = /^(.+?)[（(](.+?)(?:的(.+?)|家属)[)）]$/;

interface State {
  members: MemberIndex;
  reasons: string[];
  standards: ReturnType<typeof getStandards>['items'];
  /** Visits per person, reason and year already in the store, plus those met earlier in the file. */
  counts: Map<string, number>;
  /** Visits already in the store, so re-importing a register adds nothing twice. */
  existing: Set<string>;
  today: string;
}

interface Planned {
  data: VisitData;
  department: string | null;
  problems: string[];
}

function countKey(memberId: number | null, name: string | null, reason: string, year: string): string {
  return `${memberId ?? ''}\u0000${name ?? ''}\u0000${reason}\u0000${year}`;
}

function sameKey(d: { memberId: number | null; recipientName: string | null; visitDate: string; reason: string; amountFen: number; goodsValueFen: number }): string {
  return [d.memberId ?? '', d.recipientName ?? '', d.visitDate, d.reason, d.amountFen, d.goodsValueFen].join('\u0000');
}

function begin(db: Db): State {
  const standards = getStandards(db).items;
  const counts = new Map<string, number>();
  for (const r of db
    .prepare<[], { member_id: number | null; recipient_name: string | null; reason: string; y: string; n: number }>(
      `SELECT member_id, recipient_name, reason, substr(visit_date, 1, 4) AS y, count(*) AS n
       FROM welfare_visits GROUP BY member_id, recipient_name, reason, y`,
    )
    .iterate()) {
    counts.set(countKey(r.member_id, r.recipient_name, r.reason, r.y), r.n);
  }
  const existing = new Set<string>();
  for (const r of db
    .prepare<[], { member_id: number | null; recipient_name: string | null; visit_date: string; reason: string; amount_fen: number; goods_value_fen: number }>(
      'SELECT member_id, recipient_name, visit_date, reason, amount_fen, goods_value_fen FROM welfare_visits',
    )
    .iterate()) {
    existing.add(
      sameKey({ memberId: r.member_id, recipientName: r.recipient_name, visitDate: r.visit_date, reason: r.reason, amountFen: r.amount_fen, goodsValueFen: r.goods_value_fen }),
    );
  }
  return { members: new MemberIndex(db), reasons: standards.map((s) => s.reason), standards, counts, existing, today: todayIso() };
}

function mapReason(state: State, text: string): string | null {
  const bare = text.replace(/\s+/g, '');
  if (state.reasons.includes(bare)) return bare;
  const alias = REASON_ALIASES[bare.replace(/慰问$/, '')] ?? REASON_ALIASES[bare];
  return alias && state.reasons.includes(alias) ? alias : null;
}

function money(ctx: RowContext<Field>, field: 'amount' | 'goodsValue'): number | null {
  const parsed = parseMoneyFen(ctx.cell(field));
  if (parsed.ok) return parsed.value;
  ctx.error(field, parsed.message);
  return null;
}

/** The export's 超标准 cell: “是：…（说明：补发）” keeps its note. */
function overStandardNote(text: string): string | null {
  const m = /[（(]说明[:：](.+)[)）]\s*$/.exec(text);
  if (m) return m[1]!.trim();
  if (text === '' || /^(是|否)([:：].*)?$/.test(text)) return null;
  return text;
}

function checkRow(state: State, ctx: RowContext<Field>) {
  const nameText = normalizeName(ctx.raw('name'));
  if (nameText === '') {
    ctx.error('name', '慰问对象为空：这一行有其他内容，但没有写慰问谁');
    return null;
  }
  const department = ctx.cell('department');
  let memberId: number | null = null;
  let recipientName: string | null = null;
  let recipientRelation: string | null = ctx.cell('relation') || null;
  let storedDepartment: string | null = null;
  let who = nameText;

  const family = FAMILY.exec(nameText);
  const memberName = family ? family[2]! : nameText;
  const match = state.members.find(memberName, department, family ? '' : ctx.cell('idNumber'));
  if (match.kind === 'found') {
    memberId = match.member.id;
    storedDepartment = department || match.member.department;
    if (match.member.status === '退会') ctx.warn('name', `${match.member.name} 现已退会，按历史慰问记录导入`);
    if (family) {
      recipientName = family[1]!;
      recipientRelation = family[3] ?? recipientRelation;
    }
    who = family ? nameText : match.member.name;
  } else if (match.kind === 'ambiguous') {
    ctx.error(
      'name',
      `姓名“${memberName}”对应 ${match.members.length} 名会员：${describeMembers(match.members)}。请在“部门”列写明部门，或填写身份证号`,
    );
    return null;
  } else if (match.kind === 'id-unknown') {
    ctx.error('idNumber', `身份证号 ${ctx.cell('idNumber')} 不在会员名册中，请核对，或删去身份证号按名册外人员登记`);
    return null;
  } else if (family) {
    ctx.error('name', `“${memberName}”不在会员名册中：家属慰问须对应一名会员。请先在会员名册中添加此人，或改写为慰问对象本人的姓名`);
    return null;
  } else {
    recipientName = nameText;
    recipientRelation = recipientRelation ?? (department || null);
    ctx.warn('name', `“${nameText}”不在会员名册中，按名册外人员（如退休教职工、家属）登记${recipientRelation ? `，身份：${recipientRelation}` : ''}`);
  }

  const dateText = ctx.cell('visitDate');
  const day = parseDay(dateText);
  if (!day.ok) ctx.error('visitDate', day.message);
  else if (day.value > state.today) ctx.error('visitDate', `慰问日期 ${formatDateCn(day.value)} 晚于今天，不能登记未发生的慰问`);

  const reasonText = ctx.cell('reason').replace(/\s+/g, '');
  let reason = reasonText;
  if (reasonText === '') ctx.error('reason', '慰问事由为空');
  else {
    const mapped = mapReason(state, reasonText);
    if (mapped) reason = mapped;
    else ctx.warn('reason', `事由“${reasonText}”不在慰问事由列表中（${state.reasons.join('、')}），按原文导入，不对照慰问标准`);
  }

  const amountFen = money(ctx, 'amount');
  const goodsValueFen = money(ctx, 'goodsValue');
  if (amountFen === null || goodsValueFen === null || !day.ok || day.value > state.today || reasonText === '') return null;

  const parsed = rowSchema.safeParse({
    memberId,
    recipientName,
    recipientRelation,
    visitDate: day.value,
    reason,
    amountFen,
    goods: ctx.cell('goods'),
    goodsValueFen,
    visitors: ctx.cell('visitors'),
    evidence: splitList(ctx.cell('evidence')).slice(0, 10),
    notes: ctx.cell('notes'),
    overStandardConfirmed: true,
    overStandardNote: overStandardNote(ctx.cell('overStandard')),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field: Field =
        key === 'amountFen' ? 'amount' : key === 'goodsValueFen' ? 'goodsValue' : key === 'recipientName' ? 'name' : key === 'recipientRelation' ? 'relation' : key === 'visitDate' ? 'visitDate' : (FIELDS as readonly string[]).includes(key) ? (key as Field) : 'notes';
      ctx.error(field, issue.message.startsWith(LABELS[field].slice(0, 2)) ? issue.message : `${LABELS[field]}${issue.message}`);
    }
    return null;
  }
  const data = parsed.data;
  const year = data.visitDate.slice(0, 4);
  const key = countKey(data.memberId, data.recipientName, data.reason, year);
  const standard = state.standards.find((s) => s.reason === data.reason) ?? null;
  const summary = `${who} · ${formatDateCn(data.visitDate)} · ${data.reason} · ${formatFen(data.amountFen)}${data.goods ? ` · ${data.goods}` : ''}`;
  if (state.existing.has(sameKey(data))) {
    return { data: { data, department: storedDepartment, problems: [] }, action: 'unchanged' as const, summary: `${summary}（已有相同记录，不重复导入）` };
  }
  state.existing.add(sameKey(data));
  const before = state.counts.get(key) ?? 0;
  state.counts.set(key, before + 1);
  const problems = standardProblems(standard, data, before);
  if (problems.length > 0) ctx.warn('amount', `超出慰问标准：${problems.join('；')}。导入后标记为“超标准”`);
  if (data.overStandardNote === null || problems.length === 0) data.overStandardNote = problems.length ? data.overStandardNote : null;
  const planned: Planned = { data, department: storedDepartment, problems };
  return { data: planned, action: 'create' as const, summary };
}

export const visitsImport = defineRecordSet<Field, Planned, State>({
  set: 'visits',
  recordsWord: '慰问记录',
  fields: FIELDS,
  labels: LABELS,
  synonyms: SYNONYMS,
  keyField: 'name',
  required: ['name', 'visitDate', 'reason'],
  begin: (db) => begin(db),
  checkRow,
  table: 'welfare_visits',
  insert(db, _state, now) {
    const insert = visitInserter(db, now);
    return (v) => insert({ data: v.data, department: v.department, batchId: null, problems: v.problems });
  },
  // No undo blocker: nothing points at a visit but its own batch; a visit printed on a sign-off
  // sheet is still the import's.
  template: {
    fileName: '慰问登记表导入模板.xlsx',
    sheetName: '慰问登记表',
    title: '慰问登记表（导入模板）',
    columns: [
      { field: 'name', header: '慰问对象', example: '张三', width: 14 },
      { field: 'department', header: '部门/身份', example: '语文组', width: 14 },
      { field: 'idNumber', header: '身份证号', example: '', width: 21 },
      { field: 'visitDate', header: '慰问日期', example: '2026-03-01', width: 12 },
      { field: 'reason', header: '慰问事由', example: '生病住院', width: 12 },
      { field: 'amount', header: '慰问金（元）', example: '800', width: 12 },
      { field: 'goods', header: '慰问品', example: '水果篮', width: 16 },
      { field: 'goodsValue', header: '慰问品价值（元）', example: '100', width: 14 },
      { field: 'visitors', header: '走访人员', example: '李主席、王委员', width: 16 },
      { field: 'notes', header: '备注', example: '', width: 24 },
    ],
    notes: [
      '慰问对象填写会员姓名；同名会员请在“部门/身份”列写明部门，或填写身份证号。慰问会员家属写作“李四（张三的母亲）”。',
      '不在会员名册中的人（如退休教职工）照常填写姓名，并在“部门/身份”列写明身份，导入后作为名册外人员登记。',
      '慰问日期可写作 2026-03-01、2026.3.1、2026年3月1日 或 3/1/2026，不能晚于今天。',
      '慰问事由从以下选择：生病住院、住院手术、结婚、生育、直系亲属去世、会员去世、退休、困难帮扶、春节慰问、教师节慰问、金秋助学、其他（以本单位“慰问标准”为准）。',
      '慰问金可写作 1200、1,200.00、¥1200、1200元 或 0.12万；超出慰问标准的行在导入前列出，导入后标记为“超标准”。',
    ],
  },
});
