/**
 * Receiving the schools' ledgers: each file read and checked (format, hash, every sheet, year,
 * school on the list), shown before anything is saved, then taken one file at a time, each in its
 * own transaction: a refused file changes nothing and does not stop the others.
 */
import { AppError } from '../../shared/api/errors';
import { formatDateCn, nowTimestamp } from '../../shared/domain/dates';
import type { LedgerPayload, ReceivedFile, ReceiveProgress, ReceiveResult, SchoolType } from '../../shared/district/schema';
import { blankReceivedFile } from '../../shared/district/schema';
import type { Db } from '../db/types';
import { readLedgerFile } from './ledger-file';
import { currentReport, saveReport } from './reports';
import { findSchoolByName, getSchool, saveSchool } from './schools';

export interface IncomingFile {
  fileName: string;
  contentBase64: string;
  schoolId?: number | undefined;
  addSchool?: boolean | undefined;
  schoolType?: SchoolType | undefined;
}

export type ProgressFn = (p: ReceiveProgress) => void;


function describe(fileName: string, p: LedgerPayload): ReceivedFile {
  return {
    ...blankReceivedFile(fileName, null),
    schoolName: p.schoolName,
    year: p.year,
    exportedAt: p.exportedAt,
    members: p.figures.members.total,
    motions: p.figures.congress.motions,
    visits: p.figures.welfare.visits,
    amountFen: p.figures.welfare.amountFen,
    hardship: p.figures.welfare.hardshipHouseholds,
  };
}

const message = (error: unknown, fileName: string) =>
  error instanceof AppError ? error.message : `“${fileName}”无法读取，文件可能已损坏。请让学校重新导出并发送。`;

interface Checked {
  file: ReceivedFile;
  payload: LedgerPayload | null;
  hash: string;
}

/** Reads and checks one file against the store as it is now; nothing is written. */
async function check(db: Db, wanted: number | undefined, f: IncomingFile, commit: boolean): Promise<Checked> {
  let read;
  try {
    read = await readLedgerFile(f.fileName, Buffer.from(f.contentBase64, 'base64'));
  } catch (error) {
    return { file: blankReceivedFile(f.fileName, message(error, f.fileName)), payload: null, hash: '' };
  }
  const { payload, hash } = read;
  const file = describe(f.fileName, payload);
  const fail = (error: string): Checked => ({ file: { ...file, ok: false, error }, payload: null, hash });
  const q = `“${f.fileName}”`;
  const year = wanted ?? payload.year;
  if (payload.year !== year) {
    return fail(`${q}是${payload.schoolName}${payload.year}年度的台账，本次接收的是${year}年度。请选择${year}年度的台账，或把接收年度改为${payload.year}年。`);
  }
  let school: { id: number; name: string } | null = null;
  if (f.schoolId !== undefined) {
    try {
      school = getSchool(db, f.schoolId);
    } catch {
      return fail(`${q}要归入的学校已不在基层工会名单中，请刷新后重试。`);
    }
  } else school = findSchoolByName(db, payload.schoolName);
  if (!school) {
    file.newSchool = true;
    if (commit && !f.addSchool) {
      return fail(`${q}的学校“${payload.schoolName}”不在基层工会名单中。请先把它加入名单，或在接收时选择“加入名单”或归入名单中的学校。`);
    }
    return { file, payload, hash };
  }
  file.schoolId = school.id;
  const current = currentReport(db, school.id, year);
  if (current) {
    if (current.hash === hash) {
      return fail(`${q}与${formatDateCn(current.received_at.slice(0, 10))}已接收的${school.name}${year}年度台账完全相同，无需重复接收。`);
    }
    if (current.exported_at > payload.exportedAt) {
      return fail(
        `${q}导出于${payload.exportedAt}，比已接收的${school.name}台账（导出于${current.exported_at}）更早，不能替换较新的报送。请确认学校发送的是最新一份。`,
      );
    }
    file.replaces = { reportId: current.id, exportedAt: current.exported_at, receivedAt: current.received_at };
  }
  return { file, payload, hash };
}

function tally(files: ReceivedFile[]): ReceiveResult {
  const taken = files.filter((f) => f.ok).length;
  return { files, taken, refused: files.length - taken };
}

/** Two files of one school in one run: only the later export can be taken; the other is named. */
function duplicatesInRun(results: Checked[]): void {
  const byKey = new Map<string, Checked>();
  for (const r of results) {
    if (!r.payload) continue;
    const key = `${r.payload.year}:${r.file.schoolId !== null ? `id:${r.file.schoolId}` : `name:${r.payload.schoolName}`}`;
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, r);
      continue;
    }
    const [older, newer] = other.payload!.exportedAt <= r.payload.exportedAt ? [other, r] : [r, other];
    older.file = {
      ...older.file,
      ok: false,
      error: `“${older.file.fileName}”与“${newer.file.fileName}”是同一学校（${older.payload!.schoolName}）的台账，只接收导出较晚的“${newer.file.fileName}”。`,
    };
    older.payload = null;
    byKey.set(key, newer);
  }
}

export async function previewReceive(db: Db, year: number | undefined, files: IncomingFile[], onProgress?: ProgressFn): Promise<ReceiveResult> {
  const results: Checked[] = [];
  for (const [i, f] of files.entries()) {
    onProgress?.({ phase: '检查', done: i, total: files.length });
    results.push(await check(db, year, f, false));
  }
  duplicatesInRun(results);
  onProgress?.({ phase: '检查', done: files.length, total: files.length });
  return tally(results.map((r) => r.file));
}

/** Takes every file that passes, each in its own transaction. Progress: 读取 → 检查 → 写入 per file. */
export async function commitReceive(db: Db, year: number | undefined, files: IncomingFile[], onProgress?: ProgressFn): Promise<ReceiveResult> {
  const total = files.length;
  const results: Checked[] = [];
  for (const [i, f] of files.entries()) {
    onProgress?.({ phase: '读取', done: i, total });
    results.push(await check(db, year, f, true));
  }
  onProgress?.({ phase: '检查', done: total, total });
  duplicatesInRun(results);
  for (const [i, r] of results.entries()) {
    onProgress?.({ phase: '写入', done: i, total });
    if (!r.payload) continue;
    const f = files[i]!;
    const payload = r.payload;
    try {
      r.file = db.transaction(() => {
        // Checked again inside the transaction: another program may have written since.
        let schoolId = r.file.schoolId;
        if (schoolId === null) {
          const listed = findSchoolByName(db, payload.schoolName);
          schoolId = listed
            ? listed.id
            : saveSchool(db, { name: payload.schoolName, type: f.schoolType ?? null, contact: null, phone: null, staff: null, notes: null }).id;
        }
        const current = currentReport(db, schoolId, payload.year);
        const replaces = current ? { reportId: current.id, exportedAt: current.exported_at, receivedAt: current.received_at } : null;
        const reportId = saveReport(db, schoolId, f.fileName, r.hash, payload, nowTimestamp());
        return { ...r.file, schoolId, newSchool: r.file.newSchool, replaces, reportId };
      })();
    } catch (error) {
      r.file = { ...r.file, ok: false, error: `“${f.fileName}”未能保存：${message(error, f.fileName)}`, reportId: null };
    }
  }
  onProgress?.({ phase: '写入', done: total, total });
  return tally(results.map((r) => r.file));
}
