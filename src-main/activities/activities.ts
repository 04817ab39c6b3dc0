/**
 * 活动: one union activity with its picked participants and its photos/scans.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { nowTimestamp } from '../../shared/domain/dates';
import type { Activity, ActivityData, ActivityList, Attachment, activityListQuerySchema } from '../../shared/activities/schema';
import { escapeLike, inList, whereClause, type Where } from '../db/sql';
import type { Db } from '../db/types';
import { activityTypes } from './types';

type ListQuery = z.output<typeof activityListQuerySchema>;

interface ActivityRow {
  id: number;
  name: string;
  type: string;
  start_date: string;
  end_date: string | null;
  place: string | null;
  organiser: Activity['organiser'];
  participant_count: number | null;
  picked: number;
  spending_fen: number;
  record: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

interface FileRow {
  id: number;
  activity_id: number;
  file_name: string;
  stored_name: string;
  mime: string;
  size_bytes: number;
  caption: string | null;
  created_at: string;
}

/** The figure the year's account counts: the count given, else the members picked. */
export const PARTICIPANTS_SQL = `coalesce(a.participant_count, (SELECT count(*) FROM activity_participants p WHERE p.activity_id = a.id))`;

const SELECT = `SELECT a.*, (SELECT count(*) FROM activity_participants p WHERE p.activity_id = a.id) AS picked FROM activities a`;

export function rowToAttachment(r: FileRow): Attachment {
  return { id: r.id, activityId: r.activity_id, fileName: r.file_name, mime: r.mime, sizeBytes: r.size_bytes, caption: r.caption, createdAt: r.created_at };
}

