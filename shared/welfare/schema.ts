/**
 * Welfare visits (慰问 / 送温暖), the hardship register (困难职工档案) and the per-reason standards
 * (慰问标准): one definition per record, used by the forms, the API validation and the services.
 */
import { z } from 'zod';
import { idSchema, isoDate, optionalDate, optionalText, pageInput, requiredText } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';
import { todayIso } from '../domain/dates';
import { MAX_FEN } from '../domain/money';
import { memberStatusSchema } from '../members/schema';

export const WELFARE_FIELD_LABELS = {
  memberId: '会员',
  recipientName: '慰问对象姓名',
  recipientRelation: '与会员关系/身份',
  visitDate: '慰问日期',
  reason: '慰问事由',
  amountFen: '慰问金',
  goods: '慰问品',
  goodsValueFen: '慰问品价值',
  visitors: '走访人员',
  evidence: '已查验材料',
  overStandardConfirmed: '超标准确认',
  overStandardNote: '超标准说明',
  memberIds: '慰问名单',
  title: '批次名称',
  level: '困难类别',
  mainCause: '主要致困原因',
  secondaryCauses: '次要致困原因',
  householdSize: '家庭人口',
  perCapitaIncomeFen: '家庭人均月收入',
  health: '健康状况',
  housing: '住房情况',
  verifiedOn: '核实日期',
  verifiedBy: '核实人',
  status: '档案状态',
  filedOn: '建档日期',
  statusDate: '状态变更日期',
  statusReason: '变更原因',
  family: '家庭成员',
  relation: '与本人关系',
  birthDate: '出生日期',
  occupation: '工作单位或就读学校',
  monthlyIncomeFen: '月收入',
  capFen: '每次慰问金上限',
  goodsCapFen: '每次慰问品上限',
  cashAllowed: '可发慰问金',
  maxPerYear: '每人每年次数上限',
  items: '慰问标准',
  year: '年度',
  from: '开始日期',
  to: '结束日期',
  batchId: '发放批次',
  name: '姓名',
  notes: '备注',
} as const;
registerFieldLabels(WELFARE_FIELD_LABELS, 'welfare.');

/** The reasons offered by default; the standards table may add or rename reasons. */
export const DEFAULT_WELFARE_REASONS = [
  '生病住院',
  '住院手术',
  '结婚',
  '生育',
  '直系亲属去世',
  '会员去世',
  '退休',
  '困难帮扶',
  '春节慰问',
  '教师节慰问',
  '金秋助学',
  '其他',
] as const;

export const HARDSHIP_LEVELS = ['深度困难', '相对困难', '意外致困'] as const;
export const HARDSHIP_CAUSES = [
  '本人患重病',
  '家庭成员患重病',
  '本人残疾',
  '家庭成员残疾',
  '子女就学',
  '单亲家庭',
  '遭受灾害',
  '意外事故',
  '家庭成员失业',
  '家庭收入低',
  '其他',
] as const;
export const HARDSHIP_STATUSES = ['在档', '脱困', '退出'] as const;

/** A file not re-verified for this many months is due (困难职工档案 动态管理). */
export const REVERIFY_MONTHS = 12;

export const EXAMPLE_STANDARDS_MARKER = '示例标准，请按本单位财务制度调整';

// ---- money ----

/**
 * A whole number with Chinese messages. Built on z.custom because zod 4 issues carry no input, and
 * the shared message mapper reads an invalid_type issue without input as “必须填写”.
 */
export function wholeNumberSchema(min: number, max: number, tooSmall: string, tooBig: string, notWhole = '必须是整数') {
  return z
    .custom<number>((v) => typeof v === 'number' && Number.isFinite(v), '必须是数字')
    .refine((v) => Number.isInteger(v), notWhole)
    .refine((v) => v >= min, tooSmall)
    .refine((v) => v <= max, tooBig);
}

/** Money in the API: whole fen, never negative. */
export function fenSchema() {
  return wholeNumberSchema(0, MAX_FEN, '不能为负数', '金额过大，请核对', '必须是以“分”为单位的整数');
}

