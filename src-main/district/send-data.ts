/**
 * The registers the sending file carries besides the figures: the hardship files open in the
 * year (no ID numbers), the motions of the year's sessions and the year's votes, read through the
 * same sets as the 年度台账 sheets so they match what the school's own ledger lists.
 */
import { chineseNumber } from '../../shared/congress/rules';
import type { SentHardship, SentMotion, SentVote } from '../../shared/district/schema';
import type { Db } from '../db/types';
import { FIGURE_SETS, LAST_RATING, yearParams, type YearParams } from '../report/sets';

type Row = Record<string, string | number | null>;
const str = (v: string | number | null | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const sessionName = (r: Row) => `第${chineseNumber(Number(r.term))}届第${chineseNumber(Number(r.meeting))}次`;

function list(v: string | number | null | undefined): string[] {
  try {
    const parsed = JSON.parse(String(v ?? '[]')) as unknown;
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

export function sentHardship(db: Db, p: YearParams): SentHardship[] {
  return db
    .prepare<YearParams, Row>(
      `SELECT h.*, m.name, m.gender, m.department FROM hardship_files h JOIN members m ON m.id = h.member_id
       WHERE h.filed_on <= @ye AND (h.status = '在档' OR coalesce(h.status_date, h.filed_on) >= @ys) ORDER BY h.filed_on, h.id`,
    )
    .all(p)
    .map((r) => ({
      name: String(r.name),
      gender: str(r.gender),
      department: str(r.department),
      level: String(r.level),
      mainCause: str(r.main_cause),
      secondaryCauses: list(r.secondary_causes),
      householdSize: r.household_size === null ? null : Number(r.household_size),
      perCapitaIncomeFen: r.per_capita_income_fen === null ? null : Number(r.per_capita_income_fen),
      filedOn: str(r.filed_on),
      verifiedOn: str(r.verified_on),
      verifiedBy: str(r.verified_by),
      status: String(r.status),
      statusDate: str(r.status_date),
    }));
}

export function sentMotions(db: Db, p: YearParams): SentMotion[] {
  return db
    .prepare<YearParams, Row>(
      `SELECT mo.*, s.term, s.meeting, pm.name AS proposer, p.number AS parentNumber,
        coalesce(p.lead_unit, mo.lead_unit) AS leadUnit,
        (SELECT group_concat(name, '、') FROM (SELECT cm.name FROM congress_motion_cosigners c JOIN congress_delegates cd ON cd.id = c.delegate_id
           JOIN members cm ON cm.id = cd.member_id WHERE c.motion_id = mo.id ORDER BY c.position)) AS cosigners,
        (SELECT x.deadline FROM congress_motion_steps x WHERE x.motion_id = coalesce(p.id, mo.id) AND x.kind = '审查' AND x.deadline IS NOT NULL ORDER BY x.id LIMIT 1) AS deadlineOf,
        (SELECT min(r.step_date) FROM congress_motion_steps r WHERE r.motion_id = coalesce(p.id, mo.id) AND r.kind = '答复') AS firstReply,
        coalesce(p.implementation, mo.implementation) AS impl,
        coalesce(${LAST_RATING}, (SELECT f.rating FROM congress_motion_steps f WHERE f.motion_id = p.id AND f.kind = '反馈' ORDER BY f.id DESC LIMIT 1)) AS lastRating,
        CASE WHEN coalesce(p.id, mo.id) IN (${FIGURE_SETS['congress.answeredOnTime']}) THEN 1 ELSE 0 END AS onTime
      FROM congress_motions mo JOIN congress_sessions s ON s.id = mo.session_id
      JOIN congress_delegates pd ON pd.id = mo.proposer_id JOIN members pm ON pm.id = pd.member_id
      LEFT JOIN congress_motions p ON p.id = mo.merged_into_id
      WHERE mo.id IN (${FIGURE_SETS['congress.motions']}) ORDER BY s.start_date, mo.seq`,
    )
    .all(p)
    .map((r) => ({
      number: String(r.number),
      session: sessionName(r),
      title: String(r.title),
      category: str(r.category),
      proposer: String(r.proposer),
      cosigners: str(r.cosigners) ?? '',
      reasons: str(r.reasons),
      proposals: str(r.proposals),
      decision: r.parentNumber ? `合并立案（并入 ${String(r.parentNumber)}）` : (str(r.decision) ?? '待审查'),
      leadUnit: str(r.leadUnit),
      deadline: str(r.deadlineOf),
      firstReply: str(r.firstReply),
      onTime: r.firstReply === null ? null : r.onTime === 1,
      // The store's CHECK constraints hold these to the congress schema's values.
      implementation: str(r.impl) as SentMotion['implementation'],
      rating: str(r.lastRating) as SentMotion['rating'],
      state: String(r.state) as SentMotion['state'],
      excellent: r.excellent === 1,
    }));
}

export function sentVotes(db: Db, p: YearParams): SentVote[] {
  return db
    .prepare<YearParams, Row>(
      `SELECT v.*, s.term, s.meeting FROM congress_votes v JOIN congress_sessions s ON s.id = v.session_id
       WHERE v.id IN (${FIGURE_SETS['congress.votes']}) ORDER BY v.voted_on, v.id`,
    )
    .all(p)
    .map((r) => ({
      session: sessionName(r),
      item: String(r.item),
      votedOn: str(r.voted_on),
      method: str(r.method) as SentVote['method'],
      due: Number(r.due ?? 0),
      present: Number(r.present ?? 0),
      votesFor: Number(r.votes_for ?? 0),
      votesAgainst: Number(r.votes_against ?? 0),
      abstain: Number(r.abstain ?? 0),
      invalid: Number(r.invalid ?? 0),
      result: String(r.result) as SentVote['result'],
    }));
}

export function sentRegisters(db: Db, year: number, today: string) {
  const p = yearParams(year, today);
  return { hardship: sentHardship(db, p), motions: sentMotions(db, p), votes: sentVotes(db, p) };
}
