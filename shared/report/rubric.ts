/**
 * 自评 (台账检查 as a self-assessment): the district's rubric (考核细则) as an editable table of
 * items — section, item, points, and how it is judged: by a judge that reads the records (a judge id,
 * see src-main/report/judges.ts) or by hand (the chair's score and note, kept per year).
 */
import { z } from 'zod';
import { optionalText, requiredText } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';
import { wholeNumberSchema } from '../welfare/schema';
import { reportYearSchema } from './schema';

export const RUBRIC_FIELD_LABELS = {
  items: '考核细则',
  key: '考核项目',
  section: '考核类别',
  title: '考核内容',
  points: '分值',
  judge: '评定方式',
  basis: '评分标准',
  score: '得分',
  note: '说明',
} as const;
registerFieldLabels(RUBRIC_FIELD_LABELS, 'report.');

export const rubricItemSchema = z.object({
  /** Stable within the rubric: hand marks of a year are kept under it. */
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, '项目编号只能用小写字母、数字和连字符'),
  section: requiredText(20),
  title: requiredText(60),
  points: wholeNumberSchema(1, 100, '分值至少为 1 分', '分值不能超过 100 分', '分值应为整数'),
  /** A judge id that reads the records; null: judged by hand. */
  judge: z.string().max(40).nullable(),
  basis: optionalText(200),
});
export type RubricItem = z.output<typeof rubricItemSchema>;

/**
 * A typical school branch's rubric (学校工会工作考核细则), 100 points; items with `judge: null` are
 * scored by hand with a note.
 */
export const DEFAULT_RUBRIC: RubricItem[] = [
  { key: 'members-register', section: '组织建设', title: '会员登记准确、及时发展新会员', points: 10, judge: 'members.register', basis: '在册会员的性别、出生日期、部门、入会时间齐全' },
  { key: 'committee-meets', section: '组织建设', title: '工会委员会每年开会研究工作', points: 5, judge: null, basis: '有会议记录' },
  { key: 'dues', section: '组织建设', title: '会费按时足额收缴', points: 5, judge: 'dues.collected', basis: '有会费收缴台账，无欠缴' },
  { key: 'congress-session', section: '民主管理', title: '全年至少召开一次教代会', points: 10, judge: 'congress.session', basis: '有会议记录（100 人及以下可召开教职工大会）' },
  { key: 'congress-motions', section: '民主管理', title: '教代会提案委员会正常工作，提案件件有答复', points: 10, judge: 'congress.replies', basis: '有立案提案，且均已答复' },
  { key: 'congress-report', section: '民主管理', title: '会后向教职工报告教代会决议落实情况', points: 5, judge: null, basis: '有报告材料' },
  { key: 'disclosure-board', section: '校务公开', title: '校务公开栏及时更新', points: 10, judge: 'disclosure.boards', basis: '本年度出版校务公开栏' },
  { key: 'disclosure-records', section: '校务公开', title: '校务公开记录完整，异议及时处理', points: 5, judge: 'disclosure.records', basis: '有公示记录，异议均已处理，期满公示已归档' },
  { key: 'visits', section: '关爱职工', title: '五必访：生病住院、家有突发事件、婚丧嫁娶等及时访问', points: 10, judge: 'welfare.visits', basis: '有五必访慰问记录' },
  { key: 'warmth', section: '关爱职工', title: '送温暖活动', points: 10, judge: 'welfare.warmth', basis: '有春节慰问、困难帮扶或集中慰问记录' },
  { key: 'hardship', section: '关爱职工', title: '建有特困职工档案并每年复核', points: 5, judge: 'welfare.hardship', basis: '有在档困难职工档案，12 个月内复核' },
  { key: 'sports', section: '文体活动', title: '组织校内教职工文体活动', points: 10, judge: 'activities.sports', basis: '有文体活动记录' },
  { key: 'women', section: '文体活动', title: '维护女职工权益，开展女职工活动', points: 5, judge: null, basis: '有活动或专项工作记录' },
];

export const rubricSettingsSchema = z.object({
  isExample: z.boolean().default(true),
  items: z.array(rubricItemSchema).default(DEFAULT_RUBRIC),
});

export const rubricUpdateInput = z
  .object({ items: z.array(rubricItemSchema).min(1, '考核细则至少要有一项').max(100, '考核细则最多 100 项') })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.items.forEach((item, i) => {
      if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: `项目编号“${item.key}”重复` });
      seen.add(item.key);
    });
  });

export const judgeInfoSchema = z.object({ id: z.string(), label: z.string() });
export const rubricOutput = z.object({ isExample: z.boolean(), items: z.array(rubricItemSchema), judges: z.array(judgeInfoSchema) });
export type RubricView = z.infer<typeof rubricOutput>;

export const assessedItemSchema = z.object({
  key: z.string(),
  section: z.string(),
  title: z.string(),
  points: z.number().int(),
  basis: z.string().nullable(),
  /** 自动: scored from the records; 手工: the chair's mark (also for a judge not available here). */
  mode: z.enum(['自动', '手工']),
  judge: z.string().nullable(),
  /** The item names a judge that this program does not have (yet): scored by hand meanwhile. */
  judgeMissing: z.boolean(),
  /** Null: a hand-judged item not yet marked for the year. */
  score: z.number().int().nullable(),
  met: z.boolean().nullable(),
  evidence: z.string(),
  /** The page with the records that show it, or null for a hand-judged item. */
  link: z.string().nullable(),
  note: z.string().nullable(),
});
export type AssessedItem = z.infer<typeof assessedItemSchema>;

const subtotal = z.object({ points: z.number().int(), score: z.number().int(), unmarked: z.number().int() });
export const selfAssessmentOutput = z.object({
  year: z.number().int(),
  org: z.object({ schoolName: z.string(), unionName: z.string() }),
  items: z.array(assessedItemSchema),
  sections: z.array(subtotal.extend({ section: z.string() })),
  total: subtotal,
});
export type SelfAssessment = z.infer<typeof selfAssessmentOutput>;

export const markInputSchema = z.object({
  year: reportYearSchema,
  key: z.string().max(40),
  /** Null clears the mark. */
  score: wholeNumberSchema(0, 100, '得分不能为负', '得分不能超过 100 分', '得分应为整数').nullable(),
  note: optionalText(200),
});
