/**
 * The engine's steps for every record set: read a file, check its rows under a mapping, commit
 * them in one transaction as a batch, undo a batch as a whole. The member roster is one of the
 * record sets (members/roster/definition.ts).
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { nowTimestamp } from '../../shared/domain/dates';
import { toHalfWidth, trimAll } from '../../shared/domain/text';
import type { GridRow } from '../../shared/import/grid';
import { headerMatcher } from '../../shared/import/headers';
import type {
  ImportCheck,
  ImportCheckedRow,
  ImportIssue,
  ImportSheet,
  RecordImportBatch,
  RecordSet,
  ImportUndoResult,
  importCheckInputSchema,
  importCommitInputSchema,
  importReadInputSchema,
} from '../../shared/import/schema';
import type { Db } from '../db/types';
import { nameList, type AnyRecordSet, type FieldValues, type PlannedRecord, type RowContext, type UpdateSpec, type WrittenRecord } from './definition';
import { assertImportSize, readImportFile } from './read-file';
import { checkKey, rememberCheck, takeCheck } from './check-cache';
import { recordSet } from './registry';
import { toSheet } from './sheet';
import { reportProgress } from '../../shared/jobs/progress';

type ReadInput = z.output<typeof importReadInputSchema>;
type CheckInput = z.output<typeof importCheckInputSchema>;
type CommitInput = z.output<typeof importCommitInputSchema>;

function sheetSpec(def: AnyRecordSet) {
  return { matcher: headerMatcher(def.synonyms), keyField: def.keyField, recordsWord: def.recordsWord };
}

function fieldsOf(def: AnyRecordSet): ImportSheet['fields'] {
  return def.fields.map((field) => ({ field, label: def.labels[field]!, required: def.required.includes(field), mask: def.masks?.[field] ?? null }));
}

export async function readRecordBytes(set: RecordSet, fileName: string, bytes: Buffer, options: { sheet?: string; headerRow?: number } = {}): Promise<ImportSheet> {
  const def = recordSet(set);
  const workbook = await readImportFile(fileName, bytes);
  return { set, ...toSheet(fileName, workbook, options, sheetSpec(def)), fields: fieldsOf(def) };
}

export async function readRecords(input: ReadInput): Promise<ImportSheet> {
  // base64 is 4/3 of the size: refuse an oversized file before decoding it.
  assertImportSize(Math.floor((input.contentBase64.length * 3) / 4));
  const bytes = Buffer.from(input.contentBase64, 'base64');
  return readRecordBytes(input.set, input.fileName, bytes, { sheet: input.sheet, headerRow: input.headerRow });
}

/** Lines below (or inside) a register that are not records: totals, signatures, notes. */
const FOOTER = /^(合计|总计|小计|共计|制表|填表|审核|审批|负责人|联系人|单位负责人|注[:：]|说明[:：]?|备注[:：]|盖章|日期[:：])|[:：]\s*\d+\s*(人|件|人次)$/;

function clean(value: string | undefined): string {
  return trimAll(toHalfWidth(value ?? ''));
}

interface Columns {
  index: Map<string, number>;
  header(field: string | null): string;
}

function columnsOf(def: AnyRecordSet, headers: readonly string[], mapping: ReadonlyArray<string | null>): Columns {
  const index = new Map<string, number>();
  mapping.forEach((field, i) => {
    if (field === null) return;
    if (!def.fields.includes(field)) {
      throw new AppError('VALIDATION', `第 ${i + 1} 列对应的字段“${field}”不属于${def.template.title.replace('（导入模板）', '')}。`);
    }
    if (index.has(field)) throw new AppError('VALIDATION', `有两列都选择了“${def.labels[field]}”，每个字段只能对应一列。`);
    index.set(field, i);
  });
  for (const field of def.required) {
    if (!index.has(field)) {
      throw new AppError(
        'VALIDATION',
        `没有找到“${def.labels[field]}”列：请为表中的${def.labels[field]}列选择“${def.labels[field]}”。如果表头不在这一行，请重新选择表头所在的行。`,
      );
    }
  }
  return {
    index,
    header: (field) => {
      if (field === null) return '';
      const i = index.get(field);
      return (i === undefined ? '' : trimAll(headers[i] ?? '')) || def.labels[field]!;
    },
  };
}

/** A blank line, a footer, or a stray 序号: nothing in a mapped column, or a 合计/制表 line. */
function isNotARecordByDefault(grid: GridRow, cells: readonly string[], mapped: ReadonlySet<number>, keyAt: number | undefined): boolean {
  const merged = grid.merged;
  const key = keyAt === undefined ? '' : (cells[keyAt] ?? '').replace(/\s+/g, '');
  if (key !== '' && FOOTER.test(key)) return true;
  let data = false;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!;
    if (text === '' || (merged !== undefined && merged.includes(i))) continue;
    if (FOOTER.test(text.replace(/\s+/g, ''))) return true;
    if (mapped.has(i)) data = true;
  }
  return !data;
}

