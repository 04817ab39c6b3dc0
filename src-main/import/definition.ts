/**
 * What a record set tells the import engine: its fields and header words, how one row is checked
 * (with the area's shared zod schema) and matched against what the store already has, and the few
 * things about writing and undoing that are its own. The engine owns the rest of the write/undo
 * shape (the batch, the record list, deleting the records, updating fields and putting them back).
 * Each area keeps its definition in src-main/<area>/import/.
 */
import type { GridRow } from '../../shared/import/grid';
import type { ImportFieldInfo, ImportOptions, RecordSet } from '../../shared/import/schema';
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

/** A field a row changes on the record it updates, the stored value first. */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** One line of the sheet as the engine's blank/footer test sees it. */
export interface SheetLine<F extends string> {
  grid: GridRow;
  /** The cells trimmed and half-width. */
  cleaned: readonly string[];
  /** The column a field is mapped to. */
  column(field: F): number | undefined;
  /** The mapped columns. */
  mapped: ReadonlySet<number>;
}

/** A row that becomes a new record, or matches one the store already has. */
export interface PlannedCreate<D> {
  data: D;
  /** 'unchanged': the store already has this record; it is left as it is. */
  action: 'create' | 'unchanged';
  /** One line saying what the row becomes. */
  summary: string;
  changes?: never;
}

/** A row that matches an existing record and changes some of its fields (definitions with `update`). */
export interface PlannedUpdate<D> {
  data: D;
  action: 'update';
  /** The record in the definition's table the row updates. */
  id: number;
  summary: string;
  /** What the review lists under the row; the engine records the real changes when writing. */
  changes?: readonly FieldChange[];
}

export type PlannedRecord<D> = PlannedCreate<D> | PlannedUpdate<D>;

export interface WrittenRecord {
  table: string;
  id: number;
  row: number;
}

/** A record an import updated, with each changed field's value before and after the import. */
export interface UpdatedRecord extends WrittenRecord {
  changes: Record<string, [string | null, string | null]>;
}

export interface TemplateColumn<F extends string> {
  field: F;
  header: string;
  example: string;
  width: number;
}

/** Field values of one stored record as text (null for empty), the unit per-field undo compares. */
export type FieldValues = Record<string, string | null>;

/**
 * How rows update existing records. The engine reads the fields before and after `apply`, keeps
 * what changed on the batch, and on undo puts back each field's earlier value.
 */
export interface UpdateSpec<D, S> {
  /** The record's current values of the fields an import may change. */
  read(db: Db, id: number): FieldValues | null;
  apply(db: Db, state: S, id: number, data: D, now: string): void;
  /** Writes the given fields back (undo). */
  restore(db: Db, id: number, values: FieldValues): void;
  /** The record's name in messages (张三). */
  name(db: Db, id: number): string;
  /**
   * 'refuse': undo stops when a field was changed again after the import; 'keep': that field keeps
   * its newer value and the rest are put back.
   */
  laterEdits: 'refuse' | 'keep';
}

interface DefinitionBase<F extends string, D, S> {
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
  /** Personal data the review shows masked until asked. */
  masks?: Readonly<Partial<Record<F, NonNullable<ImportFieldInfo['mask']>>>>;
  /**
   * A blank line, a total or a signature rather than a record, skipped without comment. By default
   * a line with nothing in a mapped column, or a 合计/制表人 cell anywhere in it.
   */
  isNotARecord?(line: SheetLine<F>): boolean;
  /** Checks the options and loads what checking needs (member index, session, standards). */
  begin(db: Db, options: ImportOptions): S;
  /** Null when the row got an error through ctx.error. Rows are checked in file order. */
  checkRow(state: S, ctx: RowContext<F>): PlannedRecord<D> | null;
  /** Rows matching an existing record change its fields; without it a definition only creates. */
  update?: UpdateSpec<D, S>;
  /**
   * Runs the commit's writes; the roster rebuilds the member search index once around a large
   * import instead of row by row. By default the writes just run.
   */
  writeAround?<T>(db: Db, creates: number, write: () => T): T;
  /** What the batch went into (第五届, 第五届第二次会议), kept on the batch; none by default. */
  target?(state: S): string | null;
  /** Why the batch's records cannot be removed now (later records depend on them); none by default. */
  undoBlocker?(db: Db, records: readonly WrittenRecord[]): string | null;
  /**
   * Deletes the batch's records still present and returns how many went. By default the engine
   * deletes each from the table it was written to; a definition that must check something per
   * record while deleting gives its own.
   */
  remove?(db: Db, records: readonly WrittenRecord[]): number;
  template: {
    fileName: string;
    sheetName: string;
    title: string;
    columns: ReadonlyArray<TemplateColumn<F>>;
    notes: readonly string[];
  };
}

/** The usual case: one new record per row, inserted by the definition's inserter. */
interface InsertsRows<D, S> {
  /** The table the records go into (and, on undo, are deleted from). */
  table: string;
  /** Makes the inserter for one commit (statements prepared once); it returns the new record's id. */
  insert(db: Db, state: S, now: string): (data: D, row: number) => number;
  write?: never;
}

/** A row that writes more than one record (a motion and the delegates it adds). */
interface WritesRows<D, S> {
  /** The table the records go into, when there is one (updated records are of this table). */
  table?: string;
  /** Writes the rows to create, inside the engine's transaction. */
  write(db: Db, state: S, rows: ReadonlyArray<{ row: number; data: D }>, now: string): WrittenRecord[];
  insert?: never;
}

export type RecordSetDefinition<F extends string, D, S> = DefinitionBase<F, D, S> & (InsertsRows<D, S> | WritesRows<D, S>);

export type AnyRecordSet = DefinitionBase<string, unknown, unknown> & {
  table?: string;
  insert?: InsertsRows<unknown, unknown>['insert'];
  write?: WritesRows<unknown, unknown>['write'];
};

/** Keeps a definition's own types while checking it; the registry holds them erased. */
export function defineRecordSet<F extends string, D, S>(def: RecordSetDefinition<F, D, S>): AnyRecordSet {
  return def as unknown as AnyRecordSet;
}

/** 张三、李四 等 7 人: the first names of a list in a message. */
export function nameList(names: readonly string[], unit = '人'): string {
  return names.slice(0, 5).join('、') + (names.length > 5 ? ` 等 ${names.length} ${unit}` : '');
}

/**
 * The names of the batch's records that a query finds (one row with `name` when the record blocks
 * an undo), for the common undo blocker “本批导入的 … 已 …”.
 */
export function blockingNames(db: Db, records: readonly WrittenRecord[], sql: string): string[] {
  const query = db.prepare<[number], { name: string }>(sql);
  const names: string[] = [];
  for (const r of records) {
    const hit = query.get(r.id);
    if (hit) names.push(hit.name);
  }
  return names;
}
