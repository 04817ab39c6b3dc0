/**
 * 年度台账 (the year's account): the figures of one year in every area, the 台账检查 list and the
 * detail rows behind each figure. One definition, used by the page, the print view, the CLI and the
 * workbook. Money is integer fen; rates are fractions 0..1, or null when nothing was there to count.
 */
import { z } from 'zod';
import { registerFieldLabels } from '../api/zod-messages';
import { MEMBER_STATUSES } from '../domain/labels';
import { activityFiguresSchema, honourFiguresSchema } from './activities-honours';

export const REPORT_FIELD_LABELS = {
  year: '年份',
  figure: '统计项',
  fullIds: '显示完整身份证号',
} as const;
registerFieldLabels(REPORT_FIELD_LABELS, 'report.');

/** The earliest year the report accepts; registers before it are not kept in this program. */
export const REPORT_MIN_YEAR = 2000;

export function currentYear(now: Date = new Date()): number {
  return now.getFullYear();
}

/** A year of the report: an integer from 2000 to next year (a plan for next year may already exist). */
export const reportYearSchema = z
  .number({ error: (issue) => (issue.input === undefined || issue.input === null ? '必须填写' : '应为数字年份，例如 2026') })
  .int('应为整数年份，例如 2026')
  .min(REPORT_MIN_YEAR, `不能早于 ${REPORT_MIN_YEAR} 年`)
  .refine((y) => y <= currentYear() + 1, { error: () => `不能晚于 ${currentYear() + 1} 年` });

const labelled = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
const counted = z.object({ label: z.string(), count: z.number().int() });
const rate = z.number().min(0).max(1).nullable();

export const LEFT_STATUSES = MEMBER_STATUSES.filter((s) => s !== '在册');

export const memberFiguresSchema = z.object({
  total: z.number().int(),
  men: z.number().int(),
  women: z.number().int(),
  joined: z.number().int(),
  left: z.number().int(),
  leftByReason: z.array(z.object({ key: z.enum(MEMBER_STATUSES), label: z.string(), count: z.number().int() })),
  byEmployment: z.array(labelled),
  byDepartment: z.array(counted),
  ageBands: z.array(counted),
});
export type MemberFigures = z.infer<typeof memberFiguresSchema>;

export const congressFiguresSchema = z.object({
  sessions: z.number().int(),
  delegates: z.number().int(),
  motions: z.number().int(),
  filed: z.number().int(),
  merged: z.number().int(),
  toSuggestions: z.number().int(),
  rejected: z.number().int(),
  /** Filed motions still waiting for their review decision are in `motions` only. */
  pending: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  unanswered: z.number().int(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  basicallySatisfied: z.number().int(),
  unsatisfied: z.number().int(),
  excellent: z.number().int(),
  votes: z.number().int(),
  votesPassed: z.number().int(),
  replyRate: rate,
  onTimeRate: rate,
  satisfactionRate: rate,
});
export type CongressFigures = z.infer<typeof congressFiguresSchema>;

export const disclosureFiguresSchema = z.object({
  notices: z.number().int(),
  withdrawn: z.number().int(),
  byCategory: z.array(labelled),
  byScope: z.array(labelled),
  boards: z.number().int(),
  objections: z.number().int(),
  objectionsResolved: z.number().int(),
});
export type DisclosureFigures = z.infer<typeof disclosureFiguresSchema>;

export const welfareFiguresSchema = z.object({
  visits: z.number().int(),
  people: z.number().int(),
  households: z.number().int(),
  amountFen: z.number().int(),
  goodsValueFen: z.number().int(),
  byReason: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int(), amountFen: z.number().int() })),
  byMonth: z.array(z.object({ month: z.number().int().min(1).max(12), count: z.number().int(), amountFen: z.number().int() })),
  overStandard: z.number().int(),
  batches: z.number().int(),
  hardshipHouseholds: z.number().int(),
  hardshipByLevel: z.array(labelled),
  hardshipReverified: z.number().int(),
});
export type WelfareFigures = z.infer<typeof welfareFiguresSchema>;

/** 会费收缴 of the year (src-main/dues/ledger.ts): members owing dues, collected, owed so far. */
export const duesFiguresSchema = z.object({
  /** Members with at least one month due in the year. */
  members: z.number().int(),
  paidMembers: z.number().int(),
  /** Collected for the year's months. */
  amountFen: z.number().int(),
  /** Due for the months up to the year's end (or this month, for the current year). */
  dueFen: z.number().int(),
  arrearsFen: z.number().int(),
  arrearsMembers: z.number().int(),
});
export type DuesFigures = z.infer<typeof duesFiguresSchema>;

export const yearFiguresSchema = z.object({
  members: memberFiguresSchema,
  congress: congressFiguresSchema,
  disclosure: disclosureFiguresSchema,
  welfare: welfareFiguresSchema,
  activities: activityFiguresSchema,
  honours: honourFiguresSchema,
  dues: duesFiguresSchema,
});
export type YearFigures = z.infer<typeof yearFiguresSchema>;

export const REPORT_AREAS = ['members', 'congress', 'disclosure', 'welfare', 'activities', 'honours'] as const;
export type ReportArea = (typeof REPORT_AREAS)[number];

export const sentencesSchema = z.object({
  members: z.array(z.string()),
  congress: z.array(z.string()),
  disclosure: z.array(z.string()),
  welfare: z.array(z.string()),
  activities: z.array(z.string()),
  honours: z.array(z.string()),
  dues: z.array(z.string()),
});
export type Sentences = z.infer<typeof sentencesSchema>;