/**
 * The one RowContext of a check, pointed at each row in turn: building a dozen closures per row
 * was a measurable part of checking a 50,000-row register.
 */
class Row implements RowContext<string> {
  row = 0;
  issues: ImportIssue[] = [];
  private grid: GridRow = { row: 0, cells: [] };
  /** The row's cells trimmed and half-width, made once per row. */
  cleaned: string[] = [];
  constructor(private readonly cols: Columns) {}

  at(grid: GridRow): this {
    this.grid = grid;
    this.cleaned = grid.cells.map(clean);
    this.row = grid.row;
    this.issues = [];
    return this;
  }
  cell(field: string): string {
    const i = this.cols.index.get(field);
    return i === undefined ? '' : (this.cleaned[i] ?? '');
  }
  raw(field: string): string {
    const i = this.cols.index.get(field);
    return i === undefined ? '' : (this.grid.cells[i] ?? '');
  }
  numeric(field: string): boolean {
    const i = this.cols.index.get(field);
    return i !== undefined && (this.grid.numeric?.includes(i) ?? false);
  }
  has(field: string): boolean {
    return this.cols.index.has(field);
  }
  error(field: string | null, message: string): void {
    this.issues.push({ field, column: this.cols.header(field), level: 'error', message });
  }
  warn(field: string | null, message: string): void {
    this.issues.push({ field, column: this.cols.header(field), level: 'warning', message });
  }
}

interface Checked {
  state: unknown;
  rows: ImportCheckedRow[];
  planned: Array<{ row: number; plan: PlannedRecord<unknown> }>;
  counts: ImportCheck['counts'];
}

function check(db: Db, def: AnyRecordSet, input: CheckInput): Checked {
  const cols = columnsOf(def, input.headers, input.mapping);
  const state = def.begin(db, input.options);
  const keyAt = cols.index.get(def.keyField);
  const mapped = new Set(cols.index.values());
  const counts = { rows: 0, valid: 0, errors: 0, warnings: 0, create: 0, update: 0, unchanged: 0, skipped: 0 };
  const rows: ImportCheckedRow[] = [];
  const planned: Checked['planned'] = [];
  const ctx = new Row(cols);
  const column = (field: string) => cols.index.get(field);
  const own = def.isNotARecord;
  const isNotARecord = (grid: GridRow, cleaned: readonly string[]) =>
    own ? own({ grid, cleaned, mapped, column }) : isNotARecordByDefault(grid, cleaned, mapped, keyAt);
  let seen = 0;
  for (const grid of input.rows) {
    reportProgress('检查', seen++, input.rows.length);
    ctx.at(grid);
    if (isNotARecord(grid, ctx.cleaned)) {
      counts.skipped++;
      continue;
    }
    counts.rows++;
    const plan = def.checkRow(state, ctx);
    const issues = ctx.issues;
    let hasError = plan === null;
    let hasWarning = false;
    for (const i of issues) {
      if (i.level === 'error') hasError = true;
      else hasWarning = true;
    }
    if (hasError || plan === null) counts.errors++;
    else {
      counts.valid++;
      if (hasWarning) counts.warnings++;
      counts[plan.action]++;
      planned.push({ row: grid.row, plan });
    }
    rows.push({
      row: grid.row,
      status: hasError ? 'error' : hasWarning ? 'warning' : 'valid',
      action: hasError || plan === null ? null : plan.action,
      summary: plan?.summary ?? '',
      issues,
      changes: hasError || !plan?.changes ? [] : plan.changes.map((c) => ({ ...c, label: def.labels[c.field] ?? c.field })),
    });
  }
  reportProgress('检查', input.rows.length, input.rows.length);
  return { state, rows, planned, counts };
}

/** What a commit needs of a check; the reviewed rows themselves are not kept. */
type Plan = Pick<Checked, 'state' | 'planned' | 'counts'>;

export function previewRecords(db: Db, input: CheckInput): ImportCheck {
  const { rows, counts, state, planned } = check(db, recordSet(input.set), input);
  rememberCheck<Plan>(db, checkKey(input), { state, planned, counts });
  return { counts, rows };
}

// ---- batches ----

interface BatchRow {
  id: number;
  record_set: RecordSet;
  file_name: string;
  sheet_name: string | null;
  options: string;
  imported_at: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  warnings: number;
  undone_at: string | null;
}

