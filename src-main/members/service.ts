/**
 * The member register (会员花名册): plain functions over a database handle.
 */
import { AppError } from '../../shared/api/errors';
import { formatDateCn, nowTimestamp, todayIso } from '../../shared/domain/dates';
import { normalizeName, toHalfWidth, trimAll } from '../../shared/domain/text';
import type {
  ChangeStatusInput,
  Member,
  MemberData,
  MemberDetail,
  MemberList,
  MemberStats,
  StatusChange,
} from '../../shared/members/schema';
import type { z } from 'zod';
import type { changeStatusInputSchema, memberListQuerySchema } from '../../shared/members/schema';
import { findReferences } from '../db/references';
import { departmentOrderBy } from '../settings/department-order';
import type { Db } from '../db/types';
import { escapeLike, inList, whereClause, type Where } from '../db/sql';
import { applyIdDerivations } from './id-derivations';
import { assertNothingScheduled, cancelScheduledStatus, getScheduled, scheduledOf, scheduleStatusChange } from './scheduled';
import { memberWriter } from './writer';

type ListQuery = z.output<typeof memberListQuerySchema>;
type StatusInput = z.output<typeof changeStatusInputSchema>;
export type { ChangeStatusInput };

interface MemberRow {
  id: number;
  name: string;
  gender: Member['gender'];
  ethnicity: string | null;
  birth_date: string | null;
  id_number: string | null;
  political_status: string | null;
  education: string | null;
  title: string | null;
  department: string | null;
  position: string | null;
  phone: string | null;
  employment_type: Member['employmentType'];
  join_date: string | null;
  status: Member['status'];
  status_date: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, name, gender, ethnicity, birth_date, id_number, political_status, education, title,
  department, position, phone, employment_type, join_date, status, status_date, notes, created_at, updated_at`;

/** The same columns qualified with the alias m, for the search query's join. */
const M_COLUMNS = COLUMNS.replace(/(^|,\s*)(\w+)/g, '$1m.$2');

export function rowToMember(r: MemberRow): Member {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    ethnicity: r.ethnicity,
    birthDate: r.birth_date,
    idNumber: r.id_number,
    politicalStatus: r.political_status,
    education: r.education,
    title: r.title,
    department: r.department,
    position: r.position,
    phone: r.phone,
    employmentType: r.employment_type,
    joinDate: r.join_date,
    status: r.status,
    statusDate: r.status_date,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export { applyIdDerivations };

function findByIdNumber(db: Db, idNumber: string): { id: number; name: string; department: string | null } | undefined {
  return db
    .prepare<[string], { id: number; name: string; department: string | null }>(
      'SELECT id, name, department FROM members WHERE id_number = ?',
    )
    .get(idNumber);
}

function assertIdNumberFree(db: Db, idNumber: string | null, exceptId?: number): void {
  if (!idNumber) return;
  const other = findByIdNumber(db, idNumber);
  if (other && other.id !== exceptId) {
    const where = other.department ? `（${other.department}）` : '';
    throw new AppError('CONFLICT', `身份证号 ${idNumber} 已登记在会员 ${other.name}${where} 名下，同一人不能登记两次。`, {
      idNumber: '该身份证号已被其他会员使用',
    });
  }
}

export function getMember(db: Db, id: number): Member {
  const row = db.prepare<[number], MemberRow>(`SELECT ${COLUMNS} FROM members WHERE id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该会员，可能已被删除。');
  return { ...rowToMember(row), scheduledStatus: getScheduled(db, id) };
}

