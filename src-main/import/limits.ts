/**
 * Bounds that keep a hostile or broken file from taking the program's memory or time.
 */
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../shared/import/grid';

/** After this many empty rows in a row, the rest of the sheet is formatting, not data. */
export const EMPTY_RUN_LIMIT = 1000;
/** Columns beyond this are ignored: no roster is that wide, and styled empty columns can run to XFD. */
export const MAX_COLUMNS = 200;
export const MAX_CELL_CHARS = 5000;
/** Rows shown for choosing another header row. */
export const TOP_ROWS = 15;