function toBatch(r: BatchRow): RecordImportBatch {
  let target: string | null = null;
  try {
    const parsed = JSON.parse(r.options) as { target?: unknown };
    target = typeof parsed.target === 'string' ? parsed.target : null;
  } catch {
    target = null;
  }
  return {
    id: r.id,
    set: r.record_set,
    fileName: r.file_name,
    sheet: r.sheet_name,
    target,
    importedAt: r.imported_at,
    rows: r.rows,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    skipped: r.skipped,
    warnings: r.warnings,
    undoneAt: r.undone_at,
  };
}

export function getRecordBatch(db: Db, id: number): RecordImportBatch {
  const row = db.prepare<[number], BatchRow>('SELECT * FROM import_batches WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该导入批次，可能已被删除。');
  return toBatch(row);
}

export function listRecordBatches(db: Db, set: RecordSet): RecordImportBatch[] {
  return db.prepare<[RecordSet], BatchRow>('SELECT * FROM import_batches WHERE record_set = ? ORDER BY id DESC').all(set).map(toBatch);
}

/** The records of a batch as written: created records, and updated ones with their changes. */
export interface BatchRecordRow {
  table: string;
  id: number;
  row: number;
  action: 'created' | 'updated';
  changes: string | null;
}

/** Rows per 写入 step of a commit: 500, or 1 % of a bigger import. */
export function writeChunk(rows: number): number {
  return Math.max(500, Math.ceil(rows / 100));
}

/** Writes what a check planned; returns the rows for import_batch_records. */
function writePlanned(db: Db, def: AnyRecordSet, state: unknown, planned: Checked['planned'], now: string): BatchRecordRow[] {
  const out: BatchRecordRow[] = [];
  const toCreate = planned.filter((p) => p.plan.action === 'create').map((p) => ({ row: p.row, data: p.plan.data }));
  const total = toCreate.length + planned.filter((p) => p.plan.action === 'update').length;
  // The 写入 count moves a chunk at a time (500 rows or 1 %), so a long commit shows it going.
  const chunk = writeChunk(total);
  let done = 0;
  const advance = (n: number) => {
    const before = Math.floor(done / chunk);
    done += n;
    if (done < total && Math.floor(done / chunk) > before) reportProgress('写入', done - (done % chunk), total);
  };
  reportProgress('写入', 0, total);
  if (toCreate.length > 0) {
    if (def.insert) {
      const insert = def.insert(db, state, now);
      const table = def.table!;
      for (const r of toCreate) {
        out.push({ table, id: insert(r.data, r.row), row: r.row, action: 'created', changes: null });
        advance(1);
      }
    } else {
      // A definition with its own write numbers or seats across all its rows, so it gets them at once.
      for (const w of def.write!(db, state, toCreate, now)) out.push({ ...w, action: 'created', changes: null });
      advance(toCreate.length);
    }
  }
  const spec = def.update;
  for (const p of planned) {
    if (p.plan.action !== 'update') continue;
    if (!spec || !def.table) throw new Error(`record set ${def.set} planned an update but has no update spec`);
    const before = spec.read(db, p.plan.id);
    if (!before) continue;
    spec.apply(db, state, p.plan.id, p.plan.data, now);
    const after = spec.read(db, p.plan.id)!;
    const changes: Record<string, [string | null, string | null]> = {};
    for (const field of Object.keys(after)) {
      if ((before[field] ?? null) !== (after[field] ?? null)) changes[field] = [before[field] ?? null, after[field] ?? null];
    }
    out.push({ table: def.table, id: p.plan.id, row: p.row, action: 'updated', changes: JSON.stringify(changes) });
    advance(1);
  }
  reportProgress('写入', total, total);
  return out;
}

