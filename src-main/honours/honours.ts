/**
 * 评优评先: an honour recommended (推荐) or awarded (获评) to members or to a group. Titles outside
 * the editable list are accepted (a district invents new ones every year) — the list only offers
 * choices. A member who has been deleted cannot be named; a member who left (退会) can only be named
 * on an honour dated before the day they left.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { nowTimestamp } from '../../shared/domain/dates';
import type { Honour, HonourData, HonourList, honourListQuerySchema } from '../../shared/honours/schema';
import { escapeLike, inList, whereClause, type Where } from '../db/sql';
import type { Db } from '../db/types';

type ListQuery = z.output<typeof honourListQuerySchema>;

interface HonourRow {
  id: number;
  title: string;
  level: Honour['level'];
  awarding_body: string | null;
  awarded_on: string;
  state: Honour['state'];
  group_name: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

interface HolderRow {
  honour_id: number;
  id: number;
  name: string;
  department: string | null;
  status: Honour['members'][number]['status'];
}

function hydrate(db: Db, rows: HonourRow[]): Honour[] {
  if (rows.length === 0) return [];
  const holders = db
    .prepare<[string], HolderRow>(
      `SELECT hm.honour_id, m.id, m.name, m.department, m.status FROM honour_members hm JOIN members m ON m.id = hm.member_id
       WHERE hm.honour_id IN (SELECT value FROM json_each(?)) ORDER BY hm.position`,
    )
    .all(JSON.stringify(rows.map((r) => r.id)));
  return rows.map((r) => {
    const members = holders.filter((h) => h.honour_id === r.id).map((h) => ({ id: h.id, name: h.name, department: h.department, status: h.status }));
    return {
      id: r.id,
      title: r.title,
      level: r.level,
      awardingBody: r.awarding_body,
      awardedOn: r.awarded_on,
      state: r.state,
      members,
      groupName: r.group_name,
      holder: members.length ? members.map((m) => m.name).join('、') : (r.group_name ?? ''),
      notes: r.notes,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

export function getHonour(db: Db, id: number): Honour {
  const row = db.prepare<[number], HonourRow>('SELECT * FROM honours WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该评优评先记录，可能已被删除。');
  return hydrate(db, [row])[0]!;
}

function honourWhere(q: ListQuery): Where {
  const w: Where = { clauses: [], params: {} };
  if (q.year !== undefined) {
    w.clauses.push('h.awarded_on BETWEEN @ys AND @ye');
    w.params.ys = `${q.year}-01-01`;
    w.params.ye = `${q.year}-12-31`;
  }
  inList(w, 'h.level', 'l', q.levels);
  inList(w, 'h.state', 's', q.states);
  inList(w, 'h.title', 't', q.titles);
  if (q.memberId !== undefined) {
    w.clauses.push('h.id IN (SELECT honour_id FROM honour_members WHERE member_id = @memberId)');
    w.params.memberId = q.memberId;
  }
  if (q.search) {
    w.clauses.push(`(h.title LIKE @search ESCAPE '\\' OR h.group_name LIKE @search ESCAPE '\\' OR h.awarding_body LIKE @search ESCAPE '\\'
      OR h.id IN (SELECT hm.honour_id FROM honour_members hm JOIN members m ON m.id = hm.member_id WHERE m.name LIKE @search ESCAPE '\\'))`);
    w.params.search = `%${escapeLike(q.search.trim())}%`;
  }
  return w;
}

/** Level order of the lists and the 荣誉榜: 国家级 first. */
export const LEVEL_ORDER = `CASE h.level WHEN '国家级' THEN 1 WHEN '省级' THEN 2 WHEN '市级' THEN 3 WHEN '区县级' THEN 4 ELSE 5 END`;

