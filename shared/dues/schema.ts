/**
 * 会费收缴 (union dues): the rule (比例 of the monthly salary base, or a fixed amount per member),
 * each member's base for a year, collection records covering one or more months of a year, and the
 * year's ledger with who owes what. One definition per record, used by forms, API and services.
 */
import { z } from 'zod';
import { idSchema, isoDate, optionalText } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';
import { todayIso } from '../domain/dates';
import { memberStatusSchema } from '../members/schema';
import { fenSchema, wholeNumberSchema } from '../welfare/schema';

export const DUES_FIELD_LABELS = {
  year: '年度',
  memberId: '会员',
  memberIds: '会员名单',
  monthFrom: '起始月份',
  monthTo: '截止月份',
  amountFen: '金额',
  paidOn: '缴纳日期',
  method: '缴纳方式',
  notes: '备注',
  items: '缴费基数',
  baseFen: '月工资基数',
  mode: '会费标准',
  rateBp: '缴纳比例',
  fixedFen: '每人每月定额',
  id: '收缴记录',
} as const;
registerFieldLabels(DUES_FIELD_LABELS, 'dues.');

export const DUES_MODES = ['比例', '定额'] as const;
export const DUES_METHODS = ['工资代扣', '现金', '银行转账', '微信', '支付宝', '其他'] as const;

/** 0.5% of the monthly salary base: 50 parts in 10,000 (万分之五十), as the union's rules set it. */
export const DEFAULT_RATE_BP = 50;

export const duesYearSchema = wholeNumberSchema(2000, 2100, '年度不能早于 2000 年', '年度不能晚于 2100 年', '年度应为整数，例如 2026');
const monthSchema = wholeNumberSchema(1, 12, '月份应为 1 到 12', '月份应为 1 到 12', '月份应为整数');

export const duesSettingsSchema = z.object({
  mode: z.enum(DUES_MODES, '会费标准应为“比例”或“定额”').default('比例'),
  /** The share of the base in parts of 10,000: 50 is 0.5%. */
  rateBp: wholeNumberSchema(1, 1000, '缴纳比例至少为 0.01%', '缴纳比例不能超过 10%', '缴纳比例最多精确到 0.01%').default(DEFAULT_RATE_BP),
  /** Fixed monthly amount per member (定额), in fen. */
  fixedFen: fenSchema().default(0),
});
export type DuesSettings = z.infer<typeof duesSettingsSchema>;

export const duesSettingsInput = duesSettingsSchema.superRefine((v, ctx) => {
  if (v.mode === '定额' && v.fixedFen <= 0) ctx.addIssue({ code: 'custom', path: ['fixedFen'], message: '按定额收缴时须填写每人每月金额' });
});

/** The month's dues for one member: 0.5% of the base rounded to the fen (half up), or the fixed amount. */
export function monthlyDueFen(settings: DuesSettings, baseFen: number | null): number | null {
  if (settings.mode === '定额') return settings.fixedFen;
  if (baseFen === null) return null;
  return Math.round((baseFen * settings.rateBp) / 10_000);
}

