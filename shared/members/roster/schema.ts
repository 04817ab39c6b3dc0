/**
 * The roster import and export (导入花名册 / 导出花名册): what crosses the API at each step. The
 * shapes every import shares (sheet, check input, issue, counts, batch) come from shared/import/grid.ts;
 * the roster adds its fixed field enum, updates of existing members and their field changes.
 * The renderer keeps the sheet it was given and sends it back with its mapping and edits, so the
 * main process never holds an import in memory between calls and re-checks everything on commit.
 */
import { z } from 'zod';
import { memberListQuerySchema } from '../schema';
import { IMPORT_FIELDS } from './fields';
import { batchShape, checkInputShape, commitShape, countsShape, importFileSchema, issueSchemaOf, sheetShape } from '../../import/grid';

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, gridRowSchema, type GridRow } from '../../import/grid';

export const importFieldSchema = z.enum(IMPORT_FIELDS);

export const rosterFileSchema = importFileSchema;

export const rosterReadInputSchema = rosterFileSchema.extend({
  sheet: z.string().max(100).optional(),
  headerRow: z.number().int().min(1).max(1_100_000).optional(),
});
export type RosterReadInput = z.input<typeof rosterReadInputSchema>;

export const rosterSheetSchema = z.object(sheetShape(importFieldSchema));
export type RosterSheet = z.infer<typeof rosterSheetSchema>;

export const rosterCheckInputSchema = z.object(checkInputShape(importFieldSchema));
export type RosterCheckInput = z.input<typeof rosterCheckInputSchema>;

export const issueSchema = issueSchemaOf(importFieldSchema);
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

export const rosterCountsSchema = z.object({ ...countsShape, update: z.number().int() });
export type RosterCounts = z.infer<typeof rosterCountsSchema>;

export const rosterCheckSchema = z.object({ counts: rosterCountsSchema, rows: z.array(checkedRowSchema) });
export type RosterCheck = z.infer<typeof rosterCheckSchema>;

export const rosterCommitInputSchema = rosterCheckInputSchema.extend(commitShape);
export type RosterCommitInput = z.input<typeof rosterCommitInputSchema>;

export const importBatchSchema = z.object({ ...batchShape, updated: z.number().int() });
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
