/**
 * Sessions (届次): 第五届第二次教职工代表大会 with its dates and motion collection window.
 */
import { AppError } from '../../shared/api/errors';
import { chineseNumber, sessionName } from '../../shared/congress/rules';
import type { Session, SessionData } from '../../shared/congress/schema';
import { nowTimestamp } from '../../shared/domain/dates';
import type { Db } from '../db/types';

interface SessionRow {
  id: number;
  term: number;
  meeting: number;
  kind: Session['kind'];
  start_date: string;
  end_date: string | null;
  motion_open: string | null;
  motion_close: string;
  reply_days: number;
  notes: string | null;
  due_count: number | null;
  created_at: string;
  updated_at: string;
  motion_count: number;
  open_count: number;
  vote_count: number;
}

const SELECT = `SELECT s.*,
  (SELECT count(*) FROM congress_motions m WHERE m.session_id = s.id) AS motion_count,
  (SELECT count(*) FROM congress_motions m WHERE m.session_id = s.id AND m.state IN ('待审查', '办理中', '待反馈')) AS open_count,
  (SELECT count(*) FROM congress_votes v WHERE v.session_id = s.id) AS vote_count
  FROM congress_sessions s`;

function toSession(r: SessionRow): Session {
  return {
    id: r.id,
    term: r.term,
    meeting: r.meeting,
    kind: r.kind,
    startDate: r.start_date,
    endDate: r.end_date,
    motionOpen: r.motion_open,
    motionClose: r.motion_close,
    replyDays: r.reply_days,
    notes: r.notes,
    dueCount: r.due_count,
    name: sessionName(r.term, r.meeting, r.kind),
    motionCount: r.motion_count,
    openCount: r.open_count,
    voteCount: r.vote_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listSessions(db: Db): Session[] {
  return db.prepare<[], SessionRow>(`${SELECT} ORDER BY s.term DESC, s.meeting DESC`).all().map(toSession);
}

export function getSession(db: Db, id: number): Session {
  const row = db.prepare<[number], SessionRow>(`${SELECT} WHERE s.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该届次，可能已被删除。');
  return toSession(row);
}

/** Only an all-staff meeting (教职工大会) has a due number of its own; a 代表大会's is its delegates. */
function dueCountOf(data: SessionData): number | null {
  return data.sessionKind === '教职工大会' ? data.dueCount : null;
}

function assertFree(db: Db, data: SessionData, exceptId?: number): void {
  const other = db
    .prepare<[number, number], { id: number }>('SELECT id FROM congress_sessions WHERE term = ? AND meeting = ?')
    .get(data.term, data.meeting);
  if (other && other.id !== exceptId) {
    throw new AppError('CONFLICT', `第${chineseNumber(data.term)}届第${chineseNumber(data.meeting)}次会议已经登记过，不能重复添加。`, { meeting: '该届次已存在' });
  }
}

export function createSession(db: Db, data: SessionData): Session {
  return db.transaction(() => {
    assertFree(db, data);
    const now = nowTimestamp();
    const info = db
      .prepare(
        `INSERT INTO congress_sessions (term, meeting, kind, start_date, end_date, motion_open, motion_close, reply_days, notes, due_count, created_at, updated_at)
         VALUES (@term, @meeting, @sessionKind, @sessionStart, @sessionEnd, @motionOpen, @motionClose, @replyDays, @sessionNotes, @dueCount, @now, @now)`,
      )
      .run({ ...data, dueCount: dueCountOf(data), now });
    return getSession(db, Number(info.lastInsertRowid));
  })();
}

export function updateSession(db: Db, id: number, data: SessionData): Session {
  return db.transaction(() => {
    const before = getSession(db, id);
    assertFree(db, data, id);
    if (before.term !== data.term && before.motionCount > 0) {
      throw new AppError('CONFLICT', '该届次已有提案，提案人是本届代表，不能再改为其他届。', { term: '已有提案，不能改届' });
    }
    db.prepare(
      `UPDATE congress_sessions SET term = @term, meeting = @meeting, kind = @sessionKind, start_date = @sessionStart, end_date = @sessionEnd,
       motion_open = @motionOpen, motion_close = @motionClose, reply_days = @replyDays, notes = @sessionNotes,
       due_count = @dueCount, updated_at = @now WHERE id = @id`,
    ).run({ ...data, dueCount: dueCountOf(data), now: nowTimestamp(), id });
    // Late flags follow the collection window; numbers keep the term-meeting they were given.
    db.prepare('UPDATE congress_motions SET late = (submitted_on > ?) WHERE session_id = ?').run(data.motionClose, id);
    if (before.meeting !== data.meeting || before.term !== data.term) {
      db.prepare(`UPDATE congress_motions SET number = printf('%d-%d-%03d', ?, ?, seq) WHERE session_id = ?`).run(
        data.term,
        data.meeting,
        id,
      );
    }
    return getSession(db, id);
  })();
}

export function deleteSession(db: Db, id: number): void {
  db.transaction(() => {
    const s = getSession(db, id);
    if (s.motionCount > 0 || s.voteCount > 0) {
      throw new AppError('IN_USE', `${s.name}已有 ${s.motionCount} 件提案、${s.voteCount} 项票决，不能删除。`);
    }
    db.prepare('DELETE FROM congress_sessions WHERE id = ?').run(id);
  })();
}
