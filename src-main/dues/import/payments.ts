/**
 * 会费收缴记录 → dues_payments, from registers headed 姓名, 月份, 金额 (and 部门, 身份证号, 缴纳日期,
 * 缴纳方式, 备注, with their common variants). A row's member is found by ID, else by name narrowed by
 * department. A month the member was not on the roll (had left or not yet joined), a month paid
 * twice (in the store or earlier in the file), a negative or letter-filled amount: each refuses its
 * row with a Chinese message. A row the store already holds exactly is left as it is.
 */
import { formatDateCn, todayIso } from '../../../shared/domain/dates';
import { formatFen } from '../../../shared/domain/money';
import { normalizeName, toHalfWidth, trimAll } from '../../../shared/domain/text';
import { parseMonths } from '../../../shared/dues/months';
import { DUES_METHODS, monthlyDueFen, type DuesSettings } from '../../../shared/dues/schema';
import type { ImportOptions } from '../../../shared/import/schema';
import { parseDay, parseMoneyFen } from '../../../shared/import/values';
import type { Db } from '../../db/types';
import { defineRecordSet, type RowContext } from '../../import/definition';
import { describeMembers, MemberIndex } from '../../import/people';
import { monthEnd, duesMember, type DuesMember } from '../roll';
import { monthProblem, monthsText, paidMonths, paymentInserter, type PaidMonth, type PaymentWrite } from '../payments';
import { getDuesSettings } from '../settings';

const FIELDS = ['name', 'department', 'idNumber', 'month', 'amount', 'paidOn', 'method', 'notes'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  name: '姓名',
  department: '部门',
  idNumber: '身份证号',
  month: '月份',
  amount: '金额',
  paidOn: '缴纳日期',
  method: '缴纳方式',
  notes: '备注',
};

