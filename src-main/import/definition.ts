/**
 * What a record set tells the import engine: its fields and header words, how one row is checked
 * (with the area's shared zod schema) and matched against what the store already has, how checked
 * rows are written, and what stops an undo. Each area keeps its definition in src-main/<area>/import/.
 */
import type { ImportOptions, RecordSet } from '../../shared/import/schema';
import type { Db } from '../db/types';

export interface RowContext<F extends string> {
  /** The spreadsheet's row number. */
  row: number;
  /** The cell's text, trimmed and half-width; '' when empty or the column is not mapped. */
  cell(field: F): string;
  /** The cell's text as the file has it (full-width characters kept). */
  raw(field: F): string;
  /** The cell was a number in the workbook (an ID there has lost digits). */
  numeric(field: F): boolean;
  /** A column is mapped to the field. */
  has(field: F): boolean;
  error(field: F | null, message: string): void;
  warn(field: F | null, message: string): void;
}

export interface PlannedRecord<D> {
  data: D;
  /** 'unchanged': the store already has this record; it is left as it is. */
  action: 'create' | 'unchanged';
  /** One line saying what the row becomes. */
  summary: string;
}

export interface WrittenRecord {
  table: string;
  id: number;
  row: number;
}

export interface TemplateColumn<F extends string> {
  field: F;
  header: string;
  example: string;
  width: number;
}

export interface RecordSetDefinition<F extends string, D, S> {
  set: RecordSet;
  /** The words for the records in messages: 慰问记录, 代表, 提案. */
  recordsWord: string;
  fields: readonly F[];
  labels: Readonly<Record<F, string>>;
  synonyms: Readonly<Record<F, readonly string[]>>;
  /** The field a header row must name (姓名, 案由). */
  keyField: F;
  /** Fields whose column must be mapped before checking. */
  required: readonly F[];
  /** Checks the options and loads what checking needs (member index, session, standards). */
  begin(db: Db, options: ImportOptions): S;
  /** Null when the row got an error through ctx.error. Rows are checked in file order. */
  checkRow(state: S, ctx: RowContext<F>): PlannedRecord<D> | null;
  /** Writes the rows to create, inside the engine's transaction. */
  write(db: Db, state: S, rows: ReadonlyArray<{ row: number; data: D }>, now: string): WrittenRecord[];
  /**
   * True when `write` must see all the rows in one call (it numbers or seats across them); otherwise
   * the engine writes them a chunk at a time, so the commit's progress moves as the rows go in.
   */
  writeAtOnce?: boolean;
  /** What the batch went into (第五届, 第五届第二次会议), kept on the batch. */
  target(state: S): string | null;
  /** Why the batch's records cannot be removed now (later records depend on them), or null. */
  undoBlocker(db: Db, records: readonly WrittenRecord[]): string | null;
  /** Deletes the batch's records still present; returns how many were removed. */
  remove(db: Db, records: readonly WrittenRecord[]): number;
  template: {
    fileName: string;
    sheetName: string;
    title: string;
    columns: ReadonlyArray<TemplateColumn<F>>;
    notes: readonly string[];
  };
}

export type AnyRecordSet = RecordSetDefinition<string, unknown, unknown>;

/** Keeps a definition's own types while checking it; the registry holds them erased. */
export function defineRecordSet<F extends string, D, S>(def: RecordSetDefinition<F, D, S>): AnyRecordSet {
  return def as unknown as AnyRecordSet;
}
