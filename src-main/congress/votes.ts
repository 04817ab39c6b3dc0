/**
 * Votes (票决) on agenda items. 应到 is the voting delegates in office on the day; 实到 is those who
 * signed in. Quorum and result follow from the figures and the settings, never typed.
 */
import { AppError } from '../../shared/api/errors';
import { chineseNumber, judgeVote } from '../../shared/congress/rules';
import type { Vote, VoteData } from '../../shared/congress/schema';
import { nowTimestamp } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { getSession } from './sessions';
import { getCongressSettings } from './settings';

interface VoteRow {
  id: number;
  session_id: number;
  item: string;
  voted_on: string;
  method: Vote['method'];
  due: number;
  present: number;
  votes_for: number;
  votes_against: number;
  abstain: number;
  invalid: number;
  quorum_needed: number;
  pass_needed: number;
  result: Vote['result'];
  rule_text: string;
  notes: string | null;
  created_at: string;
}

function toVote(r: VoteRow, presentIds: number[]): Vote {
  return {
    id: r.id,
    sessionId: r.session_id,
    item: r.item,
    votedOn: r.voted_on,
    method: r.method,
    due: r.due,
    present: r.present,
    votesFor: r.votes_for,
    votesAgainst: r.votes_against,
    abstain: r.abstain,
    invalid: r.invalid,
    quorumMet: r.present >= r.quorum_needed && r.due > 0,
    quorumNeeded: r.quorum_needed,
    passNeeded: r.pass_needed,
    result: r.result,
    ruleText: r.rule_text,
    notes: r.notes,
    presentIds,
    createdAt: r.created_at,
  };
}

function attendance(db: Db, voteId: number): number[] {
  return db
    .prepare<[number], { delegate_id: number }>('SELECT delegate_id FROM congress_vote_attendance WHERE vote_id = ? ORDER BY delegate_id')
    .all(voteId)
    .map((r) => r.delegate_id);
}

export function getVote(db: Db, id: number): Vote {
  const row = db.prepare<[number], VoteRow>('SELECT * FROM congress_votes WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该票决记录，可能已被删除。');
  return toVote(row, attendance(db, id));
}

export function listVotes(db: Db, sessionId: number): Vote[] {
  getSession(db, sessionId);
  return db
    .prepare<[number], VoteRow>('SELECT * FROM congress_votes WHERE session_id = ? ORDER BY voted_on, id')
    .all(sessionId)
    .map((r) => toVote(r, attendance(db, r.id)));
}

interface SeatRow {
  id: number;
  term: number;
  name: string;
  kind: string;
  elected_on: string | null;
  left_on: string | null;
}

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

export function createVote(db: Db, data: VoteData): Vote {
  return db.transaction(() => {
    const session = getSession(db, data.sessionId);
    const voting = new Set(votingDelegates(db, session.term, data.votedOn));
    if (voting.size === 0) {
      throw new AppError('VALIDATION', `第${chineseNumber(session.term)}届还没有在任的正式代表，无法票决。请先在“代表”中登记代表。`);
    }
    if (new Set(data.presentIds).size !== data.presentIds.length) {
      throw new AppError('VALIDATION', '实到代表名单中有重复的人。', { presentIds: '有重复' });
    }
    const seatOf = db.prepare<[number], SeatRow>(
      'SELECT d.id, d.term, m.name, d.kind, d.elected_on, d.left_on FROM congress_delegates d JOIN members m ON m.id = d.member_id WHERE d.id = ?',
    );
    for (const id of data.presentIds) {
      if (voting.has(id)) continue;
      const s = seatOf.get(id);
      const why = !s
        ? '所选代表不存在'
        : s.term !== session.term
          ? `${s.name} 不是第${chineseNumber(session.term)}届代表`
          : s.kind !== '正式'
            ? `${s.name} 是${s.kind}代表，没有表决权，不能计入实到人数`
            : `${s.name} 在表决当天不是在任代表`;
      throw new AppError('VALIDATION', `${why}。`, { presentIds: why });
    }
    const counts = {
      due: voting.size,
      present: data.presentIds.length,
      votesFor: data.votesFor,
      votesAgainst: data.votesAgainst,
      abstain: data.abstain,
      invalid: data.invalid,
    };
    const verdict = judgeVote(counts, getCongressSettings(db));
    if (verdict.problem) throw new AppError('VALIDATION', `票数对不上：${verdict.problem}。`, { votesFor: verdict.problem });
    const info = db
      .prepare(
        `INSERT INTO congress_votes (session_id, item, voted_on, method, due, present, votes_for, votes_against, abstain, invalid,
         quorum_needed, pass_needed, result, rule_text, notes, created_at)
         VALUES (@sessionId, @voteItem, @votedOn, @voteMethod, @due, @present, @votesFor, @votesAgainst, @abstain, @invalid,
         @quorumNeeded, @passNeeded, @result, @ruleText, @voteNotes, @now)`,
      )
      .run({
        ...data,
        ...counts,
        quorumNeeded: verdict.quorumNeeded,
        passNeeded: verdict.passNeeded,
        result: verdict.result,
        ruleText: verdict.ruleText,
        now: nowTimestamp(),
      });
    const id = Number(info.lastInsertRowid);
    const insert = db.prepare('INSERT INTO congress_vote_attendance (vote_id, delegate_id) VALUES (?, ?)');
    for (const d of data.presentIds) insert.run(id, d);
    return getVote(db, id);
  })();
}

export function deleteVote(db: Db, id: number): void {
  db.transaction(() => {
    getVote(db, id);
    db.prepare('DELETE FROM congress_votes WHERE id = ?').run(id);
  })();
}