export const orgSchema = z.object({ schoolName: z.string(), unionName: z.string() });

export const yearReportSchema = z.object({
  year: z.number().int(),
  org: orgSchema,
  current: yearFiguresSchema,
  previous: yearFiguresSchema,
  sentences: sentencesSchema,
});
export type YearReport = z.infer<typeof yearReportSchema>;

export const yearsOutput = z.object({ years: z.array(z.number().int()), current: z.number().int() });

export const FIGURE_KEYS = [
  'members.total',
  'members.men',
  'members.women',
  'members.joined',
  'members.left',
  'congress.sessions',
  'congress.delegates',
  'congress.motions',
  'congress.filed',
  'congress.merged',
  'congress.toSuggestions',
  'congress.rejected',
  'congress.answered',
  'congress.answeredOnTime',
  'congress.unanswered',
  'congress.satisfied',
  'congress.basicallySatisfied',
  'congress.unsatisfied',
  'congress.excellent',
  'congress.votes',
  'congress.votesPassed',
  'disclosure.notices',
  'disclosure.withdrawn',
  'disclosure.boards',
  'disclosure.objections',
  'disclosure.objectionsResolved',
  'welfare.visits',
  'welfare.overStandard',
  'welfare.batches',
  'welfare.hardshipHouseholds',
  'welfare.hardshipReverified',
  'activities.count',
  'honours.count',
  'honours.awarded',
  'honours.recommended',
] as const;
export const figureKeySchema = z.enum(FIGURE_KEYS, '未知的统计项');
export type FigureKey = z.infer<typeof figureKeySchema>;

export const FIGURE_LABELS: Record<FigureKey, string> = {
  'members.total': '年末在册会员',
  'members.men': '男',
  'members.women': '女',
  'members.joined': '本年入会',
  'members.left': '本年减少',
  'congress.sessions': '召开教代会',
  'congress.delegates': '代表',
  'congress.motions': '收到提案',
  'congress.filed': '立案',
  'congress.merged': '合并立案',
  'congress.toSuggestions': '转为意见建议',
  'congress.rejected': '不予立案',
  'congress.answered': '已答复',
  'congress.answeredOnTime': '按期答复',
  'congress.unanswered': '未答复',
  'congress.satisfied': '满意',
  'congress.basicallySatisfied': '基本满意',
  'congress.unsatisfied': '不满意',
  'congress.excellent': '优秀提案',
  'congress.votes': '票决事项',
  'congress.votesPassed': '票决通过',
  'disclosure.notices': '发布公示',
  'disclosure.withdrawn': '撤回公示',
  'disclosure.boards': '校务公开栏',
  'disclosure.objections': '收到异议',
  'disclosure.objectionsResolved': '异议已处理',
  'welfare.visits': '慰问人次',
  'welfare.overStandard': '超标准慰问',
  'welfare.batches': '集中慰问批次',
  'welfare.hardshipHouseholds': '在档困难职工',
  'welfare.hardshipReverified': '本年复核困难档案',
  'activities.count': '组织活动',
  'honours.count': '评优评先',
  'honours.awarded': '获评荣誉',
  'honours.recommended': '推荐申报',
};

/** The unit each count figure is read in (「立案 10 件」). */
export const FIGURE_UNITS: Record<FigureKey, string> = {
  'members.total': '人',
  'members.men': '人',
  'members.women': '人',
  'members.joined': '人',
  'members.left': '人',
  'congress.sessions': '次',
  'congress.delegates': '人',
  'congress.motions': '件',
  'congress.filed': '件',
  'congress.merged': '件',
  'congress.toSuggestions': '件',
  'congress.rejected': '件',
  'congress.answered': '件',
  'congress.answeredOnTime': '件',
  'congress.unanswered': '件',
  'congress.satisfied': '件',
  'congress.basicallySatisfied': '件',
  'congress.unsatisfied': '件',
  'congress.excellent': '件',
  'congress.votes': '项',
  'congress.votesPassed': '项',
  'disclosure.notices': '项',
  'disclosure.withdrawn': '项',
  'disclosure.boards': '期',
  'disclosure.objections': '件',
  'disclosure.objectionsResolved': '件',
  'welfare.visits': '人次',
  'welfare.overStandard': '人次',
  'welfare.batches': '批',
  'welfare.hardshipHouseholds': '户',
  'welfare.hardshipReverified': '户',
  'activities.count': '次',
  'honours.count': '项',
  'honours.awarded': '项',
  'honours.recommended': '项',
};

export const yearInputSchema = z.object({ year: reportYearSchema });
export const detailInputSchema = z.object({ year: reportYearSchema, figure: figureKeySchema });
export const ledgerInputSchema = z.object({ year: reportYearSchema, fullIds: z.boolean().optional().default(false) });

export const detailOutput = z.object({
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(z.object({ id: z.string(), cells: z.record(z.string(), z.string()), link: z.string().nullable() })),
});
export type FigureDetail = z.infer<typeof detailOutput>;

export const CHECK_AREAS = ['members', 'congress', 'disclosure', 'welfare', 'dues', 'settings'] as const;
export const checkItemSchema = z.object({
  key: z.string(),
  area: z.enum(CHECK_AREAS),
  ok: z.boolean(),
  title: z.string(),
  detail: z.string(),
  count: z.number().int().nullable(),
  link: z.string(),
});
export type CheckItem = z.infer<typeof checkItemSchema>;
export const checksOutput = z.object({ items: z.array(checkItemSchema) });