/** 50 → “0.5%”. */
export function formatRateBp(bp: number): string {
  return `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

export function ruleText(s: DuesSettings): string {
  return s.mode === '定额' ? `每人每月定额 ¥${(s.fixedFen / 100).toFixed(2)}` : `按月工资基数的 ${formatRateBp(s.rateBp)} 缴纳（四舍五入到分）`;
}

// ---- bases ----

export const baseItemSchema = z.object({ memberId: idSchema, baseFen: fenSchema().nullable() });
export const basesInputSchema = z.object({ year: duesYearSchema, items: z.array(baseItemSchema).min(1, '至少填写一人').max(5000) });
export const basesResultSchema = z.object({ saved: z.number().int(), cleared: z.number().int() });
export const copyBasesInput = z.object({ year: duesYearSchema });

// ---- payments ----

const paymentFields = {
  year: duesYearSchema,
  monthFrom: monthSchema,
  monthTo: monthSchema,
  paidOn: isoDate.refine((v) => v <= todayIso(), '缴纳日期不能晚于今天'),
  method: z.enum(DUES_METHODS, `缴纳方式应为：${DUES_METHODS.join('、')}`),
  notes: optionalText(200),
};
const monthsInOrder = (v: { monthFrom: number; monthTo: number }, ctx: z.RefinementCtx) => {
  if (v.monthTo < v.monthFrom) ctx.addIssue({ code: 'custom', path: ['monthTo'], message: '截止月份不能早于起始月份' });
};

export const paymentInputSchema = z.object({ memberId: idSchema, amountFen: fenSchema(), ...paymentFields }).superRefine(monthsInOrder);
export type PaymentInput = z.output<typeof paymentInputSchema>;

/** 按月/按季集中收缴: the same months for many members, each at their own due amount. */
export const collectInputSchema = z
  .object({ memberIds: z.array(idSchema).min(1, '请至少选择一名会员').max(5000), ...paymentFields })
  .superRefine(monthsInOrder);
export type CollectInput = z.output<typeof collectInputSchema>;

export const paymentSchema = z.object({
  id: idSchema,
  memberId: idSchema,
  memberName: z.string(),
  department: z.string().nullable(),
  year: z.number().int(),
  monthFrom: z.number().int(),
  monthTo: z.number().int(),
  amountFen: z.number().int(),
  paidOn: z.string(),
  method: z.string(),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type Payment = z.infer<typeof paymentSchema>;
export const paymentListInput = z.object({ year: duesYearSchema, memberId: idSchema.optional() });

export const collectResultSchema = z.object({ created: z.number().int(), amountFen: z.number().int() });

// ---- the year's ledger ----

/** 已缴 covered by a record; 未缴 due and past; 未到期 due later this year; 非会员 not on the roll that month. */
export const MONTH_STATES = ['已缴', '未缴', '未到期', '非会员'] as const;
export type MonthState = (typeof MONTH_STATES)[number];

export const ledgerRowSchema = z.object({
  memberId: idSchema,
  name: z.string(),
  department: z.string().nullable(),
  status: memberStatusSchema,
  baseFen: z.number().int().nullable(),
  /** Null when the rule is 比例 and no base was entered for the year. */
  monthlyFen: z.number().int().nullable(),
  months: z.array(z.enum(MONTH_STATES)).length(12),
  dueMonths: z.number().int(),
  paidMonths: z.number().int(),
  /** What the months due so far come to (未到期 months not counted). */
  dueFen: z.number().int(),
  paidFen: z.number().int(),
  arrearsFen: z.number().int(),
  unpaidMonths: z.array(z.number().int()),
  /** 2026年3月入会 / 2026年7月起调出: why some months are not due. */
  note: z.string(),
});
export type DuesLedgerRow = z.infer<typeof ledgerRowSchema>;

export const duesTotalsSchema = z.object({
  /** Members with at least one month due in the year. */
  members: z.number().int(),
  paidMembers: z.number().int(),
  arrearsMembers: z.number().int(),
  missingBase: z.number().int(),
  dueFen: z.number().int(),
  amountFen: z.number().int(),
  arrearsFen: z.number().int(),
  payments: z.number().int(),
});
export type DuesTotals = z.infer<typeof duesTotalsSchema>;

export const duesLedgerSchema = z.object({
  year: z.number().int(),
  settings: duesSettingsSchema,
  rule: z.string(),
  /** Months counted as due so far: 12 for a past year, the current month this year, 0 for a later year. */
  throughMonth: z.number().int(),
  rows: z.array(ledgerRowSchema),
  totals: duesTotalsSchema,
  /** Per month: members due, members paid, and the sum of records starting that month. */
  byMonth: z.array(z.object({ month: z.number().int(), due: z.number().int(), paid: z.number().int() })),
});
export type DuesLedger = z.infer<typeof duesLedgerSchema>;

export const duesYearInput = z.object({ year: duesYearSchema });
