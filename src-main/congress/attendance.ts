/**
 * 签到, once per meeting: who of the voting delegates signed in (代表大会), or how many came
 * (教职工大会, whose attendees are the staff, not delegates). Every vote of the meeting starts from
 * it; a vote may still record its own 实到 when someone left or came late.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { chineseNumber } from '../../shared/congress/rules';
import type { Attendance, Session, SignInSheet, attendanceInputSchema } from '../../shared/congress/schema';
import type { Db } from '../db/types';
import { getSession } from './sessions';

type AttendanceData = z.output<typeof attendanceInputSchema>;

/** The delegates who may vote on a day: 正式, of the term, in office then. */
export function votingDelegates(db: Db, term: number, day: string): number[] {
  return db
    .prepare<[number, string, string], { id: number }>(
      `SELECT id FROM congress_delegates WHERE term = ? AND kind = '正式'
       AND (left_on IS NULL OR left_on > ?) AND (elected_on IS NULL OR elected_on <= ?)`,
    )
    .all(term, day, day)
    .map((r) => r.id);
}

/** 应到 of a meeting on a day, and where the number comes from. */
export function dueOf(db: Db, session: Session, day: string): { due: number; source: Attendance['dueSource']; voting: Set<number> } {
  if (session.kind === '教职工大会') {
    if (session.dueCount !== null) return { due: session.dueCount, source: '录入人数', voting: new Set() };
    const { n } = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM members WHERE status = '在册'").get()!;
    return { due: n, source: '在册会员', voting: new Set() };
  }
  const voting = new Set(votingDelegates(db, session.term, day));
  return { due: voting.size, source: '正式代表', voting };
}

export function getAttendance(db: Db, sessionId: number): Attendance {
  const session = getSession(db, sessionId);
  const { due, source } = dueOf(db, session, session.startDate);
  const ids = db
    .prepare<[number], { delegate_id: number }>('SELECT delegate_id FROM congress_session_attendance WHERE session_id = ? ORDER BY delegate_id')
    .all(sessionId)
    .map((r) => r.delegate_id);
  const { present_count } = db.prepare<[number], { present_count: number | null }>('SELECT present_count FROM congress_sessions WHERE id = ?').get(sessionId)!;
  return {
    sessionId,
    kind: session.kind,
    due,
    dueSource: source,
    attendeeIds: ids,
    presentCount: session.kind === '教职工大会' ? present_count : ids.length,
    recorded: session.kind === '教职工大会' ? present_count !== null : ids.length > 0,
  };
}

interface SeatRow {
  id: number;
  term: number;
  name: string;
  kind: string;
}

/** Why a delegate cannot count as present at a vote or meeting of this session, or null. */
export function presentProblem(db: Db, session: Session, voting: Set<number>, id: number): string | null {
  if (voting.has(id)) return null;
  const s = db
    .prepare<[number], SeatRow>('SELECT d.id, d.term, m.name, d.kind FROM congress_delegates d JOIN members m ON m.id = d.member_id WHERE d.id = ?')
    .get(id);
  if (!s) return '所选代表不存在';
  if (s.term !== session.term) return `${s.name} 不是第${chineseNumber(session.term)}届代表`;
  if (s.kind !== '正式') return `${s.name} 是${s.kind}代表，没有表决权，不能计入实到人数`;
  return `${s.name} 在表决当天不是在任代表`;
}

export function setAttendance(db: Db, data: AttendanceData): Attendance {
  return db.transaction(() => {
    const session = getSession(db, data.sessionId);
    const { due, voting } = dueOf(db, session, session.startDate);
    if (session.kind === '教职工大会') {
      if (data.presentCount === null) throw new AppError('VALIDATION', '请填写实到人数。', { presentCount: '必须填写' });
      if (data.presentCount > due) {
        throw new AppError('VALIDATION', `实到人数 ${data.presentCount} 超过应到人数 ${due}。`, { presentCount: '超过应到人数' });
      }
      db.prepare('UPDATE congress_sessions SET present_count = ? WHERE id = ?').run(data.presentCount, session.id);
      return getAttendance(db, session.id);
    }
    const ids = data.attendeeIds ?? [];
    if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION', '签到名单中有重复的人。', { attendeeIds: '有重复' });
    for (const id of ids) {
      const why = presentProblem(db, session, voting, id);
      if (why) throw new AppError('VALIDATION', `${why}。`, { attendeeIds: why });
    }
    db.prepare('DELETE FROM congress_session_attendance WHERE session_id = ?').run(session.id);
    const insert = db.prepare('INSERT INTO congress_session_attendance (session_id, delegate_id) VALUES (?, ?)');
    for (const id of ids) insert.run(session.id, id);
    return getAttendance(db, session.id);
  })();
}

/**
 * 签到表 rows: at a 代表大会 the delegates in office on the first day (正式 first, then 列席 and 特邀,
 * by delegation in the order the delegations were set up — 第一、第二… do not sort as text); at a 教职工大会 every member on the roll, by department.
 */
export function signInSheet(db: Db, sessionId: number): SignInSheet {
  const session = getSession(db, sessionId);
  const rows =
    session.kind === '教职工大会'
      ? db
          .prepare<[], SignInSheet['rows'][number]>(
            `SELECT name, department, NULL AS delegation, NULL AS kind FROM members WHERE status = '在册'
             ORDER BY department IS NULL, department, name_pinyin, id`,
          )
          .all()
      : db
          .prepare<[number, string, string], SignInSheet['rows'][number]>(
            `SELECT m.name, m.department, d.delegation, d.kind FROM congress_delegates d JOIN members m ON m.id = d.member_id
             WHERE d.term = ? AND (d.left_on IS NULL OR d.left_on > ?) AND (d.elected_on IS NULL OR d.elected_on <= ?)
             ORDER BY d.kind <> '正式', d.kind, d.delegation IS NULL,
               (SELECT min(x.id) FROM congress_delegates x WHERE x.term = d.term AND x.delegation = d.delegation), m.name_pinyin, d.id`,
          )
          .all(session.term, session.startDate, session.startDate);
  return { sessionName: session.name, startDate: session.startDate, kind: session.kind, rows };
}
