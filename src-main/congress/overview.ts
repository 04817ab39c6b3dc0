/**
 * 概况: per session (or over all sessions, for the dashboard) how many motions stand where, and the
 * ones that need chasing: not yet reviewed, unanswered, overdue, unsatisfied.
 */
import { sessionName } from '../../shared/congress/rules';
import { MOTION_STATES, RATINGS, type MotionBrief, type Overview } from '../../shared/congress/schema';
import { todayIso } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { getSession } from './sessions';

interface BriefRow {
  id: number;
  session_id: number;
  term: number;
  meeting: number;
  kind: '代表大会' | '教职工大会';
  number: string;
  title: string;
  proposer_name: string;
  lead_unit: string | null;
  deadline: string | null;
  state: MotionBrief['state'];
  rating: MotionBrief['rating'];
}

const BRIEFS = `SELECT mo.id, mo.session_id, s.term, s.meeting, s.kind, mo.number, mo.title, pm.name AS proposer_name, mo.lead_unit,
  mo.deadline, mo.state, mo.rating
  FROM congress_motions mo
  JOIN congress_sessions s ON s.id = mo.session_id
  JOIN congress_delegates pd ON pd.id = mo.proposer_id
  JOIN members pm ON pm.id = pd.member_id
  WHERE (mo.state IN ('待审查', '办理中') OR (mo.state = '已合并' AND mo.rating = '不满意')) AND (@sessionId IS NULL OR mo.session_id = @sessionId)
  ORDER BY s.term DESC, s.meeting DESC, mo.seq`;

const COUNTS = `SELECT 'state' AS dim, state AS value, count(*) AS n FROM congress_motions WHERE (@sessionId IS NULL OR session_id = @sessionId) GROUP BY state
  UNION ALL SELECT 'category', category, count(*) FROM congress_motions WHERE (@sessionId IS NULL OR session_id = @sessionId) GROUP BY category
  UNION ALL SELECT 'rating', rating, count(*) FROM congress_motions WHERE rating IS NOT NULL AND (@sessionId IS NULL OR session_id = @sessionId) GROUP BY rating
  UNION ALL SELECT 'late', 'late', count(*) FROM congress_motions WHERE late = 1 AND (@sessionId IS NULL OR session_id = @sessionId)
  UNION ALL SELECT 'excellent', 'excellent', count(*) FROM congress_motions WHERE excellent = 1 AND (@sessionId IS NULL OR session_id = @sessionId)`;

function build(db: Db, sessionId: number | null, today: string): Overview {
  const counts = db.prepare<{ sessionId: number | null }, { dim: string; value: string; n: number }>(COUNTS).all({ sessionId });
  const of = (dim: string) => counts.filter((c) => c.dim === dim);
  const stateCount = new Map(of('state').map((c) => [c.value, c.n]));
  const ratingCount = new Map(of('rating').map((c) => [c.value, c.n]));
  const briefs = db
    .prepare<{ sessionId: number | null }, BriefRow>(BRIEFS)
    .all({ sessionId })
    .map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      sessionName: sessionName(r.term, r.meeting, r.kind),
      number: r.number,
      title: r.title,
      proposerName: r.proposer_name,
      leadUnit: r.lead_unit,
      deadline: r.deadline,
      state: r.state,
      rating: r.rating,
    }));
  const handling = briefs.filter((b) => b.state === '办理中');
  return {
    total: of('state').reduce((sum, c) => sum + c.n, 0),
    late: of('late')[0]?.n ?? 0,
    excellent: of('excellent')[0]?.n ?? 0,
    byState: MOTION_STATES.map((state) => ({ state, count: stateCount.get(state) ?? 0 })),
    byCategory: of('category')
      .map((c) => ({ category: c.value, count: c.n }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    byRating: RATINGS.map((rating) => ({ rating, count: ratingCount.get(rating) ?? 0 })),
    pendingReview: briefs.filter((b) => b.state === '待审查'),
    unanswered: handling,
    overdue: handling.filter((b) => b.deadline !== null && b.deadline < today),
    // A merged motion's proposer who is unsatisfied is listed too: the lead may already be closed.
    unsatisfied: briefs.filter((b) => b.rating === '不满意' && (b.state === '办理中' || b.state === '已合并')),
  };
}

export function sessionOverview(db: Db, sessionId: number, today: string = todayIso()): Overview {
  getSession(db, sessionId);
  return build(db, sessionId, today);
}

export function dashboardOverview(db: Db, today: string = todayIso()): Overview {
  return build(db, null, today);
}
