/**
 * The import engine's API for the record sets (慰问登记表, 代表名单, 提案汇总表…): what crosses the
 * API at each step. As with the roster, the renderer keeps the sheet and sends it back with its
 * mapping and fixes, so nothing is held in the main process between calls and commit checks again.
 */
import { z } from 'zod';
import { idSchema } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';
import { batchShape, checkInputShape, commitShape, countsShape, importFileSchema, issueSchemaOf, sheetShape } from './grid';

/** Every record set the engine imports, the member roster (花名册) first. */
export const RECORD_SETS = ['members', 'visits', 'delegates', 'motions', 'notices', 'hardship', 'activities', 'honours', 'dues', 'schools'] as const;
export const recordSetSchema = z.enum(RECORD_SETS, '未知的导入类型');
export type RecordSet = (typeof RECORD_SETS)[number];

export const RECORD_SET_TITLES: Record<RecordSet, string> = {
  members: '会员花名册',
  visits: '慰问登记表',
  delegates: '代表名单',
  motions: '提案汇总表',
  notices: '校务公开台账',
  hardship: '困难职工档案',
  activities: '活动记录',
  honours: '评优评先记录',
  dues: '会费收缴记录',
  schools: '基层工会名单',
};

/** The counting word of a set's records in the wizard's figures: 新增 12 人, 新增 30 条. */
export const RECORD_SET_UNITS: Record<RecordSet, string> = {
  members: '人',
  visits: '条',
  delegates: '条',
  motions: '条',
  notices: '条',
  hardship: '条',
  activities: '条',
  honours: '条',
  dues: '条',
  schools: '条',
};

/** What some record sets need to know beyond the file: the congress term or session it belongs to. */
export const importOptionsSchema = z
  .object({
    /** 代表名单: the term (第N届) the delegates are of. */
    term: z.number().int().min(1, '届次至少为 1').max(99, '届次不能超过 99').optional(),
    /** 提案汇总表: the session the motions belong to. */
    sessionId: idSchema.optional(),
    /** 提案汇总表: members named as proposer or co-signer who are not delegates are added as delegates. */
    addDelegates: z.boolean().optional(),
    /** 会费收缴记录: the year of a 月份 cell written without one (3月). */
    year: z.number().int().min(2000, '年度不能早于 2000 年').max(2100, '年度不能晚于 2100 年').optional(),
  })
  .default({});
export type ImportOptions = z.output<typeof importOptionsSchema>;

export const IMPORT_FIELD_NAMES = {
  set: '导入类型',
  options: '导入选项',
  term: '届次',
  sessionId: '会议',
  addDelegates: '把不在代表名单中的提案人、附议人添加为代表',
  year: '年度',
  fileName: '文件名',
  contentBase64: '文件内容',
  sheet: '工作表',
  headerRow: '表头行',
  headers: '表头',
  mapping: '列对应',
  rows: '数据行',
  skipInvalid: '只导入无错误的行',
  row: '行号',
  cells: '单元格',
  numeric: '数字单元格',
  merged: '合并单元格',
  id: '导入批次',
} as const;
registerFieldLabels(IMPORT_FIELD_NAMES, 'import.');

export const importFieldInfoSchema = z.object({
  field: z.string(),
  label: z.string(),
  required: z.boolean(),
  /** Personal data the review shows masked until asked (身份证号, 联系电话). */
  mask: z.enum(['resident-id', 'phone']).nullable(),
});
export type ImportFieldInfo = z.infer<typeof importFieldInfoSchema>;

export const importReadInputSchema = importFileSchema.extend({
  set: recordSetSchema,
  sheet: z.string().max(100).optional(),
  headerRow: z.number().int().min(1).max(1_100_000).optional(),
});
export type ImportReadInput = z.input<typeof importReadInputSchema>;

export const importSheetSchema = z.object({
  set: recordSetSchema,
  ...sheetShape(z.string()),
  /** The fields a column can fill, in the order the wizard offers them. */
  fields: z.array(importFieldInfoSchema),
});
export type ImportSheet = z.infer<typeof importSheetSchema>;

export const importCheckInputSchema = z.object({
  set: recordSetSchema,
  options: importOptionsSchema,
  ...checkInputShape(z.string().max(40)),
});
export type ImportCheckInput = z.input<typeof importCheckInputSchema>;

export const importIssueSchema = issueSchemaOf(z.string());
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importCheckedRowSchema = z.object({
  row: z.number().int(),
  status: z.enum(['valid', 'warning', 'error']),
  /** What committing would do; null for rows with errors. */
  action: z.enum(['create', 'update', 'unchanged']).nullable(),
  /** One line saying what the row becomes (张三 · 2026年3月1日 · 生病住院 · ¥1,200.00). */
  summary: z.string(),
  issues: z.array(importIssueSchema),
  /** For a row that updates a record: each field it changes, from the stored value to the file's. */
  changes: z.array(z.object({ field: z.string(), label: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
});
export type ImportCheckedRow = z.infer<typeof importCheckedRowSchema>;

/** `update`: rows that change fields of a record the store already has. */
export const importCountsSchema = z.object({ ...countsShape, update: z.number().int() });
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importCheckSchema = z.object({ counts: importCountsSchema, rows: z.array(importCheckedRowSchema) });
export type ImportCheck = z.infer<typeof importCheckSchema>;

export const importCommitInputSchema = importCheckInputSchema.extend(commitShape);
export type ImportCommitInput = z.input<typeof importCommitInputSchema>;

export const importBatchSchema = z.object({
  ...batchShape,
  id: idSchema,
  set: recordSetSchema,
  /** Records whose fields the batch changed. */
  updated: z.number().int(),
  /** What the batch went into, e.g. 第五届 or 第五届第二次会议. */
  target: z.string().nullable(),
});
export type RecordImportBatch = z.infer<typeof importBatchSchema>;

export const importBatchesInputSchema = z.object({ set: recordSetSchema });
export const importTemplateInputSchema = z.object({ set: recordSetSchema });

export const importUndoResultSchema = z.object({
  batch: importBatchSchema,
  removed: z.number().int(),
  /** Records of the batch deleted by hand since. */
  gone: z.number().int(),
  /** Fields of updated records put back to their value before the import. */
  restored: z.number().int(),
  /** Fields changed again after the import, which keep their newer value. */
  kept: z.number().int(),
});
export type ImportUndoResult = z.infer<typeof importUndoResultSchema>;
