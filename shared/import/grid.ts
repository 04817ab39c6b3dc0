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

// ---- the shapes of each step, shared by the roster and the record sets ----
// Each import names its own fields (the roster a fixed enum, a record set its definition's names);
// everything else about the steps is one definition here.

type FieldName = z.ZodType<string>;

/** What reading a file gives back: sheets, header row, suggested mapping, the rows as text. */
export function sheetShape<F extends FieldName>(field: F) {
  return {
    fileName: z.string(),
    format: z.enum(FILE_FORMATS),
    /** For CSV: the encoding it was read in (UTF-8 or GB18030). */
    encoding: z.string().nullable(),
    sheets: z.array(z.object({ name: z.string(), hasNameColumn: z.boolean() })),
    sheet: z.string(),
    headerRow: z.number().int(),
    headers: z.array(z.string()),
    mapping: z.array(field.nullable()),
    /** The first rows of the sheet, for choosing another header row. */
    topRows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
    rows: z.array(gridRowSchema),
    /** Set when reading stopped early after a long run of empty rows. */
    stoppedAtRow: z.number().int().nullable(),
  };
}

/** The rows sent back for checking, under the user's mapping. */
export function checkInputShape<F extends FieldName>(field: F) {
  return {
    headers: z.array(z.string().max(500)).max(200),
    mapping: z.array(field.nullable()).max(200),
    rows: z.array(gridRowSchema).max(150_000),
  };
}

/** What committing adds to a check: where the rows came from, and whether error rows are left out. */
export const commitShape = {
  fileName: z.string().min(1).max(255),
  sheet: z.string().max(100),
  headerRow: z.number().int().min(1),
  /** Import the valid rows and leave the rest; otherwise any error row stops the whole import. */
  skipInvalid: z.boolean().default(false),
};

/** One message about one cell (or the row, when field is null). */
export function issueSchemaOf<F extends FieldName>(field: F) {
  return z.object({
    field: field.nullable(),
    /** The column's header as the file has it (or the field's name when the column is missing). */
    column: z.string(),
    level: z.enum(['error', 'warning']),
    message: z.string(),
  });
}

/** Counts of a check every import reports; the roster adds `update`. */
export const countsShape = {
  rows: z.number().int(),
  valid: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  create: z.number().int(),
  unchanged: z.number().int(),
  /** Blank and footer lines (合计、制表人…), skipped without comment. */
  skipped: z.number().int(),
};

/** A batch as its list shows it; the roster adds `updated`, a record set its set and target. */
export const batchShape = {
  id: z.number().int(),
  fileName: z.string(),
  sheet: z.string().nullable(),
  importedAt: z.string(),
  rows: z.number().int(),
  created: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  warnings: z.number().int(),
  undoneAt: z.string().nullable(),
};
