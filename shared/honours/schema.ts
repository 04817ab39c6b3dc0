/**
 * 评优评先 (honours): who was recommended for or awarded a title, at what level, by whom and when.
 * The holder is one or more members, or a group (a 教研组, the branch itself). Titles are an
 * editable list kept in settings under 'honours'.
 */
import { z } from 'zod';
import { idSchema, isoDate, optionalText, pageInput, requiredText } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';
import { memberStatusSchema } from '../members/schema';

export const HONOUR_FIELD_LABELS = {
  title: '荣誉称号',
  titles: '荣誉称号',
  level: '级别',
  levels: '级别',
  awardingBody: '授予单位',
  awardedOn: '获得日期',
  state: '状态',
  states: '状态',
  memberIds: '获奖会员',
  groupName: '集体名称',
  notes: '备注',
  year: '年度',
  search: '查找',
  memberId: '会员',
} as const;
registerFieldLabels(HONOUR_FIELD_LABELS, 'honours.');

export const HONOUR_LEVELS = ['国家级', '省级', '市级', '区县级', '校级'] as const;
export const honourLevelSchema = z.enum(HONOUR_LEVELS, '级别只能是 国家级、省级、市级、区县级、校级 之一');
export type HonourLevel = (typeof HONOUR_LEVELS)[number];

/** 推荐: put forward (申报/推荐), not yet decided; 获评: awarded. */
export const HONOUR_STATES = ['推荐', '获评'] as const;
export const honourStateSchema = z.enum(HONOUR_STATES, '状态只能是 推荐 或 获评');

export const DEFAULT_HONOUR_TITLES = [
  '劳动模范',
  '五一劳动奖章',
  '师德标兵',
  '优秀教师',
  '优秀班主任',
  '优秀教育工作者',
  '巾帼标兵',
  '巾帼建功标兵',
  '先进教工之家',
  '模范职工之家',
  '优秀工会积极分子',
  '优秀工会工作者',
  '先进女职工集体',
] as const;

export const honourTitlesSchema = z
  .array(requiredText(30))
  .min(1, '至少保留一个荣誉称号')
  .max(100, '荣誉称号最多 100 个')
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((t, i) => {
      if (seen.has(t)) ctx.addIssue({ code: 'custom', path: [i], message: `荣誉称号“${t}”重复` });
      seen.add(t);
    });
  });

/** Stored under settings key 'honours'. */
export const honourSettingsSchema = z.object({
  titles: honourTitlesSchema.default(() => [...DEFAULT_HONOUR_TITLES]),
});

export const honourInputSchema = z
  .object({
    title: requiredText(30),
    level: honourLevelSchema,
    awardingBody: optionalText(60),
    awardedOn: isoDate,
    state: honourStateSchema.default('获评'),
    /** The members honoured; empty when the holder is a group. */
    memberIds: z.array(idSchema).max(500, '一项荣誉最多 500 名会员').default([]),
    /** A group (语文组, 本校工会): set when no member is named. */
    groupName: optionalText(60),
    notes: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.memberIds.length === 0 && !v.groupName) {
      ctx.addIssue({ code: 'custom', path: ['memberIds'], message: '请选择获奖会员，或填写获奖集体（如教研组、本校工会）' });
    }
    if (v.memberIds.length > 0 && v.groupName) {
      ctx.addIssue({ code: 'custom', path: ['groupName'], message: '个人荣誉和集体荣誉请分开登记：已选会员时不填集体名称' });
    }
    if (new Set(v.memberIds).size !== v.memberIds.length) ctx.addIssue({ code: 'custom', path: ['memberIds'], message: '获奖会员有重复' });
  });
export type HonourInput = z.input<typeof honourInputSchema>;
export type HonourData = z.output<typeof honourInputSchema>;

export const honourSchema = z.object({
  id: idSchema,
  title: z.string(),
  level: honourLevelSchema,
  awardingBody: z.string().nullable(),
  awardedOn: z.string(),
  state: honourStateSchema,
  members: z.array(z.object({ id: idSchema, name: z.string(), department: z.string().nullable(), status: memberStatusSchema })),
  groupName: z.string().nullable(),
  /** 张三、李四 or the group's name. */
  holder: z.string(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Honour = z.infer<typeof honourSchema>;

export const honourListQuerySchema = z.object({
  year: z.number().int().min(1990).max(2100).optional(),
  levels: z.array(honourLevelSchema).max(5).optional(),
  states: z.array(honourStateSchema).max(2).optional(),
  titles: z.array(z.string().max(30)).max(100).optional(),
  memberId: idSchema.optional(),
  search: z.string().max(50).optional(),
  ...pageInput,
});
export type HonourListQuery = z.input<typeof honourListQuerySchema>;

export const honourListSchema = z.object({
  rows: z.array(honourSchema),
  total: z.number().int(),
  years: z.array(z.number().int()),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type HonourList = z.infer<typeof honourListSchema>;

