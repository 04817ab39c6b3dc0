/**
 * 导入花名册: read a file, check its rows, commit them in one transaction as a batch that can be
 * undone as a whole.
 */
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { nowTimestamp } from '../../../shared/domain/dates';
import type { MemberData } from '../../../shared/members/schema';
import { IMPORT_FIELDS } from '../../../shared/members/roster/fields';
import type {
  CheckedRow,
  ImportBatch,
  RosterCheck,
  RosterSheet,
  rosterCheckInputSchema,
  rosterCommitInputSchema,
  rosterReadInputSchema,
  UndoResult,
} from '../../../shared/members/roster/schema';
import { validateRows, type Verdicts } from '../../../shared/members/roster/validate';
import { findReferences } from '../../db/references';
import type { Db } from '../../db/types';
import { getMember, updateMember } from '../service';
import { memberWriter } from '../writer';
import { withSearchIndexDeferred } from './bulk';
import { memberData, planRows, type PlannedRow } from './match';
import { assertImportSize, readImportFile } from '../../import/read-file';
import { toSheet } from '../../import/sheet';
import { nameList, type FieldValues, type UpdateSpec } from '../../import/definition';
import { batchRecordRows, removeFromTables, restoreUpdated } from '../../import/records';
import { ROSTER_SHEET } from './definition';
import { reportProgress } from '../../../shared/jobs/progress';

type ReadInput = z.output<typeof rosterReadInputSchema>;
type CheckInput = z.output<typeof rosterCheckInputSchema>;
type CommitInput = z.output<typeof rosterCommitInputSchema>;

export async function readRosterBytes(fileName: string, bytes: Buffer, options: { sheet?: string; headerRow?: number } = {}): Promise<RosterSheet> {
  const workbook = await readImportFile(fileName, bytes);
  return toSheet(fileName, workbook, options, ROSTER_SHEET);
}

export async function readRoster(input: ReadInput): Promise<RosterSheet> {
  // base64 is 4/3 of the size: refuse an oversized file before decoding it.
  assertImportSize(Math.floor((input.contentBase64.length * 3) / 4));
  const bytes = Buffer.from(input.contentBase64, 'base64');
  return readRosterBytes(input.fileName, bytes, { sheet: input.sheet, headerRow: input.headerRow });
}

function assertNameColumn(input: CheckInput): void {
  if (!input.mapping.includes('name')) {
    throw new AppError('VALIDATION', '没有找到“姓名”列：请为表中的姓名列选择“姓名”。如果表头不在这一行，请重新选择表头所在的行。');
  }
  if (input.mapping.filter((f) => f === 'name').length > 1) {
    throw new AppError('VALIDATION', '有两列都选择了“姓名”，每个字段只能对应一列。');
  }
}

interface Checked {
  verdicts: Verdicts;
  planned: PlannedRow[];
  rows: CheckedRow[];
  counts: RosterCheck['counts'];
}

function check(db: Db, input: CheckInput): Checked {
  assertNameColumn(input);
  const verdicts = validateRows(input.headers, input.mapping, input.rows);
  const planned = planRows(db, verdicts.rows);
  const plannedByRow = new Map(planned.map((p) => [p.verdict.row, p]));
  const counts = { rows: verdicts.rows.length, valid: 0, errors: 0, warnings: 0, create: 0, update: 0, unchanged: 0, skipped: verdicts.skipped };
  const rows: CheckedRow[] = verdicts.rows.map((v) => {
    const plan = plannedByRow.get(v.row);
    const hasError = v.data === null;
    const hasWarning = v.issues.some((i) => i.level === 'warning');
    if (hasError) counts.errors++;
    else {
      counts.valid++;
      if (hasWarning) counts.warnings++;
      if (plan) counts[plan.action]++;
    }
    return {
      row: v.row,
      status: hasError ? 'error' : hasWarning ? 'warning' : 'valid',
      action: plan?.action ?? null,
      memberId: plan?.member?.id ?? null,
      issues: v.issues,
      changes: plan?.changes ?? [],
    };
  });
  return { verdicts, planned, rows, counts };
}

export function previewRoster(db: Db, input: CheckInput): RosterCheck {
  const { rows, counts } = check(db, input);
  return { counts, rows };
}

// ---- batches ----
// The roster's batches live in the import engine's tables (record_set 'members', migration 015);
// the engine undoes them: created members deleted, each updated field put back.

interface BatchRow {
  id: number;
  file_name: string;
  sheet_name: string | null;
  imported_at: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  warnings: number;
  undone_at: string | null;
}

