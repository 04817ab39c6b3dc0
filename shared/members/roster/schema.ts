/**
 * The roster import and export (导入花名册 / 导出花名册): what crosses the API at each step.
 * The renderer keeps the sheet it was given and sends it back with its mapping and edits, so the
 * main process never holds an import in memory between calls and re-checks everything on commit.
 */
import { z } from 'zod';
import { memberListQuerySchema } from '../schema';
import { IMPORT_FIELDS } from './fields';
import { FILE_FORMATS, gridRowSchema, importFileSchema } from '../../import/grid';

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, gridRowSchema, type GridRow } from '../../import/grid';

export const importFieldSchema = z.enum(IMPORT_FIELDS);

export const rosterFileSchema = importFileSchema;

export const rosterReadInputSchema = rosterFileSchema.extend({
  sheet: z.string().max(100).optional(),
  headerRow: z.number().int().min(1).max(1_100_000).optional(),
});
export type RosterReadInput = z.input<typeof rosterReadInputSchema>;

export const rosterSheetSchema = z.object({
  fileName: z.string(),
  format: z.enum(FILE_FORMATS),
  /** For CSV: the encoding it was read in (UTF-8 or GB18030). */
  encoding: z.string().nullable(),
  sheets: z.array(z.object({ name: z.string(), hasNameColumn: z.boolean() })),
  sheet: z.string(),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  mapping: z.array(importFieldSchema.nullable()),
  /** The first rows of the sheet, for choosing another header row. */
  topRows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  rows: z.array(gridRowSchema),
  /** Set when reading stopped early after a long run of empty rows. */
  stoppedAtRow: z.number().int().nullable(),
});
export type RosterSheet = z.infer<typeof rosterSheetSchema>;

export const rosterCheckInputSchema = z.object({
  headers: z.array(z.string().max(500)).max(200),
  mapping: z.array(importFieldSchema.nullable()).max(200),
  rows: z.array(gridRowSchema).max(150_000),
});
export type RosterCheckInput = z.input<typeof rosterCheckInputSchema>;

export const issueSchema = z.object({
  field: importFieldSchema.nullable(),
  /** The column's header as the file has it (or the field's name when the column is missing). */
  column: z.string(),
  level: z.enum(['error', 'warning']),
  message: z.string(),
});
export type RowIssue = z.infer<typeof issueSchema>;

export const fieldChangeSchema = z.object({ field: importFieldSchema, from: z.string().nullable(), to: z.string().nullable() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const checkedRowSchema = z.object({
  row: z.number().int(),
  status: z.enum(['valid', 'warning', 'error']),
  /** What committing would do; null for rows with errors. */
  action: z.enum(['create', 'update', 'unchanged']).nullable(),
  memberId: z.number().int().nullable(),
  issues: z.array(issueSchema),
  changes: z.array(fieldChangeSchema),
});
export type CheckedRow = z.infer<typeof checkedRowSchema>;

export const rosterCountsSchema = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  /** Blank and footer lines (合计、制表人…), skipped without comment. */
  skipped: z.number().int(),
});
export type RosterCounts = z.infer<typeof rosterCountsSchema>;

export const rosterCheckSchema = z.object({ counts: rosterCountsSchema, rows: z.array(checkedRowSchema) });
export type RosterCheck = z.infer<typeof rosterCheckSchema>;

export const rosterCommitInputSchema = rosterCheckInputSchema.extend({
  fileName: z.string().min(1).max(255),
  sheet: z.string().max(100),
  headerRow: z.number().int().min(1),
  /** Import the valid rows and leave the rest; otherwise any error row stops the whole import. */
  skipInvalid: z.boolean().default(false),
});
export type RosterCommitInput = z.input<typeof rosterCommitInputSchema>;

export const importBatchSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sheet: z.string().nullable(),
  importedAt: z.string(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  warnings: z.number().int(),
  undoneAt: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const undoResultSchema = z.object({
  batch: importBatchSchema,
  removed: z.number().int(),
  restored: z.number().int(),
  /** Fields edited again after the import: left as they are now. */
  kept: z.number().int(),
  /** Members the import created that were deleted since. */
  gone: z.number().int(),
});
export type UndoResult = z.infer<typeof undoResultSchema>;

/** The member list's filters without paging: export what the list shows. */
export const rosterExportInputSchema = memberListQuerySchema.omit({ page: true, pageSize: true }).optional();
export type RosterExportInput = z.input<typeof rosterExportInputSchema>;