/** fen → the plain yuan text a form field shows: 120000 → "1200", 12345 → "123.45". */
export function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`;
}

// ---- dates ----

/** A visit or verification cannot be dated after today. */
export const pastOrTodayDate = isoDate.refine((v) => v <= todayIso(), '日期不能晚于今天');

// ---- standards ----

export const welfareStandardSchema = z.object({
  reason: requiredText(20),
  /** False for reasons paid in goods only (e.g. 退休: 只发慰问品，不发现金). */
  cashAllowed: z.boolean(),
  /** Cash cap per visit in fen; null: no cap set. */
  capFen: fenSchema().nullable(),
  /** Goods value cap per visit in fen; null: no cap set. */
  goodsCapFen: fenSchema().nullable(),
  /** Visits per person per calendar year for this reason; null: no limit. */
  maxPerYear: wholeNumberSchema(1, 50, '次数上限至少为 1', '次数上限不能超过 50').nullable(),
  /** Papers to see before paying, e.g. 住院证明. */
  evidence: z.array(requiredText(20)).max(10, '查验材料最多 10 项'),
});
export type WelfareStandard = z.output<typeof welfareStandardSchema>;

const yuan = (n: number) => n * 100;

/** A sensible starting table (one province's published rules); the branch must adjust it. */
export const EXAMPLE_STANDARDS: WelfareStandard[] = [
  { reason: '生病住院', cashAllowed: true, capFen: yuan(1000), goodsCapFen: null, maxPerYear: 2, evidence: ['住院证明', '诊断证明'] },
  { reason: '住院手术', cashAllowed: true, capFen: yuan(1000), goodsCapFen: null, maxPerYear: 2, evidence: ['住院证明', '手术记录'] },
  { reason: '结婚', cashAllowed: true, capFen: yuan(600), goodsCapFen: null, maxPerYear: 1, evidence: ['结婚证'] },
  { reason: '生育', cashAllowed: true, capFen: yuan(600), goodsCapFen: null, maxPerYear: 1, evidence: ['出生医学证明'] },
  { reason: '直系亲属去世', cashAllowed: true, capFen: yuan(1000), goodsCapFen: null, maxPerYear: 2, evidence: ['死亡证明', '亲属关系证明'] },
  { reason: '会员去世', cashAllowed: true, capFen: yuan(2000), goodsCapFen: null, maxPerYear: 1, evidence: ['死亡证明'] },
  { reason: '退休', cashAllowed: false, capFen: null, goodsCapFen: yuan(1000), maxPerYear: 1, evidence: ['退休审批表'] },
  { reason: '困难帮扶', cashAllowed: true, capFen: yuan(2000), goodsCapFen: null, maxPerYear: 2, evidence: ['困难职工档案', '收入证明'] },
  { reason: '春节慰问', cashAllowed: true, capFen: yuan(1000), goodsCapFen: yuan(500), maxPerYear: 1, evidence: [] },
  { reason: '教师节慰问', cashAllowed: true, capFen: yuan(500), goodsCapFen: yuan(300), maxPerYear: 1, evidence: [] },
  { reason: '金秋助学', cashAllowed: true, capFen: yuan(2000), goodsCapFen: null, maxPerYear: 1, evidence: ['录取通知书', '学生证'] },
  { reason: '其他', cashAllowed: true, capFen: yuan(500), goodsCapFen: null, maxPerYear: null, evidence: [] },
];

function uniqueReasons(items: WelfareStandard[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.reason)) ctx.addIssue({ code: 'custom', path: [i, 'reason'], message: `慰问事由“${item.reason}”重复` });
    seen.add(item.reason);
  });
}

export const standardItemsSchema = z
  .array(welfareStandardSchema)
  .min(1, '至少保留一项慰问事由')
  .max(50, '慰问事由最多 50 项')
  .superRefine(uniqueReasons);

/** Stored under settings key 'welfare'. isExample stays true until the user saves their own table. */
export const welfareSettingsSchema = z.object({
  isExample: z.boolean().default(true),
  items: standardItemsSchema.default(() => EXAMPLE_STANDARDS.map((s) => ({ ...s, evidence: [...s.evidence] }))),
});
export type WelfareSettings = z.output<typeof welfareSettingsSchema>;

export const standardsOutput = z.object({
  isExample: z.boolean(),
  marker: z.string().nullable(),
  items: z.array(welfareStandardSchema),
});
export type StandardsView = z.output<typeof standardsOutput>;

export const standardsUpdateInput = z.object({ items: standardItemsSchema });
export type StandardsUpdateInput = z.input<typeof standardsUpdateInput>;

// ---- visits ----

const visitFields = {
  visitDate: pastOrTodayDate,
  reason: requiredText(20),
  amountFen: fenSchema(),
  goods: optionalText(200),
  goodsValueFen: fenSchema(),
  visitors: optionalText(100),
  notes: optionalText(500),
  /** The user saw the over-standard warning and chose to go ahead. */
  overStandardConfirmed: z.boolean().default(false),
  overStandardNote: optionalText(200),
};

export const visitInputSchema = z
  .object({
    /** The member visited, or whose family member is visited; null for a person not in the register. */
    memberId: idSchema.nullable(),
    /** A family member of the member, or a person not in the register (e.g. a retiree). */
    recipientName: optionalText(50),
    /** 母亲, 配偶, 退休教师 … */
    recipientRelation: optionalText(30),
    evidence: z.array(requiredText(20)).max(10, '查验材料最多 10 项').default([]),
    ...visitFields,
  })
  .superRefine((v, ctx) => {
    if (v.memberId === null && !v.recipientName) {
      ctx.addIssue({ code: 'custom', path: ['recipientName'], message: '请选择会员，或填写不在会员名册中的慰问对象姓名' });
    }
    if (v.goodsValueFen > 0 && !v.goods) {
      ctx.addIssue({ code: 'custom', path: ['goods'], message: '填写了慰问品价值，请写明慰问品' });
    }
    if (v.amountFen === 0 && v.goodsValueFen === 0 && !v.goods) {
      ctx.addIssue({ code: 'custom', path: ['amountFen'], message: '慰问金和慰问品至少填写一项' });
    }
  });
export type VisitInput = z.input<typeof visitInputSchema>;
export type VisitData = z.output<typeof visitInputSchema>;

export const visitSchema = z.object({
  id: idSchema,
  memberId: idSchema.nullable(),
  memberName: z.string().nullable(),
  memberStatus: memberStatusSchema.nullable(),
  recipientName: z.string().nullable(),
  recipientRelation: z.string().nullable(),
  /** Who the visit is shown as: the member, or the named person (with the member for family). */
  displayName: z.string(),
  department: z.string().nullable(),
  visitDate: z.string(),
  reason: z.string(),
  amountFen: z.number().int(),
  goods: z.string().nullable(),
  goodsValueFen: z.number().int(),
  visitors: z.string().nullable(),
  evidence: z.array(z.string()),
  notes: z.string().nullable(),
  batchId: idSchema.nullable(),
  overStandard: z.boolean(),
  overStandardReasons: z.string().nullable(),
  overStandardNote: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Visit = z.infer<typeof visitSchema>;

export const visitListQuerySchema = z.object({
  year: z.number().int().min(1990).max(2100).optional(),
  from: optionalDate(),
  to: optionalDate(),
  reasons: z.array(z.string().max(20)).max(50).optional(),
  departments: z.array(z.string().max(50)).max(200).optional(),
  memberId: idSchema.optional(),
  batchId: idSchema.optional(),
  /** Name of the member or of the person visited. */
  search: z.string().max(50).optional(),
  overStandardOnly: z.boolean().optional(),
  ...pageInput,
});
export type VisitListQuery = z.input<typeof visitListQuerySchema>;

export const visitListSchema = z.object({
  rows: z.array(visitSchema),
  total: z.number().int(),
  amountFen: z.number().int(),
  goodsValueFen: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type VisitList = z.infer<typeof visitListSchema>;

export const standardCheckInput = z.object({
  memberId: idSchema.nullable(),
  recipientName: optionalText(50),
  visitDate: isoDate,
  reason: requiredText(20),
  amountFen: fenSchema(),
  goodsValueFen: fenSchema(),
  /** The visit being edited, left out of the yearly count. */
  excludeVisitId: idSchema.optional(),
});
export type StandardCheckInput = z.input<typeof standardCheckInput>;

export const standardCheckSchema = z.object({
  standard: welfareStandardSchema.nullable(),
  /** Times this person was already visited for this reason in the visit's year. */
  countThisYear: z.number().int(),
  problems: z.array(z.string()),
});
export type StandardCheck = z.infer<typeof standardCheckSchema>;

// ---- batches ----

export const batchInputSchema = z.object({
  title: optionalText(60),
  memberIds: z.array(idSchema).min(1, '请至少选择一名慰问对象').max(2000, '一次最多 2000 人'),
  ...visitFields,
});
export type BatchInput = z.input<typeof batchInputSchema>;

export const batchSchema = z.object({
  id: idSchema,
  title: z.string(),
  visitDate: z.string(),
  reason: z.string(),
  visits: z.number().int(),
  amountFen: z.number().int(),
  goodsValueFen: z.number().int(),
  overStandard: z.number().int(),
  createdAt: z.string(),
});
export type Batch = z.infer<typeof batchSchema>;

export const batchResultSchema = batchSchema.extend({ visitIds: z.array(idSchema) });

export const peopleQuerySchema = z.object({
  statuses: z.array(memberStatusSchema).max(5).optional(),
  departments: z.array(z.string().max(50)).max(200).optional(),
  /** Only members with a hardship file in 在档. */
  hardshipOnly: z.boolean().optional(),
});
export type PeopleQuery = z.input<typeof peopleQuerySchema>;

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  department: z.string().nullable(),
  status: memberStatusSchema,
  hardshipLevel: z.enum(HARDSHIP_LEVELS).nullable(),
});
export type Person = z.infer<typeof personSchema>;

// ---- hardship register ----

export const hardshipLevelSchema = z.enum(HARDSHIP_LEVELS, '困难类别只能是 深度困难、相对困难、意外致困 之一');
export const hardshipCauseSchema = z.enum(HARDSHIP_CAUSES, '请从列表中选择致困原因');
export const hardshipStatusSchema = z.enum(HARDSHIP_STATUSES, '档案状态只能是 在档、脱困、退出 之一');

export const familyMemberInputSchema = z.object({
  name: requiredText(30),
  relation: requiredText(20),
  birthDate: optionalDate(),
  occupation: optionalText(60),
  monthlyIncomeFen: fenSchema(),
  health: optionalText(60),
});
export type FamilyMemberInput = z.input<typeof familyMemberInputSchema>;

export const hardshipInputSchema = z
  .object({
    memberId: idSchema,
    level: hardshipLevelSchema,
    mainCause: hardshipCauseSchema,
    secondaryCauses: z.array(hardshipCauseSchema).max(3, '次要致困原因最多选 3 项').default([]),
    householdSize: wholeNumberSchema(1, 30, '家庭人口至少 1 人', '家庭人口不能超过 30 人'),
    perCapitaIncomeFen: fenSchema(),
    health: optionalText(200),
    housing: optionalText(200),
    filedOn: pastOrTodayDate,
    verifiedOn: pastOrTodayDate,
    verifiedBy: requiredText(50),
    status: hardshipStatusSchema.default('在档'),
    statusDate: optionalDate(),
    statusReason: optionalText(200),
    notes: optionalText(500),
    family: z.array(familyMemberInputSchema).max(30, '家庭成员最多 30 人').default([]),
  })
  .superRefine((v, ctx) => {
    if (v.secondaryCauses.includes(v.mainCause)) {
      ctx.addIssue({ code: 'custom', path: ['secondaryCauses'], message: '次要原因不能与主要原因相同' });
    }
    if (new Set(v.secondaryCauses).size !== v.secondaryCauses.length) {
      ctx.addIssue({ code: 'custom', path: ['secondaryCauses'], message: '次要原因有重复' });
    }
    if (v.status !== '在档' && !v.statusDate) {
      ctx.addIssue({ code: 'custom', path: ['statusDate'], message: `档案状态为“${v.status}”时请填写${v.status}日期` });
    }
    if (v.statusDate && v.statusDate < v.filedOn) {
      ctx.addIssue({ code: 'custom', path: ['statusDate'], message: '状态变更日期不能早于建档日期' });
    }
    if (v.verifiedOn < v.filedOn) {
      ctx.addIssue({ code: 'custom', path: ['verifiedOn'], message: '核实日期不能早于建档日期' });
    }
    if (v.family.length > v.householdSize) {
      ctx.addIssue({ code: 'custom', path: ['family'], message: `家庭成员 ${v.family.length} 人，多于家庭人口 ${v.householdSize} 人` });
    }
  });
export type HardshipInput = z.input<typeof hardshipInputSchema>;
export type HardshipData = z.output<typeof hardshipInputSchema>;

export const familyMemberSchema = z.object({
  id: idSchema,
  name: z.string(),
  relation: z.string(),
  birthDate: z.string().nullable(),
  occupation: z.string().nullable(),
  monthlyIncomeFen: z.number().int(),
  health: z.string().nullable(),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const hardshipFileSchema = z.object({
  id: idSchema,
  memberId: idSchema,
  memberName: z.string(),
  department: z.string().nullable(),
  memberStatus: memberStatusSchema,
  level: hardshipLevelSchema,
  mainCause: hardshipCauseSchema,
  secondaryCauses: z.array(hardshipCauseSchema),
  householdSize: z.number().int(),
  perCapitaIncomeFen: z.number().int(),
  health: z.string().nullable(),
  housing: z.string().nullable(),
  filedOn: z.string(),
  verifiedOn: z.string(),
  verifiedBy: z.string(),
  status: hardshipStatusSchema,
  statusDate: z.string().nullable(),
  statusReason: z.string().nullable(),
  notes: z.string().nullable(),
  /** 在档 and last verified more than REVERIFY_MONTHS ago. */
  reverifyDue: z.boolean(),
  /** The day the next verification is due. */
  reverifyBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HardshipFile = z.infer<typeof hardshipFileSchema>;

export const hardshipDetailSchema = hardshipFileSchema.extend({
  family: z.array(familyMemberSchema),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  gender: z.string().nullable(),
  birthDate: z.string().nullable(),
  /** Visits to this member in the last three years, newest first. */
  recentVisits: z.array(z.object({ visitDate: z.string(), reason: z.string(), amountFen: z.number().int(), goods: z.string().nullable() })),
});
export type HardshipDetail = z.infer<typeof hardshipDetailSchema>;

export const hardshipListQuerySchema = z.object({
  statuses: z.array(hardshipStatusSchema).max(3).optional(),
  levels: z.array(hardshipLevelSchema).max(3).optional(),
  search: z.string().max(50).optional(),
  dueOnly: z.boolean().optional(),
});
export type HardshipListQuery = z.input<typeof hardshipListQuerySchema>;

export const reverifyInputSchema = z.object({
  id: idSchema,
  verifiedOn: pastOrTodayDate,
  verifiedBy: requiredText(50),
  notes: optionalText(200),
});
export type ReverifyInput = z.input<typeof reverifyInputSchema>;

// ---- statistics ----

const countsShape = {
  visits: z.number().int(),
  people: z.number().int(),
  households: z.number().int(),
  amountFen: z.number().int(),
  goodsValueFen: z.number().int(),
};

export const welfareStatsSchema = z.object({
  year: z.number().int(),
  totals: z.object({ ...countsShape, overStandard: z.number().int() }),
  /** Households of the hardship register (or visited for 困难帮扶) and the cash they received. */
  hardship: z.object({ households: z.number().int(), amountFen: z.number().int() }),
  byMonth: z.array(z.object({ month: z.number().int(), ...countsShape })),
  byReason: z.array(z.object({ reason: z.string(), ...countsShape })),
  byDepartment: z.array(z.object({ department: z.string(), ...countsShape })),
  /** Years that have visits, newest first (for the year picker). */
  years: z.array(z.number().int()),
  hardshipFiles: z.object({ active: z.number().int(), reverifyDue: z.number().int() }),
});
export type WelfareStats = z.infer<typeof welfareStatsSchema>;

/** Year-on-year totals (历年对比), newest first. */
export const yearlyTotalsSchema = z.array(z.object({ year: z.number().int(), ...countsShape }));
export type YearlyTotals = z.infer<typeof yearlyTotalsSchema>;

export const memberVisitsSchema = z.object({
  visits: z.array(visitSchema),
  byYear: z.array(z.object({ year: z.number().int(), visits: z.number().int(), amountFen: z.number().int(), goodsValueFen: z.number().int() })),
  hardship: hardshipFileSchema.nullable(),
});
export type MemberVisits = z.infer<typeof memberVisitsSchema>;

// ---- documents ----

export const rangeInputSchema = z
  .object({
    batchId: idSchema.optional(),
    from: optionalDate(),
    to: optionalDate(),
    reasons: z.array(z.string().max(20)).max(50).optional(),
    /** Leave out visits without cash (goods only) from the sign-off sheet. */
    cashOnly: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.batchId && (!v.from || !v.to)) ctx.addIssue({ code: 'custom', path: ['from'], message: '请选择发放批次，或填写开始和结束日期' });
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
  });
export type RangeInput = z.input<typeof rangeInputSchema>;

export const signoffSheetSchema = z.object({
  title: z.string(),
  /** 2026年春节慰问（批次） or 2026年1月1日至2026年1月31日. */
  scope: z.string(),
  orgName: z.string(),
  rows: z.array(
    z.object({
      no: z.number().int(),
      name: z.string(),
      department: z.string(),
      reason: z.string(),
      visitDate: z.string(),
      amountFen: z.number().int(),
      goods: z.string().nullable(),
      goodsValueFen: z.number().int(),
    }),
  ),
  totalFen: z.number().int(),
  totalCapital: z.string(),
  goodsValueFen: z.number().int(),
});
export type SignoffSheet = z.infer<typeof signoffSheetSchema>;

export const exportInputSchema = z
  .object({
    year: z.number().int().min(1990).max(2100).optional(),
    from: optionalDate(),
    to: optionalDate(),
  })
  .refine((v) => v.year !== undefined || (v.from && v.to), { message: '请选择年度，或填写开始和结束日期', path: ['year'] });
export type ExportInput = z.input<typeof exportInputSchema>;
