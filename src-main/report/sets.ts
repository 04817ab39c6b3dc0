/**
 * The one definition of what each figure counts: a SELECT of the counted records' ids (column `id`)
 * for the year given as the named parameters below. report.year counts these, report.detail lists
 * the same ids and the ledger's sheets read the same sets, so a figure always equals its list.
 *
 * Parameters: @ys / @ye the year's first and last day ('2026-01-01', '2026-12-31'); @open 1 when
 * the year has begun (a year-end snapshot of a year that has not begun is empty, not today's roll).
 */
import type { FigureKey } from '../../shared/report/schema';

export interface YearParams {
  ys: string;
  ye: string;
  open: number;
}

export function yearParams(year: number, today: string): YearParams {
  const ys = `${year}-01-01`;
  return { ys, ye: `${year}-12-31`, open: ys <= today ? 1 : 0 };
}

/**
 * A member's status on the year's last day, for members with a status history: the last change on
 * or before it, else the status the first later change started from.
 */
const STATUS_AT_YEAR_END = `coalesce(
    (SELECT h.to_status FROM member_status_history h WHERE h.member_id = m.id AND h.changed_on <= @ye ORDER BY h.changed_on DESC, h.id DESC LIMIT 1),
    (SELECT h.from_status FROM member_status_history h WHERE h.member_id = m.id AND h.changed_on > @ye ORDER BY h.changed_on, h.id LIMIT 1),
    m.status)`;

/**
 * 在册 on the year's last day: joined by then (no join date: on the roll since before the records)
 * and 在册 that day. A member with no status change after the year's end has today's status on
 * that day, so the roll is read from the status index in one covering scan; only the few members
 * who changed later pay for the history lookups. (coalesce, not OR IS NULL: an OR would make SQLite
 * fetch every row instead of reading the index alone.)
 */
export function rollSelect(columns: string): string {
  const joined = "@open = 1 AND coalesce(m.join_date, '') <= @ye";
  return `SELECT ${columns} FROM members m
    WHERE m.status = '在册' AND ${joined} AND m.id NOT IN (SELECT h.member_id FROM member_status_history h WHERE h.changed_on > @ye)
  UNION ALL
  SELECT ${columns} FROM members m
    WHERE ${joined} AND m.id IN (SELECT h.member_id FROM member_status_history h WHERE h.changed_on > @ye) AND ${STATUS_AT_YEAR_END} = '在册'`;
}

export const ROLL = rollSelect('m.id');

/** Leaving the roll in the year, one row per member: the year's last change from 在册 (its reason). */
export const LEFT = `SELECT id, to_status, changed_on FROM (
    SELECT h.member_id AS id, h.to_status, h.changed_on,
      row_number() OVER (PARTITION BY h.member_id ORDER BY h.changed_on DESC, h.id DESC) AS rn
    FROM member_status_history h
    WHERE h.from_status = '在册' AND h.to_status <> '在册' AND h.changed_on BETWEEN @ys AND @ye
  ) WHERE rn = 1`;

export const SESSIONS = `SELECT s.id FROM congress_sessions s WHERE s.start_date BETWEEN @ys AND @ye`;

/** Voting delegates (正式) in office on the day of one of the year's sessions. */
export const DELEGATES = `SELECT DISTINCT d.id FROM congress_delegates d
  JOIN congress_sessions s ON s.term = d.term AND s.start_date BETWEEN @ys AND @ye
  WHERE d.kind = '正式' AND (d.elected_on IS NULL OR d.elected_on <= s.start_date) AND (d.left_on IS NULL OR d.left_on > s.start_date)`;

/** Motions submitted to the year's sessions. */
const MOTIONS_OF_YEAR = `SELECT mo.id FROM congress_motions mo JOIN congress_sessions s ON s.id = mo.session_id
  WHERE s.start_date BETWEEN @ys AND @ye`;

/** The first reply (答复) was given on or before the deadline in force at that moment. */
const FIRST_REPLY_ON_TIME = `EXISTS (SELECT 1 FROM congress_motion_steps r
    WHERE r.motion_id = mo.id AND r.kind = '答复'
      AND r.id = (SELECT min(r1.id) FROM congress_motion_steps r1 WHERE r1.motion_id = mo.id AND r1.kind = '答复')
      AND r.step_date <= coalesce((SELECT d.deadline FROM congress_motion_steps d
        WHERE d.motion_id = mo.id AND d.deadline IS NOT NULL AND d.id < r.id ORDER BY d.id DESC LIMIT 1), r.step_date))`;

/** The proposer's last rating (反馈) of any reply; a second reply not yet rated keeps the last one. */
export const LAST_RATING = `(SELECT f.rating FROM congress_motion_steps f WHERE f.motion_id = mo.id AND f.kind = '反馈' ORDER BY f.id DESC LIMIT 1)`;

