/**
 * 校务公开 / 公示: notices, their objections (异议), board issues (校务公开栏 第N期) and the area's
 * settings. One definition each, used by the forms, the API validation and the services.
 */
import { z } from 'zod';
import { idSchema, isoDate, optionalDate, optionalText, requiredText } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';

/**
 * The Chinese name of each input field, registered for the `disclosure.` methods only (the scope
 * below), so they cannot relabel another area's fields. The area-specific keys (noticeTitle, not
 * title) are the API's field names and stay as they are.
 */
export const DISCLOSURE_FIELD_LABELS = {
  noticeTitle: '公示标题',
  noticeCategory: '公开类别',
  noticeScope: '公开范围',
  noticeKind: '公开形式',
  responsibleUnit: '责任部门',
  noticeBody: '公示内容',
  publishDate: '发布日期',
  periodWorkingDays: '公示天数（工作日）',
  periodEndDate: '公示期截止日期',
  objectionContact: '异议受理方式',
  noticeIssuer: '发布单位',
  stateDate: '日期',
  stateNote: '说明',
  withdrawReason: '撤回原因',
  objectionReceivedOn: '收到日期',
  objectorName: '异议人姓名',
  objectorContact: '异议人联系方式',
  objectionContent: '异议内容',
  objectionHandling: '处理情况',
  objectionResult: '处理结果',
  objectionResolvedOn: '办结日期',
  issueNumber: '期号',
  issueDate: '出版日期',
  noticeIds: '本期公示',
  defaultWorkingDays: '默认公示天数（工作日）',
  noticeCategories: '公开类别',
  defaultObjectionContact: '默认异议受理方式',
  issuingBody: '发布单位',
} as const;
registerFieldLabels(DISCLOSURE_FIELD_LABELS, 'disclosure.');

export const DEFAULT_CATEGORIES = [
  '招生',
  '收费',
  '财务收支',
  '干部任免与教师管理',
  '评先评优',
  '职称评定',
  '绩效工资',
  '基建工程与采购',
  '重大决策',
  '其他',
] as const;

export const SCOPES = ['对内', '对外', '对内对外'] as const;
export const SCOPE_HINTS: Record<(typeof SCOPES)[number], string> = {
  对内: '对内（教职工）',
  对外: '对外（社会公众）',
  对内对外: '对内对外',
};
export const KINDS = ['长期', '定期', '即时'] as const;

/** What is stored: the steps a person takes. 公示中 / 公示期满 follow from the dates. */
export const STORED_STATES = ['草稿', '已审核', '已发布', '已撤回', '已归档'] as const;
/** What the user sees. 待公示: published with a publish date still ahead. */
export const NOTICE_STATES = ['草稿', '已审核', '待公示', '公示中', '公示期满', '已撤回', '已归档'] as const;
export type StoredState = (typeof STORED_STATES)[number];
export type NoticeState = (typeof NOTICE_STATES)[number];

