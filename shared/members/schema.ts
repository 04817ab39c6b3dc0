/**
 * The member record (会员): one definition used by the form, the API validation and the service.
 */
import { z } from 'zod';
import { EMPLOYMENT_TYPES, GENDERS, MEMBER_STATUSES } from '../domain/labels';
import { checkResidentId, normalizeResidentId } from '../domain/resident-id';
import { normalizeName, normalizePhone } from '../domain/text';
import { idSchema, isoDate, optionalDate, optionalText, pageInput } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';

export const MEMBER_FIELD_LABELS = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  idNumber: '身份证号',
  politicalStatus: '政治面貌',
  education: '学历',
  title: '职称',
  department: '部门/教研组',
  position: '职务',
  phone: '联系电话',
  employmentType: '用工性质',
  joinDate: '入会时间',
  status: '会员状态',
  statusDate: '状态变更日期',
  notes: '备注',
  reason: '变更原因',
  date: '日期',
} as const;
registerFieldLabels(MEMBER_FIELD_LABELS, ['members.', 'roster.']);

export const genderSchema = z.enum(GENDERS, '性别只能是“男”或“女”');
export const memberStatusSchema = z.enum(MEMBER_STATUSES, '会员状态只能是 在册、调出、退休、退会、去世 之一');
export const employmentTypeSchema = z.enum(EMPLOYMENT_TYPES, '用工性质只能是 在编、编外、临聘 之一');

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$/;

export const phoneSchema = z
  .string()
  .max(80)
  .transform(normalizePhone)
  .refine((v) => v === '' || PHONE.test(v), '联系电话应为 11 位手机号，或带区号的固定电话（如 0512-65432100）')
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

export const residentIdSchema = z
  .string()
  .max(80)
  .transform(normalizeResidentId)
  .superRefine((value, ctx) => {
    if (value === '') return;
    const result = checkResidentId(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  })
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

/** Every field a form or an import fills, in the order forms and rosters show them. */
export const MEMBER_INPUT_FIELDS = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'idNumber',
  'politicalStatus',
  'education',
  'title',
  'department',
  'position',
  'phone',
  'employmentType',
  'joinDate',
  'notes',
] as const;
export type MemberInputField = (typeof MEMBER_INPUT_FIELDS)[number];

/** What a form or an import supplies. Gender and birth date are taken from a valid ID by the service. */
export const memberInputSchema = z.object({
  name: z
    .string()
    .max(200)
    .transform(normalizeName)
    .pipe(z.string().min(1, '必须填写').max(50, '不能超过 50 个字')),
  gender: genderSchema.nullable().optional().transform((v) => v ?? null),
  ethnicity: optionalText(20),
  birthDate: optionalDate(),
  idNumber: residentIdSchema,
  politicalStatus: optionalText(20),
  education: optionalText(20),
  title: optionalText(30),
  department: optionalText(50),
  position: optionalText(50),
  phone: phoneSchema,
  employmentType: employmentTypeSchema.nullable().optional().transform((v) => v ?? null),
  joinDate: optionalDate(),
  notes: optionalText(500),
});
export type MemberInput = z.input<typeof memberInputSchema>;
export type MemberData = z.output<typeof memberInputSchema>;

export const memberSchema = z.object({
  id: idSchema,
  name: z.string(),
  gender: genderSchema.nullable(),
  ethnicity: z.string().nullable(),
  birthDate: z.string().nullable(),
  idNumber: z.string().nullable(),
  politicalStatus: z.string().nullable(),
  education: z.string().nullable(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  position: z.string().nullable(),
  phone: z.string().nullable(),
  employmentType: employmentTypeSchema.nullable(),
  joinDate: z.string().nullable(),
  status: memberStatusSchema,
  statusDate: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** A status change dated after the day it was entered, applied on that date (将于…退休). */
  scheduledStatus: z
    .object({ status: memberStatusSchema, date: z.string(), reason: z.string().nullable() })
    .nullable()
    .optional(),
});
export type Member = z.infer<typeof memberSchema>;
export type ScheduledStatus = NonNullable<Member['scheduledStatus']>;

export const statusChangeSchema = z.object({
  id: z.number().int().positive(),
  memberId: idSchema,
  fromStatus: memberStatusSchema,
  toStatus: memberStatusSchema,
  changedOn: z.string(),
  reason: z.string().nullable(),
  recordedAt: z.string(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const memberDetailSchema = memberSchema.extend({
  statusHistory: z.array(statusChangeSchema),
});
export type MemberDetail = z.infer<typeof memberDetailSchema>;

export const MEMBER_SORT_FIELDS = ['name', 'department', 'birthDate', 'joinDate', 'createdAt'] as const;

export const memberListQuerySchema = z.object({
  /** Name, pinyin (full or initials, e.g. zs for 张三), ID number or phone. */
  search: z.string().max(50).optional(),
  departments: z.array(z.string().max(50)).max(200).optional(),
  statuses: z.array(memberStatusSchema).max(5).optional(),
  employmentTypes: z.array(employmentTypeSchema).max(3).optional(),
  genders: z.array(genderSchema).max(2).optional(),
  sortBy: z.enum(MEMBER_SORT_FIELDS).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...pageInput,
});
export type MemberListQuery = z.input<typeof memberListQuerySchema>;

export const memberListSchema = z.object({
  rows: z.array(memberSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MemberList = z.infer<typeof memberListSchema>;

export const changeStatusInputSchema = z.object({
  id: idSchema,
  status: memberStatusSchema,
  date: isoDate,
  reason: optionalText(200),
});
export type ChangeStatusInput = z.input<typeof changeStatusInputSchema>;

export const memberStatsSchema = z.object({
  total: z.number().int(),
  byStatus: z.array(z.object({ status: memberStatusSchema, count: z.number().int() })),
  byDepartment: z.array(z.object({ department: z.string(), count: z.number().int() })),
  byGender: z.array(z.object({ gender: z.string(), count: z.number().int() })),
  byEmploymentType: z.array(z.object({ employmentType: z.string(), count: z.number().int() })),
});
export type MemberStats = z.infer<typeof memberStatsSchema>;