export function commitRecords(db: Db, input: CommitInput): RecordImportBatch {
  const def = recordSet(input.set);
  return db.transaction(() => {
    // The dry run just made of these very rows, when the store has not changed since, or a new check.
    const { state, planned, counts } = takeCheck<Plan>(db, checkKey(input)) ?? check(db, def, input);
    if (counts.errors > 0 && !input.skipInvalid) {
      throw new AppError('VALIDATION', `有 ${counts.errors} 行存在错误，未导入任何数据。请先改正这些行，或选择“只导入无错误的行”。`);
    }
    if (planned.length === 0) throw new AppError('VALIDATION', '没有可导入的行：所有数据行都有错误。');
    const now = nowTimestamp();
    const options = { ...input.options, target: def.target ? def.target(state) : null };
    const info = db
      .prepare(
        `INSERT INTO import_batches (record_set, file_name, sheet_name, options, imported_at, rows, created, updated, unchanged, skipped, warnings)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.set, input.fileName, input.sheet, JSON.stringify(options), now, counts.rows, counts.create, counts.update, counts.unchanged, counts.errors, counts.warnings);
    const batchId = Number(info.lastInsertRowid);
    const record = db.prepare('INSERT INTO import_batch_records (batch_id, record_table, record_id, source_row, action, changes) VALUES (?, ?, ?, ?, ?, ?)');
    const write = () => writePlanned(db, def, state, planned, now);
    const written = def.writeAround ? def.writeAround(db, counts.create, write) : write();
    for (const w of written) record.run(batchId, w.table, w.id, w.row, w.action, w.changes);
    return getRecordBatch(db, batchId);
  })();
}

// ---- undo ----

const TABLE_NAME = /^[a-z][a-z0-9_]*$/;

/** The engine's default removal: each record deleted from the table it was written to. */
export function removeFromTables(db: Db, records: readonly WrittenRecord[]): number {
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  let n = 0;
  for (const r of records) {
    let remove = statements.get(r.table);
    if (!remove) {
      if (!TABLE_NAME.test(r.table)) throw new Error(`unexpected record table ${r.table}`);
      remove = db.prepare(`DELETE FROM "${r.table}" WHERE id = ?`);
      statements.set(r.table, remove);
    }
    n += remove.run(r.id).changes;
  }
  return n;
}

/** A batch's records, the last written first (the order an undo takes them in). */
export function batchRecordRows(db: Db, batchId: number): BatchRecordRow[] {
  return db
    .prepare<[number], BatchRecordRow>(
      'SELECT record_table AS "table", record_id AS id, source_row AS row, action, changes FROM import_batch_records WHERE batch_id = ? ORDER BY rowid DESC',
    )
    .all(batchId);
}

export interface Restored {
  restored: number;
  kept: number;
}

/**
 * Puts back each field an import changed. A field changed again since is kept ('keep') or stops
 * the undo ('refuse'), as the definition says; a record deleted since is left alone.
 */
export function restoreUpdated(db: Db, spec: UpdateSpec<unknown, unknown> | undefined, recordsWord: string, rows: readonly BatchRecordRow[]): Restored {
  const result: Restored = { restored: 0, kept: 0 };
  const updated = rows.filter((r) => r.action === 'updated' && r.changes);
  if (updated.length === 0) return result;
  if (!spec) throw new Error(`a batch of ${recordsWord} has updated records but no update spec`);
  const plans: Array<{ id: number; values: FieldValues }> = [];
  const changedSince: string[] = [];
  for (const r of updated) {
    const current = spec.read(db, r.id);
    if (!current) continue;
    const changes = JSON.parse(r.changes!) as Record<string, [string | null, string | null]>;
    const values: FieldValues = {};
    let later = false;
    for (const [field, [before, after]] of Object.entries(changes)) {
      if ((current[field] ?? null) === after) {
        values[field] = before;
        result.restored++;
      } else {
        later = true;
        result.kept++;
      }
    }
    if (later) changedSince.push(spec.name(db, r.id));
    if (Object.keys(values).length > 0) plans.push({ id: r.id, values });
  }
  if (spec.laterEdits === 'refuse' && changedSince.length > 0) {
    throw new AppError(
      'CONFLICT',
      `不能撤销：本批导入修改过的${recordsWord} ${nameList(changedSince, '条')} 在导入后又被修改过，撤销会覆盖这些修改。请先在${recordsWord}中逐条核对。`,
    );
  }
  for (const p of plans) spec.restore(db, p.id, p.values);
  return result;
}

export function undoRecords(db: Db, id: number): ImportUndoResult {
  return db.transaction(() => {
    const batch = getRecordBatch(db, id);
    if (batch.undoneAt) throw new AppError('CONFLICT', `该批次已于 ${batch.undoneAt} 撤销过，不能重复撤销。`);
    const def = recordSet(batch.set);
    const rows = batchRecordRows(db, id);
    const created: WrittenRecord[] = rows.filter((r) => r.action === 'created').map((r) => ({ table: r.table, id: r.id, row: r.row }));
    const blocker = def.undoBlocker ? def.undoBlocker(db, created) : null;
    if (blocker) throw new AppError('IN_USE', `不能撤销：${blocker}`);
    const { restored, kept } = restoreUpdated(db, def.update, def.recordsWord, rows);
    const removed = def.remove ? def.remove(db, created) : removeFromTables(db, created);
    db.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(nowTimestamp(), id);
    return { batch: getRecordBatch(db, id), removed, gone: created.length - removed, restored, kept };
  })();
}
