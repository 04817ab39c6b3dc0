/**
 * 活动 (union activities): one definition per record, used by the form, the API validation and the
 * services. Types are an editable list kept in settings under 'activities'; spending is integer fen;
 * photos and scans are files kept beside the store, referenced here by id.
 */
import { z } from 'zod';
import { idSchema, isoDate, optionalDate, optionalText, pageInput, requiredText } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';
import { fenSchema, wholeNumberSchema } from '../welfare/schema';

export const ACTIVITY_FIELD_LABELS = {
  name: '活动名称',
  type: '活动类型',
  types: '活动类型',
  startDate: '活动日期',
  endDate: '结束日期',
  place: '活动地点',
  organiser: '主办方',
  participantCount: '参加人数',
  memberIds: '参加会员',
  spendingFen: '活动经费',
  record: '内容与成效',
  notes: '备注',
  year: '年度',
  search: '查找',
  activityId: '活动',
  fileId: '附件',
  fileName: '文件名',
  contentBase64: '文件内容',
  caption: '说明',
} as const;
registerFieldLabels(ACTIVITY_FIELD_LABELS, 'activities.');

export const DEFAULT_ACTIVITY_TYPES = [
  '文体活动',
  '读书活动',
  '培训讲座',
  '劳动竞赛/技能竞赛',
  '志愿服务',
  '女职工活动',
  '劳模/师德宣讲',
  '健康体检',
  '教工之家活动',
  '其他',
] as const;

export const ORGANISERS = ['本校工会', '上级工会', '联合'] as const;
export const organiserSchema = z.enum(ORGANISERS, '主办方只能是 本校工会、上级工会、联合 之一');

/** One photo or scan: 10 MB is far above a phone photo (2–5 MB) and keeps backups small. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files per activity. */
export const MAX_ATTACHMENTS = 30;

export const activityTypesSchema = z
  .array(requiredText(20))
  .min(1, '至少保留一种活动类型')
  .max(50, '活动类型最多 50 种')
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((t, i) => {
      if (seen.has(t)) ctx.addIssue({ code: 'custom', path: [i], message: `活动类型“${t}”重复` });
      seen.add(t);
    });
  });

/** Stored under settings key 'activities'. */
export const activitySettingsSchema = z.object({
  types: activityTypesSchema.default(() => [...DEFAULT_ACTIVITY_TYPES]),
});
export type ActivitySettings = z.output<typeof activitySettingsSchema>;

export const activityInputSchema = z
  .object({
    name: requiredText(60),
    type: requiredText(20),
    startDate: isoDate,
    endDate: optionalDate(),
    place: optionalText(60),
    organiser: organiserSchema.default('本校工会'),
    /** Everyone who took part, members or not; null when only the picked members are known. */
    participantCount: wholeNumberSchema(0, 100_000, '参加人数不能为负数', '参加人数过大，请核对').nullable().default(null),
    /** Members picked from the register (a named list, e.g. a team or the trainees). */
    memberIds: z.array(idSchema).max(5000, '参加会员最多 5000 人').default([]),
    spendingFen: fenSchema().default(0),
    record: optionalText(2000),
    notes: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于活动日期' });
    if (new Set(v.memberIds).size !== v.memberIds.length) ctx.addIssue({ code: 'custom', path: ['memberIds'], message: '参加会员有重复' });
    if (v.participantCount !== null && v.participantCount < v.memberIds.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['participantCount'],
        message: `参加人数 ${v.participantCount} 人，少于所选参加会员 ${v.memberIds.length} 人`,
      });
    }
  });
export type ActivityInput = z.input<typeof activityInputSchema>;
export type ActivityData = z.output<typeof activityInputSchema>;

export const attachmentSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  fileName: z.string(),
  /** image/jpeg, image/png, image/gif, image/webp, image/bmp or application/pdf (a scan). */
  mime: z.string(),
  sizeBytes: z.number().int(),
  caption: z.string().nullable(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const activitySchema = z.object({
  id: idSchema,
  name: z.string(),
  type: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  place: z.string().nullable(),
  organiser: organiserSchema,
  participantCount: z.number().int().nullable(),
  /** What the year's account counts: the count given, else the members picked. */
  participants: z.number().int(),
  members: z.array(z.object({ id: idSchema, name: z.string(), department: z.string().nullable() })),
  spendingFen: z.number().int(),
  record: z.string().nullable(),
  notes: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

export const activityListQuerySchema = z.object({
  year: z.number().int().min(1990).max(2100).optional(),
  types: z.array(z.string().max(20)).max(50).optional(),
  search: z.string().max(50).optional(),
  ...pageInput,
});
export type ActivityListQuery = z.input<typeof activityListQuerySchema>;

export const activityListSchema = z.object({
  rows: z.array(activitySchema),
  total: z.number().int(),
  participants: z.number().int(),
  spendingFen: z.number().int(),
  /** Years that have activities, newest first. */
  years: z.array(z.number().int()),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ActivityList = z.infer<typeof activityListSchema>;

export const attachmentAddInput = z.object({
  activityId: idSchema,
  fileName: requiredText(200),
  contentBase64: z.string().min(1, '文件是空的'),
  caption: optionalText(100),
});
export type AttachmentAddInput = z.input<typeof attachmentAddInput>;

/** The 说明 under a photo (on the form and the 活动记录表 print); empty clears it. */
export const attachmentCaptionInput = z.object({ fileId: idSchema, caption: optionalText(100) });

export const attachmentContentSchema = z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() });

export const exportActivitiesInput = z.object({ year: z.number().int().min(1990).max(2100) });