export function listHonours(db: Db, query: ListQuery): HonourList {
  const w = honourWhere(query);
  const where = whereClause(w.clauses);
  const total = db.prepare<Record<string, string | number>, { n: number }>(`SELECT count(*) AS n FROM honours h ${where}`).get(w.params)!.n;
  const rows = db
    .prepare<Record<string, string | number>, HonourRow>(
      `SELECT h.* FROM honours h ${where} ORDER BY h.awarded_on DESC, ${LEVEL_ORDER}, h.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...w.params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  const years = db
    .prepare<[], { y: number }>('SELECT DISTINCT CAST(substr(awarded_on, 1, 4) AS INTEGER) AS y FROM honours ORDER BY y DESC')
    .all()
    .map((r) => r.y);
  return { rows: hydrate(db, rows), total, years, page: query.page, pageSize: query.pageSize };
}

export function memberHonours(db: Db, memberId: number): Honour[] {
  return listHonours(db, { memberId, page: 1, pageSize: 500 }).rows;
}

interface MemberFacts {
  id: number;
  name: string;
  status: string;
  left_on: string | null;
}

/**
 * Every named member must be in the register. One who left the union (退会) may only appear on an
 * honour from before they left; `kept` are the members the honour already had (an edit may keep them).
 */
export function checkHolders(db: Db, data: HonourData, kept: readonly number[] = []): void {
  const find = db.prepare<[number], MemberFacts>(
    `SELECT m.id, m.name, m.status,
       (SELECT max(h.changed_on) FROM member_status_history h WHERE h.member_id = m.id AND h.to_status = '退会') AS left_on
     FROM members m WHERE m.id = ?`,
  );
  for (const id of data.memberIds) {
    const m = find.get(id);
    if (!m) throw new AppError('NOT_FOUND', '所选获奖会员已从会员名册中删除，不能登记荣誉。请重新选择会员。', { memberIds: '会员不存在' });
    if (m.status === '退会' && !kept.includes(id) && (m.left_on === null || m.left_on <= data.awardedOn)) {
      throw new AppError('VALIDATION', `会员 ${m.name} 已退会，不能登记此后的荣誉。`, { memberIds: `${m.name} 已退会` });
    }
  }
}

const INSERT = `INSERT INTO honours (title, level, awarding_body, awarded_on, state, group_name, notes, created_at, updated_at)
  VALUES (@title, @level, @awardingBody, @awardedOn, @state, @groupName, @notes, @now, @now)`;

function bindings(d: HonourData) {
  return { title: d.title, level: d.level, awardingBody: d.awardingBody, awardedOn: d.awardedOn, state: d.state, groupName: d.groupName, notes: d.notes };
}

/** One prepared insert for many honours (an import), inside the caller's transaction. */
export function honourInserter(db: Db, now: string): (d: HonourData) => number {
  const insert = db.prepare(INSERT);
  const holder = db.prepare('INSERT INTO honour_members (honour_id, member_id, position) VALUES (?, ?, ?)');
  return (d) => {
    const id = Number(insert.run({ ...bindings(d), now }).lastInsertRowid);
    d.memberIds.forEach((m, i) => holder.run(id, m, i));
    return id;
  };
}

export function createHonour(db: Db, data: HonourData): Honour {
  const id = db.transaction(() => {
    checkHolders(db, data);
    return honourInserter(db, nowTimestamp())(data);
  })();
  return getHonour(db, id);
}

export function updateHonour(db: Db, id: number, data: HonourData): Honour {
  db.transaction(() => {
    const before = getHonour(db, id);
    checkHolders(
      db,
      data,
      before.members.map((m) => m.id),
    );
    db.prepare(
      `UPDATE honours SET title = @title, level = @level, awarding_body = @awardingBody, awarded_on = @awardedOn, state = @state,
       group_name = @groupName, notes = @notes, updated_at = @now WHERE id = @id`,
    ).run({ ...bindings(data), now: nowTimestamp(), id });
    db.prepare('DELETE FROM honour_members WHERE honour_id = ?').run(id);
    const holder = db.prepare('INSERT INTO honour_members (honour_id, member_id, position) VALUES (?, ?, ?)');
    data.memberIds.forEach((m, i) => holder.run(id, m, i));
  })();
  return getHonour(db, id);
}

export function deleteHonour(db: Db, id: number): void {
  getHonour(db, id);
  db.prepare('DELETE FROM honours WHERE id = ?').run(id);
}