export const OBJECTION_STATUSES = ['待处理', '已办结', '匿名未受理'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

export const MAX_BODY_CHARS = 400_000;

const scopeSchema = z.enum(SCOPES, '公开范围只能是 对内、对外、对内对外 之一');
const kindSchema = z.enum(KINDS, '公开形式只能是 长期、定期、即时 之一');
const workingDaysSchema = z.number('请填写公示天数').int('公示天数应为整数').min(1, '公示天数至少 1 个工作日').max(60, '公示天数不能超过 60 个工作日');

export const noticeInputSchema = z
  .object({
    noticeTitle: requiredText(100),
    noticeCategory: requiredText(20),
    noticeScope: scopeSchema,
    noticeKind: kindSchema,
    responsibleUnit: optionalText(50),
    noticeBody: z.string().max(MAX_BODY_CHARS, '公示内容过长（超过 40 万字符），请拆分为几则公示'),
    publishDate: isoDate,
    periodWorkingDays: workingDaysSchema,
    /** Given only when the user overrides the computed end. */
    periodEndDate: optionalDate(),
    objectionContact: optionalText(200),
    noticeIssuer: optionalText(60),
  })
  .superRefine((v, ctx) => {
    if (v.periodEndDate && v.periodEndDate < v.publishDate) {
      ctx.addIssue({ code: 'custom', path: ['periodEndDate'], message: '公示期截止日期不能早于发布日期' });
    }
  });
export type NoticeInput = z.input<typeof noticeInputSchema>;
export type NoticeData = z.output<typeof noticeInputSchema>;

export const noticeSchema = z.object({
  id: idSchema,
  title: z.string(),
  category: z.string(),
  scope: scopeSchema,
  kind: kindSchema,
  responsibleUnit: z.string().nullable(),
  body: z.string(),
  publishDate: z.string(),
  workingDays: z.number().int(),
  endDate: z.string(),
  endDateOverridden: z.boolean(),
  objectionContact: z.string().nullable(),
  issuer: z.string().nullable(),
  storedState: z.enum(STORED_STATES),
  state: z.enum(NOTICE_STATES),
  withdrawReason: z.string().nullable(),
  openObjections: z.number().int(),
  objectionCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const stateEventSchema = z.object({
  id: idSchema,
  fromState: z.string().nullable(),
  toState: z.string(),
  onDate: z.string(),
  reason: z.string().nullable(),
  recordedAt: z.string(),
});
export type StateEvent = z.infer<typeof stateEventSchema>;

export const objectionInputSchema = z
  .object({
    noticeId: idSchema,
    objectionReceivedOn: isoDate,
    anonymous: z.boolean().default(false),
    objectorName: optionalText(30),
    objectorContact: optionalText(60),
    objectionContent: requiredText(2000),
  })
  .superRefine((v, ctx) => {
    if (!v.anonymous && !v.objectorName) {
      ctx.addIssue({ code: 'custom', path: ['objectorName'], message: '实名提出的异议须填写异议人姓名；不愿留名的请勾选“匿名”' });
    }
  });
export type ObjectionInput = z.input<typeof objectionInputSchema>;

export const objectionUpdateSchema = z.object({
  id: idSchema,
  objectionReceivedOn: isoDate,
  anonymous: z.boolean().default(false),
  objectorName: optionalText(30),
  objectorContact: optionalText(60),
  objectionContent: requiredText(2000),
});

export const resolveObjectionSchema = z.object({
  id: idSchema,
  objectionHandling: requiredText(2000),
  objectionResult: requiredText(500),
  objectionResolvedOn: isoDate,
});
export type ResolveObjectionInput = z.input<typeof resolveObjectionSchema>;

export const objectionSchema = z.object({
  id: idSchema,
  noticeId: idSchema,
  noticeTitle: z.string(),
  receivedOn: z.string(),
  anonymous: z.boolean(),
  objectorName: z.string().nullable(),
  objectorContact: z.string().nullable(),
  content: z.string(),
  handling: z.string().nullable(),
  result: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  status: z.enum(OBJECTION_STATUSES),
  createdAt: z.string(),
});
export type Objection = z.infer<typeof objectionSchema>;

export const noticeDetailSchema = noticeSchema.extend({
  history: z.array(stateEventSchema),
  objections: z.array(objectionSchema),
  issues: z.array(z.object({ id: idSchema, number: z.number().int(), year: z.number().int(), issueDate: z.string() })),
});
export type NoticeDetail = z.infer<typeof noticeDetailSchema>;

export const transitionInputSchema = z.object({
  id: idSchema,
  stateDate: isoDate,
  stateNote: optionalText(200),
});
export const withdrawInputSchema = z.object({
  id: idSchema,
  stateDate: isoDate,
  withdrawReason: requiredText(200),
});
export const publishInputSchema = z.object({
  id: idSchema,
  /** When absent the notice's own publish date is kept. */
  publishDate: optionalDate(),
});

export const registerQuerySchema = z.object({
  year: z.number().int().min(2000).max(2100).nullable().optional(),
  categories: z.array(z.string().max(20)).max(50).optional(),
  scopes: z.array(scopeSchema).max(3).optional(),
  states: z.array(z.enum(NOTICE_STATES)).max(7).optional(),
  search: z.string().max(50).optional(),
});
export type RegisterQuery = z.input<typeof registerQuerySchema>;

export const registerSchema = z.object({
  rows: z.array(noticeSchema),
  years: z.array(z.number().int()),
});

export const issueInputSchema = z.object({
  issueNumber: z.number('请填写期号').int('期号应为整数').min(1, '期号至少为 1').max(999, '期号不能超过 999'),
  issueDate: isoDate,
  noticeIds: z.array(idSchema).max(40, '一期公示栏最多放 40 则公示'),
});
export type IssueInput = z.input<typeof issueInputSchema>;

export const issueSchema = z.object({
  id: idSchema,
  number: z.number().int(),
  year: z.number().int(),
  issueDate: z.string(),
  notices: z.array(noticeSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

const settingsFields = {
  defaultWorkingDays: workingDaysSchema,
  categories: z
    .array(z.string().transform((v) => v.trim()).pipe(z.string().min(1, '类别名称不能为空').max(20, '类别名称不能超过 20 个字')))
    .min(1, '至少保留一个公开类别')
    .max(40, '公开类别不能超过 40 个')
    .refine((list) => new Set(list).size === list.length, '公开类别不能重复'),
  defaultObjectionContact: z
    .string()
    .max(800)
    .transform((v) => v.trim())
    .pipe(z.string().max(200, '不能超过 200 个字')),
  issuingBody: z
    .string()
    .max(240)
    .transform((v) => v.trim())
    .pipe(z.string().max(60, '不能超过 60 个字')),
};

export const disclosureSettingsSchema = z.object({
  defaultWorkingDays: settingsFields.defaultWorkingDays.default(5),
  noticeCategories: settingsFields.categories.default([...DEFAULT_CATEGORIES]),
  defaultObjectionContact: settingsFields.defaultObjectionContact.default(''),
  issuingBody: settingsFields.issuingBody.default(''),
});
/** A patch: zod 4 would fill defaults into a .partial() of the schema above and reset untouched settings. */
export const disclosureSettingsPatchSchema = z.object({
  defaultWorkingDays: settingsFields.defaultWorkingDays.optional(),
  noticeCategories: settingsFields.categories.optional(),
  defaultObjectionContact: settingsFields.defaultObjectionContact.optional(),
  issuingBody: settingsFields.issuingBody.optional(),
});
export type DisclosureSettings = z.output<typeof disclosureSettingsSchema>;
export const disclosureSettingsOutput = z.object({
  defaultWorkingDays: z.number().int(),
  noticeCategories: z.array(z.string()),
  defaultObjectionContact: z.string(),
  issuingBody: z.string(),
});

export const dashboardSchema = z.object({
  today: z.string(),
  inPeriod: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      category: z.string(),
      endDate: z.string(),
      workingDaysLeft: z.number().int(),
      calendarDaysLeft: z.number().int(),
      openObjections: z.number().int(),
    }),
  ),
  upcoming: z.number().int(),
  pendingObjections: z.array(objectionSchema),
  awaitingArchive: z.number().int(),
  yearTotal: z.number().int(),
});
export type DisclosureDashboard = z.infer<typeof dashboardSchema>;

export const exportInputSchema = registerQuerySchema;
export const yearInputSchema = z.object({ year: z.number().int().min(2000).max(2100) });
export const nextIssueNumberSchema = z.object({ year: z.number().int().min(2000).max(2100) });

/** 关于…的公示: the title as printed. A title already in that form is kept as it is. */
export function formalTitle(title: string): string {
  const t = title.trim();
  if (/(公示|公告|通知|公开)$/.test(t)) return t;
  return `关于${t}的公示`;
}