export function getMemberDetail(db: Db, id: number): MemberDetail {
  const member = getMember(db, id);
  const statusHistory = db
    .prepare<[number], { id: number; member_id: number; from_status: StatusChange['fromStatus']; to_status: StatusChange['toStatus']; changed_on: string; reason: string | null; recorded_at: string }>(
      'SELECT * FROM member_status_history WHERE member_id = ? ORDER BY changed_on DESC, id DESC',
    )
    .all(id)
    .map((h) => ({
      id: h.id,
      memberId: h.member_id,
      fromStatus: h.from_status,
      toStatus: h.to_status,
      changedOn: h.changed_on,
      reason: h.reason,
      recordedAt: h.recorded_at,
    }));
  return { ...member, statusHistory };
}

/** Inserts one member; callers that insert many wrap this in their own transaction. */
export function insertMember(db: Db, input: MemberData, now: string = nowTimestamp()): Member {
  assertIdNumberFree(db, applyIdDerivations(input).idNumber);
  return getMember(db, memberWriter(db, now).insert(input));
}

export function createMember(db: Db, input: MemberData): Member {
  return db.transaction(() => insertMember(db, input))();
}

export function updateMember(db: Db, id: number, input: MemberData): Member {
  return db.transaction(() => {
    getMember(db, id);
    assertIdNumberFree(db, applyIdDerivations(input).idNumber, id);
    memberWriter(db, nowTimestamp()).update(id, input);
    return getMember(db, id);
  })();
}

/**
 * A change dated after today is scheduled (将于…退休) and applied on that date (members/scheduled.ts);
 * one dated today or earlier is applied now.
 */
