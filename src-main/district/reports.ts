/**
 * The received reports: one current report per school and year, earlier sendings kept as history
 * with the date they were replaced. Figures and registers are stored as the school sent them (JSON).
 */
import { nowTimestamp } from '../../shared/domain/dates';
import type { LedgerPayload, ReportHistoryItem } from '../../shared/district/schema';
import type { Db } from '../db/types';

export interface StoredReport {
  id: number;
  school_id: number;
  year: number;
  file_name: string;
  sent_name: string;
  union_name: string;
  exported_at: string;
  received_at: string;
  hash: string;
  figures: string;
  previous: string;
  sentences: string;
  checks: string;
  hardship: string;
  motions: string;
  votes: string;
}

export function currentReport(db: Db, schoolId: number, year: number): StoredReport | null {
  return (
    db
      .prepare<[number, number], StoredReport>('SELECT * FROM district_reports WHERE school_id = ? AND year = ? AND replaced_at IS NULL')
      .get(schoolId, year) ?? null
  );
}

/** Saves a sending as the school's current report of its year; the one it replaces becomes history. */
export function saveReport(db: Db, schoolId: number, fileName: string, hash: string, p: LedgerPayload, now: string = nowTimestamp()): number {
  db.prepare('UPDATE district_reports SET replaced_at = ? WHERE school_id = ? AND year = ? AND replaced_at IS NULL').run(now, schoolId, p.year);
  return Number(
    db
      .prepare(
        `INSERT INTO district_reports (school_id, year, file_name, sent_name, union_name, format_version, app_version, exported_at, received_at,
           hash, figures, previous, sentences, checks, hardship, motions, votes)
         VALUES (@schoolId, @year, @fileName, @sentName, @unionName, @version, @appVersion, @exportedAt, @now,
           @hash, @figures, @previous, @sentences, @checks, @hardship, @motions, @votes)`,
      )
      .run({
        schoolId,
        year: p.year,
        fileName,
        sentName: p.schoolName,
        unionName: p.unionName,
        version: p.version,
        appVersion: p.appVersion,
        exportedAt: p.exportedAt,
        now,
        hash,
        figures: JSON.stringify(p.figures),
        previous: JSON.stringify(p.previous),
        sentences: JSON.stringify(p.sentences),
        checks: JSON.stringify(p.checks),
        hardship: JSON.stringify(p.hardship),
        motions: JSON.stringify(p.motions),
        votes: JSON.stringify(p.votes),
      }).lastInsertRowid,
  );
}

export function reportHistory(db: Db, filter: { schoolId?: number | undefined; year?: number | undefined }): ReportHistoryItem[] {
  return db
    .prepare<
      { schoolId: number | null; year: number | null },
      {
        id: number;
        school_id: number;
        name: string;
        year: number;
        file_name: string;
        exported_at: string;
        received_at: string;
        replaced_at: string | null;
        hash: string;
      }
    >(
      `SELECT r.id, r.school_id, s.name, r.year, r.file_name, r.exported_at, r.received_at, r.replaced_at, r.hash
       FROM district_reports r JOIN district_schools s ON s.id = r.school_id
       WHERE (@schoolId IS NULL OR r.school_id = @schoolId) AND (@year IS NULL OR r.year = @year)
       ORDER BY r.year DESC, s.name, r.received_at DESC, r.id DESC`,
    )
    .all({ schoolId: filter.schoolId ?? null, year: filter.year ?? null })
    .map((r) => ({
      id: r.id,
      schoolId: r.school_id,
      schoolName: r.name,
      year: r.year,
      fileName: r.file_name,
      exportedAt: r.exported_at,
      receivedAt: r.received_at,
      replacedAt: r.replaced_at,
      current: r.replaced_at === null,
      hash: r.hash,
    }));
}

/** The current reports of a year with their schools (the summary and the exports read these). */
export function currentReportsOfYear(db: Db, year: number, columns: string): (Record<string, string | number | null> & { school_id: number })[] {
  return db
    .prepare<[number], Record<string, string | number | null> & { school_id: number }>(
      `SELECT r.school_id, ${columns} FROM district_reports r WHERE r.year = ? AND r.replaced_at IS NULL`,
    )
    .all(year);
}