function toBatch(r: BatchRow): ImportBatch {
  return {
    id: r.id,
    fileName: r.file_name,
    sheet: r.sheet_name,
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

export function getBatch(db: Db, id: number): ImportBatch {
  const row = db.prepare<[number], BatchRow>("SELECT * FROM import_batches WHERE id = ? AND record_set = 'members'").get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该导入批次，可能已被删除。');
  return toBatch(row);
}

export function listBatches(db: Db): ImportBatch[] {
  return db.prepare<[], BatchRow>("SELECT * FROM import_batches WHERE record_set = 'members' ORDER BY id DESC").all().map(toBatch);
}

export function commitRoster(db: Db, input: CommitInput): ImportBatch {
  return db.transaction(() => {
    const { planned, counts } = check(db, input);
    if (counts.errors > 0 && !input.skipInvalid) {
      throw new AppError(
        'VALIDATION',
        `有 ${counts.errors} 行存在错误，未导入任何数据。请先改正这些行，或选择“只导入无错误的行”。`,
      );
    }
    if (planned.length === 0) throw new AppError('VALIDATION', '没有可导入的行：所有数据行都有错误。');
    const now = nowTimestamp();
    const info = db
      .prepare(
        `INSERT INTO import_batches (record_set, file_name, sheet_name, options, imported_at, rows, created, updated, unchanged, skipped, warnings)
         VALUES ('members', ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.fileName, input.sheet, now, counts.rows, counts.create, counts.update, counts.unchanged, counts.errors, counts.warnings);
    const batchId = Number(info.lastInsertRowid);
    const record = db.prepare(
      "INSERT INTO import_batch_records (batch_id, record_table, record_id, source_row, action, changes) VALUES (?, 'members', ?, ?, ?, ?)",
    );
    const writer = memberWriter(db, now);
    withSearchIndexDeferred(db, counts.create, () => {
      let written = 0;
      for (const plan of planned) {
        reportProgress('写入', written++, planned.length);
        if (plan.action === 'create') {
          record.run(batchId, writer.insert(plan.data), plan.verdict.row, 'created', null);
        } else if (plan.action === 'update' && plan.member) {
          const stored = writer.update(plan.member.id, plan.data);
          const before = memberData(plan.member);
          const changes: Record<string, [string | null, string | null]> = {};
          for (const field of IMPORT_FIELDS) {
            if (before[field] !== stored[field]) changes[field] = [before[field], stored[field]];
          }
          record.run(batchId, plan.member.id, plan.verdict.row, 'updated', JSON.stringify(changes));
        }
      }
    });
    reportProgress('写入', planned.length, planned.length);
    return getBatch(db, batchId);
  })();
}

// ---- undo ----

function memberExists(db: Db, id: number): boolean {
  return db.prepare<[number], { id: number }>('SELECT id FROM members WHERE id = ?').get(id) !== undefined;
}

/** A member's import fields as the engine's per-field undo compares and puts them back. */
const MEMBER_FIELDS: UpdateSpec<unknown, unknown> = {
  read: (db, id) => (memberExists(db, id) ? (memberData(getMember(db, id)) as FieldValues) : null),
  apply: () => {
    throw new Error('roster updates are written by commitRoster');
  },
  restore(db, id, values) {
    updateMember(db, id, { ...memberData(getMember(db, id)), ...values } as MemberData);
  },
  name: (db, id) => getMember(db, id).name,
  // A field edited again after the import keeps its newer value; the others are put back.
  laterEdits: 'keep',
};

export function undoBatch(db: Db, id: number): UndoResult {
  return db.transaction(() => {
    const batch = getBatch(db, id);
    if (batch.undoneAt) throw new AppError('CONFLICT', `该批次已于 ${batch.undoneAt} 撤销过，不能重复撤销。`);
    const rows = batchRecordRows(db, id);
    const created = rows.filter((r) => r.action === 'created' && memberExists(db, r.id));
    const blocked: string[] = [];
    for (const r of created) {
      if (findReferences(db, 'members', r.id).length > 0) blocked.push(getMember(db, r.id).name);
    }
    if (blocked.length > 0) {
      throw new AppError('IN_USE', `不能撤销：本批导入的会员 ${nameList(blocked)} 已被其他记录（如慰问、教代会）引用。请先处理这些记录，或改为逐个修改会员信息。`);
    }
    const removed = removeFromTables(db, created);
    const { restored, kept } = restoreUpdated(db, MEMBER_FIELDS, '会员', rows);
    db.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(nowTimestamp(), id);
    return { batch: getBatch(db, id), removed, restored, kept, gone: batch.created - removed };
  })();
}
