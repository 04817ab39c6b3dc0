/**
 * 承办部门统计: for each handling unit, the filed motions it received, how many it answered, how many
 * on time (first reply by the deadline set at filing), how many are still open or overdue, and the
 * proposers' ratings. Merged motions count with their lead, which is the one the unit answers.
 */
import type { UnitStats } from '../../shared/congress/schema';
import { todayIso } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { getSession } from './sessions';

const SQL = `SELECT mo.lead_unit AS unit, count(*) AS received,
  sum(mo.reply_round > 0) AS answered,
  sum(EXISTS (SELECT 1 FROM congress_motion_steps r WHERE r.motion_id = mo.id AND r.kind = '答复' AND r.withdrawn_by IS NULL
       AND r.step_date <= (SELECT f.deadline FROM congress_motion_steps f WHERE f.motion_id = mo.id AND f.kind = '审查'
                           AND f.decision = '立案' AND f.withdrawn_by IS NULL ORDER BY f.id DESC LIMIT 1))) AS on_time,
  sum(mo.state = '办理中') AS open,
  sum(mo.state = '办理中' AND coalesce(mo.deadline < @today, 0)) AS overdue,
  sum(mo.rating IS '满意') AS satisfied, sum(mo.rating IS '基本满意') AS basically, sum(mo.rating IS '不满意') AS unsatisfied
  FROM congress_motions mo
  WHERE mo.session_id = @sessionId AND mo.decision = '立案' AND mo.lead_unit IS NOT NULL
  GROUP BY mo.lead_unit ORDER BY received DESC, mo.lead_unit`;

interface Row {
  unit: string;
  received: number;
  answered: number;
  on_time: number;
  open: number;
  overdue: number;
  satisfied: number;
  basically: number;
  unsatisfied: number;
}

export function unitStats(db: Db, sessionId: number, today: string = todayIso()): UnitStats {
  getSession(db, sessionId);
  return db
    .prepare<{ sessionId: number; today: string }, Row>(SQL)
    .all({ sessionId, today })
    .map((r) => ({
      unit: r.unit,
      received: r.received,
      answered: r.answered,
      onTime: r.on_time,
      open: r.open,
      overdue: r.overdue,
      satisfied: r.satisfied,
      basicallySatisfied: r.basically,
      unsatisfied: r.unsatisfied,
    }));
}