const filed = (extra: string) => `${MOTIONS_OF_YEAR} AND mo.decision = '立案'${extra ? ` AND ${extra}` : ''}`;

export const FIGURE_SETS: Record<FigureKey, string> = {
  'members.total': ROLL,
  'members.men': `SELECT id FROM (${rollSelect('m.id, m.gender')}) WHERE gender = '男'`,
  'members.women': `SELECT id FROM (${rollSelect('m.id, m.gender')}) WHERE gender = '女'`,
  'members.joined': `SELECT m.id FROM members m WHERE m.join_date BETWEEN @ys AND @ye`,
  'members.left': `SELECT id FROM (${LEFT})`,

  'congress.sessions': SESSIONS,
  'congress.delegates': DELEGATES,
  'congress.motions': MOTIONS_OF_YEAR,
  'congress.filed': filed(''),
  'congress.merged': `${MOTIONS_OF_YEAR} AND mo.decision = '合并立案'`,
  'congress.toSuggestions': `${MOTIONS_OF_YEAR} AND mo.decision = '转为意见建议'`,
  'congress.rejected': `${MOTIONS_OF_YEAR} AND mo.decision = '不予立案'`,
  'congress.answered': filed('mo.reply_round > 0'),
  'congress.answeredOnTime': filed(`mo.reply_round > 0 AND ${FIRST_REPLY_ON_TIME}`),
  'congress.unanswered': filed('mo.reply_round = 0'),
  'congress.satisfied': filed(`${LAST_RATING} = '满意'`),
  'congress.basicallySatisfied': filed(`${LAST_RATING} = '基本满意'`),
  'congress.unsatisfied': filed(`${LAST_RATING} = '不满意'`),
  'congress.excellent': `${MOTIONS_OF_YEAR} AND mo.excellent = 1`,
  'congress.votes': `SELECT v.id FROM congress_votes v WHERE v.voted_on BETWEEN @ys AND @ye`,
  'congress.votesPassed': `SELECT v.id FROM congress_votes v WHERE v.voted_on BETWEEN @ys AND @ye AND v.result = '通过'`,

  // Published (and later archived) in the year; withdrawn ones are counted apart, drafts not at all.
  'disclosure.notices': `SELECT n.id FROM disclosure_notices n WHERE n.publish_date BETWEEN @ys AND @ye AND n.state IN ('已发布', '已归档')`,
  'disclosure.withdrawn': `SELECT n.id FROM disclosure_notices n WHERE n.publish_date BETWEEN @ys AND @ye AND n.state = '已撤回'`,
  'disclosure.boards': `SELECT i.id FROM disclosure_issues i WHERE i.issue_date BETWEEN @ys AND @ye`,
  'disclosure.objections': `SELECT o.id FROM disclosure_objections o WHERE o.received_on BETWEEN @ys AND @ye`,
  // 匿名未受理 is a decision taken on the objection, so it is handled; only 待处理 is open.
  'disclosure.objectionsResolved': `SELECT o.id FROM disclosure_objections o WHERE o.received_on BETWEEN @ys AND @ye AND o.status <> '待处理'`,

  'welfare.visits': `SELECT w.id FROM welfare_visits w WHERE w.visit_date BETWEEN @ys AND @ye`,
  'welfare.overStandard': `SELECT w.id FROM welfare_visits w WHERE w.visit_date BETWEEN @ys AND @ye AND w.over_standard = 1`,
  'welfare.batches': `SELECT b.id FROM welfare_batches b WHERE b.visit_date BETWEEN @ys AND @ye`,
  // 在档 on the year's last day: filed by then and not closed (脱困/退出) before the year ended.
  'welfare.hardshipHouseholds': `SELECT h.id FROM hardship_files h
    WHERE @open = 1 AND h.filed_on <= @ye AND (h.status = '在档' OR coalesce(h.status_date, h.filed_on) > @ye)`,
  // Only the last verification is kept, so a file counts when its latest check fell in the year.
  'welfare.hardshipReverified': `SELECT h.id FROM hardship_files h WHERE h.verified_on BETWEEN @ys AND @ye AND h.verified_on > h.filed_on`,

  // An activity belongs to the year it began in (a winter camp over New Year counts once).
  'activities.count': `SELECT a.id FROM activities a WHERE a.start_date BETWEEN @ys AND @ye`,
  'honours.count': `SELECT h.id FROM honours h WHERE h.awarded_on BETWEEN @ys AND @ye`,
  'honours.awarded': `SELECT h.id FROM honours h WHERE h.awarded_on BETWEEN @ys AND @ye AND h.state = '获评'`,
  'honours.recommended': `SELECT h.id FROM honours h WHERE h.awarded_on BETWEEN @ys AND @ye AND h.state = '推荐'`,
};
