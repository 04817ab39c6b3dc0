/**
 * What a reader hands on: each sheet's non-empty rows as text, with the spreadsheet's row numbers.
 */
import type { FileFormat, GridRow } from '../../shared/import/grid';

export interface RawSheet {
  name: string;
  rows: GridRow[];
  /** The row where reading stopped after a long empty run, or null when read to the end. */
  stoppedAtRow: number | null;
}

export interface RawWorkbook {
  format: FileFormat;
  encoding: string | null;
  sheets: RawSheet[];
}