export function changeMemberStatus(db: Db, input: StatusInput, today: string = todayIso()): Member {
  return db.transaction(() => {
    const member = getMember(db, input.id);
    if (member.status === input.status) {
      throw new AppError('CONFLICT', `会员 ${member.name} 当前已是“${input.status}”状态。`, { status: '与当前状态相同' });
    }
    if (member.joinDate && input.date < member.joinDate) {
      throw new AppError('VALIDATION', `变更日期不能早于入会时间（${formatDateCn(member.joinDate)}）。`, { date: '早于入会时间' });
    }
    assertNothingScheduled(db, member);
    if (input.date > today) {
      scheduleStatusChange(db, member, input.status, input.date, input.reason);
      return getMember(db, member.id);
    }
    const now = nowTimestamp();
    db.prepare(
      `INSERT INTO member_status_history (member_id, from_status, to_status, changed_on, reason, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(member.id, member.status, input.status, input.date, input.reason, now);
    db.prepare('UPDATE members SET status = ?, status_date = ?, updated_at = ? WHERE id = ?').run(
      input.status,
      input.date,
      now,
      member.id,
    );
    return getMember(db, member.id);
  })();
}

/** Withdraws a member's scheduled status change (撤销计划) and gives the member back without it. */
export function cancelScheduledMemberStatus(db: Db, id: number): Member {
  return db.transaction(() => {
    getMember(db, id);
    cancelScheduledStatus(db, id);
    return getMember(db, id);
  })();
}

export function deleteMember(db: Db, id: number): void {
  db.transaction(() => {
    const member = getMember(db, id);
    const refs = findReferences(db, 'members', id);
    if (refs.length > 0) {
      const list = refs.map((r) => `${r.label} ${r.count} 条`).join('、');
      throw new AppError(
        'IN_USE',
        `会员 ${member.name} 已被其他记录引用（${list}），不能删除。如该会员已离开，请改用“变更状态”（调出、退休、退会等），记录会保留。`,
      );
    }
    db.prepare('DELETE FROM members WHERE id = ?').run(id);
  })();
}

// ---- list and search ----

const SORT_COLUMNS: Record<NonNullable<ListQuery['sortBy']>, string> = {
  name: 'name_pinyin',
  department: 'department',
  birthDate: 'birth_date',
  joinDate: 'join_date',
  createdAt: 'created_at',
};

/** The first string after all strings that start with `prefix` (lower-case letters only): zs → zt. */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** The trigram index (migration 006) answers LIKE '%…%' only for 3 or more characters. */
const TRIGRAM_MIN = 3;

/**
 * The search box takes a name (张三, 张), pinyin (zhangsan, zs), the end or any part of an ID
 * number, or part of a phone number. Letters search pinyin; digits search IDs and phones.
 * Each branch finds exactly the rows of a plain LIKE scan, through indexes where it can.
 */
function addSearch(where: Where<string>, raw: string | undefined): void {
  const q = raw ? trimAll(toHalfWidth(raw)).replace(/\s+/g, '') : '';
  if (!q) return;
  if (/^[a-zA-Z]+$/.test(q)) {
    // Same rows as name_initials LIKE 'q%' OR name_pinyin LIKE 'q%' OR name LIKE '%q%': the pinyin
    // keys hold only lower-case [a-z0-9], so a prefix is a range; and only a name with Latin
    // letters can contain q (a partial index lists those few). Letters need no LIKE escaping.
    const lower = q.toLowerCase();
    where.params.qLo = lower;
    where.params.qHi = prefixEnd(lower);
    where.params.qAny = `%${q}%`;
    where.clauses.push(`id IN (
      SELECT id FROM members WHERE name_initials >= @qLo AND name_initials < @qHi
      UNION ALL SELECT id FROM members WHERE name_pinyin >= @qLo AND name_pinyin < @qHi
      UNION ALL SELECT id FROM members WHERE name GLOB '*[A-Za-z]*' AND name LIKE @qAny)`);
  } else if (/^[\dxX-]+$/.test(q)) {
    // Digits, X and '-' need no LIKE escaping either.
    where.params.qAny = `%${q.toUpperCase()}%`;
    if (q.length >= TRIGRAM_MIN) {
      where.clauses.push(`id IN (
        SELECT rowid FROM member_search WHERE id_number LIKE @qAny
        UNION ALL SELECT rowid FROM member_search WHERE phone LIKE @qAny)`);
    } else {
      where.clauses.push(`(id_number LIKE @qAny OR phone LIKE @qAny)`);
    }
  } else {
    const name = normalizeName(q);
    if ([...name].length >= TRIGRAM_MIN && !/[\\%_]/.test(name)) {
      where.params.qAny = `%${name}%`;
      where.clauses.push(`id IN (SELECT rowid FROM member_search WHERE name LIKE @qAny)`);
    } else if (!/[A-Za-z]/.test(name)) {
      // Without ASCII letters LIKE's case folding changes nothing, so a plain substring test finds
      // the same rows as an escaped LIKE, several times faster (it matters for 1–2 character names).
      where.params.qText = name;
      where.clauses.push(`instr(name, @qText) > 0`);
    } else {
      where.params.qAny = `%${escapeLike(name)}%`;
      where.clauses.push(`name LIKE @qAny ESCAPE '\\'`);
    }
  }
}

function buildWhere(query: ListQuery, forPage: boolean): { sql: string; params: Record<string, string>; searching: boolean } {
  const where: Where<string> = { clauses: [], params: {} };
  addSearch(where, query.search);
  const searching = where.clauses.length > 0;
  // Status, gender and employment type split the table into a few large parts: seeking one through
  // its index and then sorting costs more than walking the list's order index and skipping the rest.
  // A unary + keeps SQLite from choosing those indexes; only a count over them alone uses them.
  const low = forPage || searching || (query.departments?.length ?? 0) > 0 ? '+' : '';
  inList(where, 'department', 'dep', query.departments);
  inList(where, `${low}status`, 'st', query.statuses);
  inList(where, `${low}employment_type`, 'emp', query.employmentTypes);
  inList(where, `${low}gender`, 'gen', query.genders);
  return { sql: whereClause(where.clauses), params: where.params, searching };
}

function withScheduled(db: Db, members: Member[]): Member[] {
  const scheduled = scheduledOf(db, members.map((m) => m.id));
  return members.map((m) => ({ ...m, scheduledStatus: scheduled.get(m.id) ?? null }));
}

export function listMembers(db: Db, query: ListQuery): MemberList {
  const sortColumn = SORT_COLUMNS[query.sortBy ?? 'department'];
  const order = query.sortOrder === 'desc' ? 'DESC' : 'ASC';
  // NULLs last whatever the direction, then a stable tie-break so paging never repeats a row.
  // Departments sort in the school's order (设置 → 部门顺序), not by their characters.
  // members.department_rank holds the department's position (migration 007), kept by triggers.
  const sortTerm = sortColumn === 'department' ? 'department_rank' : sortColumn;
  const orderSql = `ORDER BY ${sortColumn} IS NULL, ${sortTerm} ${order}, ${sortColumn} ${order}, name_pinyin ASC, id ASC`;
  const paging = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const count = (): number => {
    const where = buildWhere(query, false);
    return db.prepare<Record<string, string>, { n: number }>(`SELECT count(*) AS n FROM members ${where.sql}`).get(where.params)!.n;
  };
  const where = buildWhere(query, true);
  if (where.searching) {
    // A search finds few rows: collect their ids once (through the narrow indexes; MATERIALIZED and
    // CROSS JOIN keep SQLite from walking the whole order index instead), then sort and count those
    // in the same pass.
    const rows = db
      .prepare<Record<string, string | number>, MemberRow & { total: number }>(
        `WITH hits AS MATERIALIZED (SELECT id FROM members ${where.sql})
         SELECT ${M_COLUMNS}, count(*) OVER () AS total
         FROM hits CROSS JOIN members AS m ON m.id = hits.id
         ${orderSql.replace(/\b(department_rank|department|name_pinyin|birth_date|join_date|created_at|id)\b/g, 'm.$1')} LIMIT @limit OFFSET @offset`,
      )
      .all({ ...where.params, ...paging });
    const total = rows[0]?.total ?? (query.page > 1 ? count() : 0);
    return { rows: withScheduled(db, rows.map(rowToMember)), total, page: query.page, pageSize: query.pageSize };
  }
  const total = count();
  const rows = db
    .prepare<Record<string, string | number>, MemberRow>(`SELECT ${COLUMNS} FROM members ${where.sql} ${orderSql} LIMIT @limit OFFSET @offset`)
    .all({ ...where.params, ...paging });
  return { rows: withScheduled(db, rows.map(rowToMember)), total, page: query.page, pageSize: query.pageSize };
}

export function listDepartments(db: Db): string[] {
  return db
    .prepare<[], { department: string }>(
      `SELECT department FROM members WHERE department IS NOT NULL GROUP BY department ORDER BY ${departmentOrderBy('department')}`,
    )
    .all()
    .map((r) => r.department);
}

export function memberStats(db: Db): MemberStats {
  const total = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM members').get()!.n;
  const byStatus = db
    .prepare<[], { status: Member['status']; count: number }>(
      'SELECT status, count(*) AS count FROM members GROUP BY status ORDER BY count DESC',
    )
    .all();
  const inRegister = "WHERE status = '在册'";
  const byDepartment = db
    .prepare<[], { department: string; count: number }>(
      `SELECT coalesce(department, '未填部门') AS department, count(*) AS count FROM members ${inRegister} GROUP BY members.department ORDER BY ${departmentOrderBy('members.department')}`,
    )
    .all();
  const byGender = db
    .prepare<[], { gender: string; count: number }>(
      `SELECT coalesce(gender, '未填') AS gender, count(*) AS count FROM members ${inRegister} GROUP BY 1 ORDER BY count DESC`,
    )
    .all();
  const byEmploymentType = db
    .prepare<[], { employmentType: string; count: number }>(
      `SELECT coalesce(employment_type, '未填') AS employmentType, count(*) AS count FROM members ${inRegister} GROUP BY 1 ORDER BY count DESC`,
    )
    .all();
  return { total, byStatus, byDepartment, byGender, byEmploymentType };
}