const SYNONYMS: Record<Field, readonly string[]> = {
  name: ['姓名', '会员姓名', '教职工姓名', '职工姓名', '名字', '缴费人', '会员'],
  department: ['部门', '所在部门', '科室', '教研组', '年级组', '单位'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证'],
  month: ['月份', '所属月份', '缴费月份', '缴纳月份', '会费月份', '月度', '期间', '所缴月份', '缴费期间', '季度'],
  amount: ['金额', '会费', '会费金额', '缴费金额', '缴纳金额', '实缴金额', '实缴', '实缴会费', '应缴会费', '会费元'],
  paidOn: ['缴纳日期', '缴费日期', '收缴日期', '日期', '缴纳时间', '收款日期'],
  method: ['缴纳方式', '缴费方式', '收缴方式', '方式', '支付方式'],
  notes: ['备注', '说明'],
};

const METHOD_ALIASES: Record<string, (typeof DUES_METHODS)[number]> = {
  代扣: '工资代扣',
  工资扣: '工资代扣',
  扣工资: '工资代扣',
  工资扣缴: '工资代扣',
  财务代扣: '工资代扣',
  转账: '银行转账',
  银行: '银行转账',
  银行卡: '银行转账',
  网银: '银行转账',
  微信支付: '微信',
  微信转账: '微信',
  现金缴纳: '现金',
};

interface State {
  members: MemberIndex;
  settings: DuesSettings;
  defaultYear: number | null;
  today: string;
  /** Per member and year: the months owed (loaded on first use). */
  rolls: Map<string, DuesMember | null>;
  /** Per year: months already paid in the store, then those met earlier in the file. */
  paid: Map<number, Map<number, Map<number, PaidMonth>>>;
  bases: Map<number, Map<number, number>>;
  /** Records the store already holds exactly (re-importing adds nothing twice). */
  existing: Set<string>;
  db: Db;
}

const sameKey = (w: Pick<PaymentWrite, 'memberId' | 'year' | 'monthFrom' | 'monthTo' | 'amountFen'>) => [w.memberId, w.year, w.monthFrom, w.monthTo, w.amountFen].join('|');

function begin(db: Db, options: ImportOptions): State {
  const existing = new Set<string>();
  for (const r of db
    .prepare<[], { member_id: number; year: number; month_from: number; month_to: number; amount_fen: number }>('SELECT member_id, year, month_from, month_to, amount_fen FROM dues_payments')
    .iterate()) {
    existing.add(sameKey({ memberId: r.member_id, year: r.year, monthFrom: r.month_from, monthTo: r.month_to, amountFen: r.amount_fen }));
  }
  return { db, members: new MemberIndex(db), settings: getDuesSettings(db), defaultYear: options.year ?? null, today: todayIso(), rolls: new Map(), paid: new Map(), bases: new Map(), existing };
}

function rollOf(state: State, memberId: number, year: number): DuesMember | null {
  const key = `${memberId}|${year}`;
  if (!state.rolls.has(key)) state.rolls.set(key, duesMember(state.db, memberId, year));
  return state.rolls.get(key)!;
}

function paidOf(state: State, year: number): Map<number, Map<number, PaidMonth>> {
  let p = state.paid.get(year);
  if (!p) {
    p = paidMonths(state.db, year);
    state.paid.set(year, p);
  }
  return p;
}

function baseOf(state: State, memberId: number, year: number): number | null {
  let b = state.bases.get(year);
  if (!b) {
    b = new Map(state.db.prepare<[number], { member_id: number; base_fen: number }>('SELECT member_id, base_fen FROM dues_bases WHERE year = ?').all(year).map((r) => [r.member_id, r.base_fen]));
    state.bases.set(year, b);
  }
  return b.get(memberId) ?? null;
}

function mapMethod(text: string): { method: (typeof DUES_METHODS)[number]; known: boolean } {
  const bare = text.replace(/\s+/g, '');
  if (bare === '') return { method: '工资代扣', known: true };
  if ((DUES_METHODS as readonly string[]).includes(bare)) return { method: bare as (typeof DUES_METHODS)[number], known: true };
  const alias = METHOD_ALIASES[bare];
  return alias ? { method: alias, known: true } : { method: '其他', known: false };
}

function amountOf(ctx: RowContext<Field>): number | null | 'blank' {
  const text = trimAll(toHalfWidth(ctx.cell('amount'))).replace(/\s+/g, '');
  if (text === '') return 'blank';
  if (/^[¥￥]?-/.test(text)) {
    ctx.error('amount', `金额“${text}”是负数，会费金额不能为负`);
    return null;
  }
  const parsed = parseMoneyFen(text);
  if (!parsed.ok) {
    ctx.error('amount', parsed.message);
    return null;
  }
  if (parsed.value === 0) {
    ctx.error('amount', '金额为 0：没有缴纳的月份不必登记');
    return null;
  }
  return parsed.value;
}

function checkRow(state: State, ctx: RowContext<Field>) {
  const name = normalizeName(ctx.raw('name'));
  if (name === '') {
    ctx.error('name', '姓名为空：这一行有其他内容，但没有写是谁缴的会费');
    return null;
  }
  const match = state.members.find(name, ctx.cell('department'), ctx.cell('idNumber'));
  let memberId: number | null = null;
  if (match.kind === 'found') memberId = match.member.id;
  else if (match.kind === 'ambiguous') ctx.error('name', `姓名“${name}”对应 ${match.members.length} 名会员：${describeMembers(match.members)}。请在“部门”列写明部门，或填写身份证号`);
  else if (match.kind === 'id-unknown') ctx.error('idNumber', `身份证号 ${ctx.cell('idNumber')} 不在会员名册中，请核对`);
  else ctx.error('name', `“${name}”不在会员名册中：会费只能登记给名册中的会员，请先在会员名册中添加此人`);

  const months = parseMonths(ctx.cell('month'), state.defaultYear);
  if (!months.ok) ctx.error('month', months.message);
  const amount = amountOf(ctx);

  let paidOn: string | null = null;
  if (ctx.cell('paidOn') !== '') {
    const day = parseDay(ctx.cell('paidOn'));
    if (!day.ok) ctx.error('paidOn', day.message);
    else if (day.value > state.today) ctx.error('paidOn', `缴纳日期 ${formatDateCn(day.value)} 晚于今天`);
    else paidOn = day.value;
  }
  const method = mapMethod(ctx.cell('method'));
  if (!method.known) ctx.warn('method', `缴纳方式“${ctx.cell('method')}”不在列表中（${DUES_METHODS.join('、')}），按“其他”导入，原文写入备注`);
  if (memberId === null || !months.ok || amount === null || (ctx.cell('paidOn') !== '' && paidOn === null)) return null;

  const member = rollOf(state, memberId, months.year);
  if (!member) {
    ctx.error('name', `找不到会员“${name}”`);
    return null;
  }
  const paid = paidOf(state, months.year);
  let amountFen: number;
  if (amount === 'blank') {
    const monthly = monthlyDueFen(state.settings, baseOf(state, memberId, months.year));
    if (monthly === null) {
      ctx.error('amount', `金额为空，且 ${member.name} 没有 ${months.year} 年的月工资基数，无法按标准计算`);
      return null;
    }
    amountFen = monthly * (months.to - months.from + 1);
    ctx.warn('amount', `金额为空，按会费标准计为 ${formatFen(amountFen)}`);
  } else amountFen = amount;

  const write: PaymentWrite = {
    memberId,
    year: months.year,
    monthFrom: months.from,
    monthTo: months.to,
    amountFen,
    paidOn: paidOn ?? (monthEnd(months.year, months.to) < state.today ? monthEnd(months.year, months.to) : state.today),
    method: method.method,
    notes: [ctx.cell('notes'), method.known ? '' : `缴纳方式：${ctx.cell('method')}`].filter(Boolean).join('；') || null,
  };
  const summary = `${member.name} · ${monthsText(write.year, write.monthFrom, write.monthTo)} · ${formatFen(write.amountFen)} · ${formatDateCn(write.paidOn)} ${write.method}`;
  if (state.existing.has(sameKey(write))) return { data: write, action: 'unchanged' as const, summary: `${summary}（已有相同记录，不重复导入）` };

  const problem = monthProblem(member, write.year, write.monthFrom, write.monthTo, paid.get(memberId));
  if (problem) {
    ctx.error('month', problem);
    return null;
  }
  const mine = paid.get(memberId) ?? new Map<number, PaidMonth>();
  for (let m = write.monthFrom; m <= write.monthTo; m++) mine.set(m, { paidOn: write.paidOn, method: `${write.method}（本文件第 ${ctx.row} 行）`, amountFen: write.amountFen });
  paid.set(memberId, mine);
  const monthly = monthlyDueFen(state.settings, baseOf(state, memberId, write.year));
  const expected = monthly === null ? null : monthly * (write.monthTo - write.monthFrom + 1);
  if (amount !== 'blank' && expected !== null && expected !== write.amountFen) {
    ctx.warn('amount', `按会费标准应缴 ${formatFen(expected)}，本行为 ${formatFen(write.amountFen)}`);
  }
  return { data: write, action: 'create' as const, summary };
}

export const duesImport = defineRecordSet<Field, PaymentWrite, State>({
  set: 'dues',
  recordsWord: '会费收缴记录',
  fields: FIELDS,
  labels: LABELS,
  synonyms: SYNONYMS,
  keyField: 'name',
  required: ['name', 'month'],
  begin,
  checkRow,
  table: 'dues_payments',
  insert: (db, _state, now) => paymentInserter(db, now),
  target: (state) => (state.defaultYear ? `${state.defaultYear}年` : null),
  template: {
    fileName: '会费收缴记录导入模板.xlsx',
    sheetName: '会费收缴记录',
    title: '会费收缴记录（导入模板）',
    columns: [
      { field: 'name', header: '姓名', example: '张三', width: 12 },
      { field: 'department', header: '部门', example: '语文组', width: 12 },
      { field: 'month', header: '月份', example: '2026年3月', width: 16 },
      { field: 'amount', header: '金额（元）', example: '25.5', width: 12 },
      { field: 'paidOn', header: '缴纳日期', example: '2026-03-10', width: 12 },
      { field: 'method', header: '缴纳方式', example: '工资代扣', width: 12 },
      { field: 'notes', header: '备注', example: '', width: 24 },
    ],
    notes: [
      '姓名填写会员姓名；同名会员请在“部门”列写明部门，或加一列“身份证号”。',
      '月份可写作 2026年3月、2026-03、2026.3；一次缴几个月写作 2026年1-3月 或 2026年第一季度（一行只能是同一年的月份）。只写“3月”时，导入时须指定年度。',
      '金额可写作 25.5、¥25.50 或 25.5元；留空时按“设置 → 会费标准”计算（按比例收缴须先填写月工资基数）。',
      '缴纳日期留空时记为所缴最后一个月的月底（不晚于今天）；缴纳方式留空记为“工资代扣”，可写 现金、银行转账、微信、支付宝、其他。',
      '会员不在册的月份（尚未入会或已调出、退休）和已登记过的月份不能再登记，这样的行会列出原因，不会导入。',
    ],
  },
});
