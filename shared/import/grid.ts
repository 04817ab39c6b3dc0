/**
 * What every import hands around: the file as uploaded and its rows as text, with the row numbers
 * the spreadsheet shows. The roster and every record set share these shapes.
 */
import { z } from 'zod';

/** Files larger than this are refused before reading; a roster of 50,000 members is a few MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** More data rows than this are refused: a district's whole roster fits many times over. */
export const MAX_IMPORT_ROWS = 100_000;

export const importFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  /** Bounded by the transport (150 MB); the service refuses anything over MAX_IMPORT_BYTES with a message. */
  contentBase64: z.string().max(150 * 1024 * 1024),
});

export const gridRowSchema = z.object({
  /** The row number the spreadsheet shows (for CSV, the line number). */
  row: z.number().int().min(1),
  cells: z.array(z.string().max(5000)).max(200),
  /** Columns whose cell was a number in the workbook (an ID there has lost digits). */
  numeric: z.array(z.number().int().min(0)).max(200).optional(),
  /** Columns whose value comes from a cell merged down over this row. */
  merged: z.array(z.number().int().min(0)).max(200).optional(),
});
export type GridRow = z.infer<typeof gridRowSchema>;

export const FILE_FORMATS = ['xlsx', 'xls', 'csv'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];