function hydrate(db: Db, rows: ActivityRow[]): Activity[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const members = db
    .prepare<[string], { activity_id: number; id: number; name: string; department: string | null }>(
      `SELECT p.activity_id, m.id, m.name, m.department FROM activity_participants p JOIN members m ON m.id = p.member_id
       WHERE p.activity_id IN (SELECT value FROM json_each(?)) ORDER BY m.name_pinyin, m.id`,
    )
    .all(ids);
  const files = db
    .prepare<[string], FileRow>(`SELECT * FROM activity_files WHERE activity_id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(ids);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    startDate: r.start_date,
    endDate: r.end_date,
    place: r.place,
    organiser: r.organiser,
    participantCount: r.participant_count,
    participants: r.participant_count ?? r.picked,
    members: members.filter((m) => m.activity_id === r.id).map((m) => ({ id: m.id, name: m.name, department: m.department })),
    spendingFen: r.spending_fen,
    record: r.record,
    notes: r.notes,
    attachments: files.filter((f) => f.activity_id === r.id).map(rowToAttachment),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function getActivity(db: Db, id: number): Activity {
  const row = db.prepare<[number], ActivityRow>(`${SELECT} WHERE a.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该活动记录，可能已被删除。');
  return hydrate(db, [row])[0]!;
}

function activityWhere(q: ListQuery): Where {
  const w: Where = { clauses: [], params: {} };
  if (q.year !== undefined) {
    w.clauses.push('a.start_date BETWEEN @ys AND @ye');
    w.params.ys = `${q.year}-01-01`;
    w.params.ye = `${q.year}-12-31`;
  }
  inList(w, 'a.type', 't', q.types);
  if (q.search) {
    w.clauses.push("(a.name LIKE @search ESCAPE '\\' OR a.place LIKE @search ESCAPE '\\' OR a.record LIKE @search ESCAPE '\\')");
    w.params.search = `%${escapeLike(q.search.trim())}%`;
  }
  return w;
}

export function listActivities(db: Db, query: ListQuery): ActivityList {
  const w = activityWhere(query);
  const where = whereClause(w.clauses);
  const sums = db
    .prepare<Record<string, string | number>, { n: number; participants: number | null; spending: number | null }>(
      `SELECT count(*) AS n, sum(${PARTICIPANTS_SQL}) AS participants, sum(a.spending_fen) AS spending FROM activities a ${where}`,
    )
    .get(w.params)!;
  const rows = db
    .prepare<Record<string, string | number>, ActivityRow>(`${SELECT} ${where} ORDER BY a.start_date DESC, a.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...w.params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  const years = db
    .prepare<[], { y: number }>('SELECT DISTINCT CAST(substr(start_date, 1, 4) AS INTEGER) AS y FROM activities ORDER BY y DESC')
    .all()
    .map((r) => r.y);
  return {
    rows: hydrate(db, rows),
    total: sums.n,
    participants: sums.participants ?? 0,
    spendingFen: sums.spending ?? 0,
    years,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * The type must be one of the list (a renamed type keeps its old records: editing one of them may
 * keep the type it has). Picked members must exist; a member who left (退会) can still be on the
 * list of an activity held before, so only existence is checked.
 */
export function checkActivity(db: Db, data: ActivityData, keptType?: string): void {
  const types = activityTypes(db);
  if (!types.includes(data.type) && data.type !== keptType) {
    throw new AppError('VALIDATION', `活动类型“${data.type}”不在活动类型列表中（${types.join('、')}）。请选择列表中的类型，或先在“活动类型”中添加。`, {
      type: '请从列表中选择活动类型',
    });
  }
  if (data.memberIds.length > 0) {
    const found = db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM members WHERE id IN (SELECT value FROM json_each(?))')
      .get(JSON.stringify(data.memberIds))!.n;
    if (found !== data.memberIds.length) {
      throw new AppError('NOT_FOUND', '所选参加会员中有人已从会员名册中删除，请重新选择。', { memberIds: '有会员不存在' });
    }
  }
}

const INSERT = `INSERT INTO activities (name, type, start_date, end_date, place, organiser, participant_count, spending_fen, record, notes, created_at, updated_at)
  VALUES (@name, @type, @startDate, @endDate, @place, @organiser, @participantCount, @spendingFen, @record, @notes, @now, @now)`;

function bindings(d: ActivityData) {
  return {
    name: d.name,
    type: d.type,
    startDate: d.startDate,
    endDate: d.endDate,
    place: d.place,
    organiser: d.organiser,
    participantCount: d.participantCount,
    spendingFen: d.spendingFen,
    record: d.record,
    notes: d.notes,
  };
}

/** Inserts one checked activity with its participants, inside the caller's transaction. */
export function activityInserter(db: Db, now: string): (d: ActivityData) => number {
  const insert = db.prepare(INSERT);
  const member = db.prepare('INSERT INTO activity_participants (activity_id, member_id) VALUES (?, ?)');
  return (d) => {
    const id = Number(insert.run({ ...bindings(d), now }).lastInsertRowid);
    for (const m of d.memberIds) member.run(id, m);
    return id;
  };
}

export function createActivity(db: Db, data: ActivityData): Activity {
  const id = db.transaction(() => {
    checkActivity(db, data);
    return activityInserter(db, nowTimestamp())(data);
  })();
  return getActivity(db, id);
}

export function updateActivity(db: Db, id: number, data: ActivityData): Activity {
  db.transaction(() => {
    const before = getActivity(db, id);
    checkActivity(db, data, before.type);
    db.prepare(
      `UPDATE activities SET name = @name, type = @type, start_date = @startDate, end_date = @endDate, place = @place, organiser = @organiser,
       participant_count = @participantCount, spending_fen = @spendingFen, record = @record, notes = @notes, updated_at = @now WHERE id = @id`,
    ).run({ ...bindings(data), now: nowTimestamp(), id });
    db.prepare('DELETE FROM activity_participants WHERE activity_id = ?').run(id);
    const member = db.prepare('INSERT INTO activity_participants (activity_id, member_id) VALUES (?, ?)');
    for (const m of data.memberIds) member.run(id, m);
  })();
  return getActivity(db, id);
}

/** Deletes the activity and its file records; returns the stored names no other record still uses. */
export function deleteActivity(db: Db, id: number): string[] {
  return db.transaction(() => {
    getActivity(db, id);
    const names = db.prepare<[number], { stored_name: string }>('SELECT stored_name FROM activity_files WHERE activity_id = ?').all(id).map((r) => r.stored_name);
    db.prepare('DELETE FROM activities WHERE id = ?').run(id);
    return unusedNames(db, names);
  })();
}

export function unusedNames(db: Db, names: string[]): string[] {
  const used = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM activity_files WHERE stored_name = ?');
  return [...new Set(names)].filter((n) => used.get(n)!.n === 0);
}

export function fileRow(db: Db, fileId: number): FileRow {
  const row = db.prepare<[number], FileRow>('SELECT * FROM activity_files WHERE id = ?').get(fileId);
  if (!row) throw new AppError('NOT_FOUND', '找不到该照片或附件，可能已被删除。');
  return row;
}
