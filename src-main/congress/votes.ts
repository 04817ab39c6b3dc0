/**
 * Votes (票决) on agenda items. 应到 is the voting delegates in office on the day; 实到 is those who
 * signed in. Quorum and result follow from the figures and the settings, never typed.
 */
import { AppError } from '../../shared/api/errors';
import { chineseNumber, judgeVote } from '../../shared/congress/rules';
import type { Vote, VoteData } from '../../shared/congress/schema';
import { nowTimestamp } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { dueOf, getAttendance, presentProblem } from './attendance';
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
  ballots_issued: number | null;
  ballots_returned: number | null;
  created_at: string;
  updated_at: string | null;
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
    ballotsIssued: r.ballots_issued,
    ballotsReturned: r.ballots_returned,
    valid: r.votes_for + r.votes_against + r.abstain,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
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

/** Checks a vote against the meeting and the rules; returns the row to write and who was present. */
function resolveVote(db: Db, data: VoteData) {
  const session = getSession(db, data.sessionId);
  const { due, voting } = dueOf(db, session, data.votedOn);
  let presentIds: number[] = [];
  let present: number;
  if (session.kind === '教职工大会') {
    if (data.presentIds?.length) {
      throw new AppError('VALIDATION', '教职工大会的到会人数按人数填写，不按代表名单签到。', { presentIds: '教职工大会不选代表' });
    }
    const signedIn = getAttendance(db, session.id).presentCount;
    if (data.presentCount === null && signedIn === null) {
      throw new AppError('VALIDATION', '请填写实到人数（或先在“签到”中登记本次大会的到会人数）。', { presentCount: '必须填写' });
    }
    present = data.presentCount ?? signedIn ?? 0;
    if (due === 0) throw new AppError('VALIDATION', '会员花名册中没有在册会员，无法确定应到人数。请登记会员，或在届次中填写应到人数。');
  } else {
    if (voting.size === 0) {
      throw new AppError('VALIDATION', `第${chineseNumber(session.term)}届还没有在任的正式代表，无法票决。请先在“代表”中登记代表。`);
    }
    presentIds = data.presentIds ?? getAttendance(db, session.id).attendeeIds;
    if (new Set(presentIds).size !== presentIds.length) {
      throw new AppError('VALIDATION', '实到代表名单中有重复的人。', { presentIds: '有重复' });
    }
    for (const id of presentIds) {
      const why = presentProblem(db, session, voting, id);
      if (why) throw new AppError('VALIDATION', `${why}。`, { presentIds: why });
    }
    present = presentIds.length;
  }
  const counts = { due, present, votesFor: data.votesFor, votesAgainst: data.votesAgainst, abstain: data.abstain, invalid: data.invalid };
  const verdict = judgeVote(counts, getCongressSettings(db));
  if (verdict.problem) throw new AppError('VALIDATION', `票数对不上：${verdict.problem}。`, { votesFor: verdict.problem });
  checkBallots(data, present);
  return {
    presentIds,
    row: {
      ...data,
      ...counts,
      quorumNeeded: verdict.quorumNeeded,
      passNeeded: verdict.passNeeded,
      result: verdict.result,
      ruleText: verdict.ruleText,
      now: nowTimestamp(),
    },
  };
}

/** 发出 ≤ 实到, 收回 ≤ 发出, 收回 = 赞成 + 反对 + 弃权 + 无效 (有效 + 无效). */
function checkBallots(data: VoteData, present: number): void {
  const { ballotsIssued: issued, ballotsReturned: returned } = data;
  if (issued !== null && issued > present) {
    throw new AppError('VALIDATION', `发出选票 ${issued} 张，超过实到人数 ${present}。`, { ballotsIssued: '超过实到人数' });
  }
  if (returned !== null && issued !== null && returned > issued) {
    throw new AppError('VALIDATION', `收回选票 ${returned} 张，多于发出的 ${issued} 张。`, { ballotsReturned: '多于发出' });
  }
  const cast = data.votesFor + data.votesAgainst + data.abstain + data.invalid;
  if (returned !== null && returned !== cast) {
    throw new AppError(
      'VALIDATION',
      `收回选票 ${returned} 张，与有效票 ${data.votesFor + data.votesAgainst + data.abstain} 张 + 无效票 ${data.invalid} 张 = ${cast} 不符。`,
      { ballotsReturned: '与票数不符' },
    );
  }
}

function writeAttendance(db: Db, voteId: number, ids: number[]): void {
  db.prepare('DELETE FROM congress_vote_attendance WHERE vote_id = ?').run(voteId);
  const insert = db.prepare('INSERT INTO congress_vote_attendance (vote_id, delegate_id) VALUES (?, ?)');
  for (const d of ids) insert.run(voteId, d);
}

export function createVote(db: Db, data: VoteData): Vote {
  return db.transaction(() => {
    const { presentIds, row } = resolveVote(db, data);
    const info = db
      .prepare(
        `INSERT INTO congress_votes (session_id, item, voted_on, method, due, present, votes_for, votes_against, abstain, invalid,
         quorum_needed, pass_needed, result, rule_text, notes, ballots_issued, ballots_returned, created_at)
         VALUES (@sessionId, @voteItem, @votedOn, @voteMethod, @due, @present, @votesFor, @votesAgainst, @abstain, @invalid,
         @quorumNeeded, @passNeeded, @result, @ruleText, @voteNotes, @ballotsIssued, @ballotsReturned, @now)`,
      )
      .run(row);
    const id = Number(info.lastInsertRowid);
    writeAttendance(db, id, presentIds);
    return getVote(db, id);
  })();
}

/** A vote corrected after the fact: the figures are checked and the verdict worked out again. */
export function updateVote(db: Db, id: number, data: VoteData): Vote {
  return db.transaction(() => {
    const before = getVote(db, id);
    if (before.sessionId !== data.sessionId) throw new AppError('VALIDATION', '票决不能移到其他届次。', { sessionId: '不能更改' });
    const { presentIds, row } = resolveVote(db, data);
    db.prepare(
      `UPDATE congress_votes SET item = @voteItem, voted_on = @votedOn, method = @voteMethod, due = @due, present = @present,
       votes_for = @votesFor, votes_against = @votesAgainst, abstain = @abstain, invalid = @invalid, quorum_needed = @quorumNeeded,
       pass_needed = @passNeeded, result = @result, rule_text = @ruleText, notes = @voteNotes, ballots_issued = @ballotsIssued,
       ballots_returned = @ballotsReturned, updated_at = @now WHERE id = @id`,
    ).run({ ...row, id });
    writeAttendance(db, id, presentIds);
    return getVote(db, id);
  })();
}

export function deleteVote(db: Db, id: number): void {
  db.transaction(() => {
    getVote(db, id);
    db.prepare('DELETE FROM congress_votes WHERE id = ?').run(id);
  })();
}
