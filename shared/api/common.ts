import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates';
import { trimAll } from '../domain/text';

export const idSchema = z.number().int().positive();
export const byIdSchema = z.object({ id: idSchema });
export const emptyInput = z.object({}).strict().optional();
export const okOutput = z.object({ ok: z.literal(true) });

/** A required, trimmed line of text. */
export function requiredText(max: number) {
  return z
    .string()
    .transform((v) => trimAll(v))
    .pipe(z.string().min(1, '必须填写').max(max, `不能超过 ${max} 个字`));
}

/** Optional text: blanks become null so the store never holds '' and NULL for the same thing. */
export function optionalText(max: number) {
  return z
    .string()
    .max(max * 4)
    .transform((v) => trimAll(v))
    .pipe(z.string().max(max, `不能超过 ${max} 个字`))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);
}

export const isoDate = z.string().refine(isValidIsoDate, '日期格式应为 年-月-日，例如 2026-11-22');

export function optionalDate() {
  return z
    .union([isoDate, z.literal('')])
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));
}

export const pageInput = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(20),
};

export const downloadOutput = z.object({
  fileName: z.string(),
  /** The file's bytes, base64-encoded so they survive both JSON and IPC. */
  contentBase64: z.string(),
});
export type Download = z.infer<typeof downloadOutput>;
