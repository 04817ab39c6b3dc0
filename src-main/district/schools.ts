/**
 * 基层工会名单: the schools the district expects a ledger from. Names are unique after clean-up
 * (full-width letters, inner spaces), since a received file is matched to the list by its name.
 */
import { AppError } from '../../shared/api/errors';
import { nowTimestamp } from '../../shared/domain/dates';
import { removeSpaces, toHalfWidth } from '../../shared/domain/text';
import type { School, SchoolType, SchoolValues } from '../../shared/district/schema';
import type { Db } from '../db/types';

/** The form a name is compared in: half-width, no spaces, so 「实验 小学」 and 「实验小学」 are one school. */
export function schoolKey(name: string): string {
  return removeSpaces(toHalfWidth(name)).replace(/[（）]/g, (c) => (c === '（' ? '(' : ')'));
}

interface SchoolRow {
  id: number;
  name: string;
  type: SchoolType | null;
  contact: string | null;
  phone: string | null;
  staff: number | null;
  notes: string | null;
  years: string | null;
}

const SELECT = `SELECT s.id, s.name, s.type, s.contact, s.phone, s.staff, s.notes,
  (SELECT group_concat(year) FROM (SELECT r.year FROM district_reports r WHERE r.school_id = s.id AND r.replaced_at IS NULL ORDER BY r.year DESC)) AS years
  FROM district_schools s`;

function toSchool(r: SchoolRow): School {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    contact: r.contact,
    phone: r.phone,
    staff: r.staff,
    notes: r.notes,
    reportedYears: r.years ? r.years.split(',').map(Number) : [],
  };
}

export function listSchools(db: Db): School[] {
  return db.prepare<[], SchoolRow>(`${SELECT} ORDER BY s.type IS NULL, CASE s.type WHEN '中学' THEN 1 WHEN '小学' THEN 2 WHEN '幼儿园' THEN 3 ELSE 4 END, s.name`).all().map(toSchool);
}

export function getSchool(db: Db, id: number): School {
  const row = db.prepare<[number], SchoolRow>(`${SELECT} WHERE s.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '该学校不在基层工会名单中（可能已被删除），请刷新后重试。');
  return toSchool(row);
}

/** The listed school whose name reads the same as `name`, or null. */
export function findSchoolByName(db: Db, name: string): { id: number; name: string } | null {
  const key = schoolKey(name);
  const rows = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM district_schools').all();
  return rows.find((r) => schoolKey(r.name) === key) ?? null;
}

function sameNameElsewhere(db: Db, name: string, id: number | undefined): void {
  const found = findSchoolByName(db, name);
  if (found && found.id !== id) {
    throw new AppError('CONFLICT', `名单中已有“${found.name}”，同一所学校不能重复添加。`, { name: `「学校名称」名单中已有“${found.name}”` });
  }
}

export function saveSchool(db: Db, values: SchoolValues & { id?: number | undefined }): School {
  return db.transaction(() => {
    sameNameElsewhere(db, values.name, values.id);
    const now = nowTimestamp();
    const p = { name: values.name, type: values.type, contact: values.contact, phone: values.phone, staff: values.staff, notes: values.notes, now };
    if (values.id === undefined) {
      const id = Number(
        db
          .prepare(
            `INSERT INTO district_schools (name, type, contact, phone, staff, notes, created_at, updated_at)
             VALUES (@name, @type, @contact, @phone, @staff, @notes, @now, @now)`,
          )
          .run(p).lastInsertRowid,
      );
      return getSchool(db, id);
    }
    getSchool(db, values.id);
    db.prepare(
      `UPDATE district_schools SET name = @name, type = @type, contact = @contact, phone = @phone, staff = @staff, notes = @notes, updated_at = @now WHERE id = @id`,
    ).run({ ...p, id: values.id });
    return getSchool(db, values.id);
  })();
}

/** A school with received reports stays: its reports are the district's record of what it sent. */
export function deleteSchool(db: Db, id: number): { ok: true } {
  return db.transaction(() => {
    const school = getSchool(db, id);
    const n = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM district_reports WHERE school_id = ?').get(id)!.n;
    if (n > 0) {
      throw new AppError('IN_USE', `“${school.name}”已有 ${n} 份报送的台账（含历史记录），不能从名单中删除。如学校已撤并，可在备注中注明。`);
    }
    db.prepare('DELETE FROM district_schools WHERE id = ?').run(id);
    return { ok: true as const };
  })();
}
