/**
 * The branch's own facts, printed on boards, forms and exports.
 */
import { z } from 'zod';
import { phoneSchema } from '../members/schema';
import { registerFieldLabels } from '../api/zod-messages';

registerFieldLabels({
  schoolName: '学校名称',
  unionName: '工会名称',
  supervisionPhone: '监督电话',
  supervisionEmail: '监督邮箱',
});

const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((v) => v.trim())
    .pipe(z.string().max(max, `不能超过 ${max} 个字`));

const supervisionEmail = z
  .string()
  .max(100)
  .transform((v) => v.trim())
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), '监督邮箱格式不正确');

export const generalSettingsSchema = z.object({
  schoolName: text(60).default(''),
  unionName: text(60).default(''),
  supervisionPhone: phoneSchema.transform((v) => v ?? ''),
  supervisionEmail: supervisionEmail.default(''),
});

/**
 * What settings.update accepts: only the fields given. No defaults here, or a patch of one field
 * would reset every other field to ''.
 */
export const generalSettingsPatchSchema = z
  .object({
    schoolName: text(60),
    unionName: text(60),
    supervisionPhone: phoneSchema.transform((v) => v ?? ''),
    supervisionEmail,
  })
  .partial();
export type GeneralSettings = z.output<typeof generalSettingsSchema>;
export type GeneralSettingsInput = z.input<typeof generalSettingsSchema>;

export const generalSettingsOutput = z.object({
  schoolName: z.string(),
  unionName: z.string(),
  supervisionPhone: z.string(),
  supervisionEmail: z.string(),
});
