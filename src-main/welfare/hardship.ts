/**
 * 困难职工档案: one file per family in hardship, with its family members, verified at least yearly.
 */
import dayjs from 'dayjs';
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import { normalizeName, toHalfWidth, trimAll } from '../../shared/domain/text';
import {
  REVERIFY_MONTHS,
  type FamilyMember,
  type HardshipData,
  type HardshipDetail,
  type HardshipFile,
  type hardshipListQuerySchema,
  type reverifyInputSchema,
} from '../../shared/welfare/schema';
import type { Db } from '../db/types';
import { escapeLike, inList, whereClause } from '../db/sql';

type ListQuery = z.output<typeof hardshipListQuerySchema>;
type ReverifyData = z.output<typeof reverifyInputSchema>;

interface FileRow {
  id: number;
  member_id: number;
  member_name: string;
  department: string | null;
  member_status: HardshipFile['memberStatus'];
  level: HardshipFile['level'];
  main_cause: HardshipFile['mainCause'];
  secondary_causes: string;
  household_size: number;
  per_capita_income_fen: number;
  health: string | null;
  housing: string | null;
  filed_on: string;
  verified_on: string;
  verified_by: string;
  status: HardshipFile['status'];
  status_date: string | null;
  status_reason: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

const FILE_SELECT = `SELECT h.*, m.name AS member_name, m.department, m.status AS member_status
  FROM hardship_files h JOIN members m ON m.id = h.member_id`;

export function reverifyBy(verifiedOn: string): string {
  return dayjs(verifiedOn).add(REVERIFY_MONTHS, 'month').format('YYYY-MM-DD');
}

/** The last verification day that is still current today: anything older is due. */
export function reverifyCutoff(today: string = todayIso()): string {
  return dayjs(today).subtract(REVERIFY_MONTHS, 'month').format('YYYY-MM-DD');
}

function rowToFile(r: FileRow, today: string = todayIso()): HardshipFile {
  let causes: HardshipFile['secondaryCauses'] = [];
  try {
    causes = JSON.parse(r.secondary_causes) as HardshipFile['secondaryCauses'];
  } catch {
    causes = [];
  }
  const by = reverifyBy(r.verified_on);
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    department: r.department,
    memberStatus: r.member_status,
    level: r.level,
    mainCause: r.main_cause,
    secondaryCauses: causes,
    householdSize: r.household_size,
    perCapitaIncomeFen: r.per_capita_income_fen,
    health: r.health,
    housing: r.housing,
    filedOn: r.filed_on,
    verifiedOn: r.verified_on,
    verifiedBy: r.verified_by,
    status: r.status,
    statusDate: r.status_date,
    statusReason: r.status_reason,
    notes: r.notes,
    reverifyDue: r.status === '在档' && by <= today,
    reverifyBy: by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getHardshipFile(db: Db, id: number): HardshipDetail {
  const row = db.prepare<[number], FileRow>(`${FILE_SELECT} WHERE h.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该困难职工档案，可能已被删除。');
  const family = db
    .prepare<[number], { id: number; name: string; relation: string; birth_date: string | null; occupation: string | null; monthly_income_fen: number; health: string | null }>(
      'SELECT * FROM hardship_family_members WHERE file_id = ? ORDER BY position, id',
    )
    .all(id)
    .map(
      (f): FamilyMember => ({
        id: f.id,
        name: f.name,
        relation: f.relation,
        birthDate: f.birth_date,
        occupation: f.occupation,
        monthlyIncomeFen: f.monthly_income_fen,
        health: f.health,
      }),
    );
  const person = db
    .prepare<[number], { id_number: string | null; phone: string | null; gender: string | null; birth_date: string | null }>(
      'SELECT id_number, phone, gender, birth_date FROM members WHERE id = ?',
    )
    .get(row.member_id)!;
  const since = dayjs(todayIso()).subtract(3, 'year').format('YYYY-MM-DD');
  const recentVisits = db
    .prepare<[number, string], { visitDate: string; reason: string; amountFen: number; goods: string | null }>(
      `SELECT visit_date AS visitDate, reason, amount_fen AS amountFen, goods FROM welfare_visits
       WHERE member_id = ? AND visit_date >= ? ORDER BY visit_date DESC, id DESC LIMIT 20`,
    )
    .all(row.member_id, since);
  return {
    ...rowToFile(row),
    family,
    idNumber: person.id_number,
    phone: person.phone,
    gender: person.gender,
    birthDate: person.birth_date,
    recentVisits,
  };
}

/** The member's current file (在档), or else the latest one. */
export function getHardshipForMember(db: Db, memberId: number): HardshipFile | null {
  const row = db
    .prepare<[number], FileRow>(`${FILE_SELECT} WHERE h.member_id = ? ORDER BY h.status = '在档' DESC, h.filed_on DESC, h.id DESC LIMIT 1`)
    .get(memberId);
  return row ? rowToFile(row) : null;
}

export function listHardshipFiles(db: Db, query: ListQuery): HardshipFile[] {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  inList({ clauses, params }, 'h.status', 'st', query.statuses);
  inList({ clauses, params }, 'h.level', 'lv', query.levels);
  const q = query.search ? normalizeName(trimAll(toHalfWidth(query.search))) : '';
  if (q) {
    clauses.push(`(m.name LIKE @q ESCAPE '\\' OR m.name_initials LIKE @qi ESCAPE '\\')`);
    params.q = `%${escapeLike(q)}%`;
    params.qi = `${escapeLike(q.toLowerCase())}%`;
  }
  if (query.dueOnly) {
    clauses.push(`h.status = '在档' AND h.verified_on <= @cutoff`);
    params.cutoff = reverifyCutoff();
  }
  const where = whereClause(clauses);
  return db
    .prepare<Record<string, string>, FileRow>(
      `${FILE_SELECT} ${where} ORDER BY h.status = '在档' DESC, h.verified_on ASC, m.name_pinyin, h.id`,
    )
    .all(params)
    .map((r) => rowToFile(r));
}

export function hardshipCounts(db: Db): { active: number; reverifyDue: number } {
  return db
    .prepare<[string], { active: number; reverifyDue: number }>(
      `SELECT count(*) AS active, coalesce(sum(verified_on <= ?), 0) AS reverifyDue FROM hardship_files WHERE status = '在档'`,
    )
    .get(reverifyCutoff())!;
}

function memberName(db: Db, memberId: number): { name: string; status: string } {
  const m = db.prepare<[number], { name: string; status: string }>('SELECT name, status FROM members WHERE id = ?').get(memberId);
  if (!m) throw new AppError('NOT_FOUND', '找不到所选会员，可能已被删除。', { memberId: '会员不存在' });
  return m;
}

function assertOneActive(db: Db, data: HardshipData, exceptId?: number): void {
  if (data.status !== '在档') return;
  const other = db
    .prepare<[number, number], { id: number }>(`SELECT id FROM hardship_files WHERE member_id = ? AND status = '在档' AND id <> ?`)
    .get(data.memberId, exceptId ?? 0);
  if (other) {
    const { name } = memberName(db, data.memberId);
    throw new AppError('CONFLICT', `会员 ${name} 已有一份在档的困难职工档案，请在原档案上修改或复核。`, { memberId: '已有在档档案' });
  }
}

function writeFamily(db: Db, fileId: number, data: HardshipData): void {
  db.prepare('DELETE FROM hardship_family_members WHERE file_id = ?').run(fileId);
  const insert = db.prepare(
    `INSERT INTO hardship_family_members (file_id, position, name, relation, birth_date, occupation, monthly_income_fen, health)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  data.family.forEach((f, i) => insert.run(fileId, i, f.name, f.relation, f.birthDate, f.occupation, f.monthlyIncomeFen, f.health));
}

function bindings(data: HardshipData, now: string) {
  return {
    memberId: data.memberId,
    level: data.level,
    mainCause: data.mainCause,
    secondaryCauses: JSON.stringify(data.secondaryCauses),
    householdSize: data.householdSize,
    perCapitaIncomeFen: data.perCapitaIncomeFen,
    health: data.health,
    housing: data.housing,
    filedOn: data.filedOn,
    verifiedOn: data.verifiedOn,
    verifiedBy: data.verifiedBy,
    status: data.status,
    statusDate: data.status === '在档' ? null : data.statusDate,
    statusReason: data.status === '在档' ? null : data.statusReason,
    notes: data.notes,
    now,
  };
}

export function createHardshipFile(db: Db, data: HardshipData): HardshipDetail {
  return db.transaction(() => {
    const m = memberName(db, data.memberId);
    if (m.status === '退会' && data.status === '在档') {
      throw new AppError('VALIDATION', `会员 ${m.name} 已退会，不能建立在档的困难职工档案。`, { memberId: '该会员已退会' });
    }
    assertOneActive(db, data);
    const id = Number(
      db
        .prepare(
          `INSERT INTO hardship_files (member_id, level, main_cause, secondary_causes, household_size, per_capita_income_fen,
            health, housing, filed_on, verified_on, verified_by, status, status_date, status_reason, notes, created_at, updated_at)
           VALUES (@memberId, @level, @mainCause, @secondaryCauses, @householdSize, @perCapitaIncomeFen, @health, @housing,
            @filedOn, @verifiedOn, @verifiedBy, @status, @statusDate, @statusReason, @notes, @now, @now)`,
        )
        .run(bindings(data, nowTimestamp())).lastInsertRowid,
    );
    writeFamily(db, id, data);
    return getHardshipFile(db, id);
  })();
}

export function updateHardshipFile(db: Db, id: number, data: HardshipData): HardshipDetail {
  return db.transaction(() => {
    getHardshipFile(db, id);
    memberName(db, data.memberId);
    assertOneActive(db, data, id);
    db.prepare(
      `UPDATE hardship_files SET member_id = @memberId, level = @level, main_cause = @mainCause,
        secondary_causes = @secondaryCauses, household_size = @householdSize, per_capita_income_fen = @perCapitaIncomeFen,
        health = @health, housing = @housing, filed_on = @filedOn, verified_on = @verifiedOn, verified_by = @verifiedBy,
        status = @status, status_date = @statusDate, status_reason = @statusReason, notes = @notes, updated_at = @now
       WHERE id = @id`,
    ).run({ ...bindings(data, nowTimestamp()), id });
    writeFamily(db, id, data);
    return getHardshipFile(db, id);
  })();
}

export function reverifyHardshipFile(db: Db, input: ReverifyData): HardshipDetail {
  return db.transaction(() => {
    const file = getHardshipFile(db, input.id);
    if (file.status !== '在档') {
      throw new AppError('CONFLICT', `该档案已“${file.status}”，无需复核。`);
    }
    if (input.verifiedOn < file.verifiedOn) {
      throw new AppError('VALIDATION', `复核日期不能早于上次核实日期（${file.verifiedOn}）。`, { verifiedOn: '早于上次核实日期' });
    }
    const note = input.notes ? `${file.notes ? `${file.notes}\n` : ''}${input.verifiedOn} 复核：${input.notes}` : file.notes;
    db.prepare('UPDATE hardship_files SET verified_on = ?, verified_by = ?, notes = ?, updated_at = ? WHERE id = ?').run(
      input.verifiedOn,
      input.verifiedBy,
      note,
      nowTimestamp(),
      input.id,
    );
    return getHardshipFile(db, input.id);
  })();
}

export function deleteHardshipFile(db: Db, id: number): void {
  db.transaction(() => {
    getHardshipFile(db, id);
    db.prepare('DELETE FROM hardship_files WHERE id = ?').run(id);
  })();
}
