/**
 * 催办单: for each handling unit, its filed motions still 办理中 whose reply deadline has passed,
 * with the days overdue counted in working days on this store's calendar (holidays and 调休 as
 * 设置 → 节假日与调休 says) and in calendar days. Merged motions are answered through their lead,
 * so only the lead is chased.
 */
import type { UrgeSheet } from '../../shared/congress/schema';
import { todayIso } from '../../shared/domain/dates';
import { countWorkingDays } from '../../shared/domain/workdays';
import type { Db } from '../db/types';
import { storeCalendar } from '../settings/calendar';
import { getSession } from './sessions';

const SQL = `SELECT mo.id, mo.number, mo.title, pm.name AS proposer_name, mo.lead_unit, mo.support_units, mo.decided_on,
  mo.deadline, mo.reply_round,
  (SELECT st.deadline FROM congress_motion_steps st WHERE st.motion_id = mo.id AND st.kind = '审查'
     AND st.decision = '立案' AND st.withdrawn_by IS NULL ORDER BY st.id DESC LIMIT 1) AS original_deadline
  FROM congress_motions mo
  JOIN congress_delegates pd ON pd.id = mo.proposer_id
  JOIN members pm ON pm.id = pd.member_id
  WHERE mo.session_id = @sessionId AND mo.state = '办理中' AND mo.decision = '立案' AND mo.lead_unit IS NOT NULL
    AND mo.deadline IS NOT NULL AND mo.deadline < @today
  ORDER BY mo.lead_unit, mo.deadline, mo.number, mo.id`;

interface Row {
  id: number;
  number: string;
  title: string;
  proposer_name: string;
  lead_unit: string;
  support_units: string | null;
  decided_on: string | null;
  deadline: string;
  reply_round: number;
  original_deadline: string | null;
}

function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function urgeSheet(db: Db, sessionId: number, today: string = todayIso()): UrgeSheet {
  const session = getSession(db, sessionId);
  const calendar = storeCalendar(db);
  const rows = db.prepare<{ sessionId: number; today: string }, Row>(SQL).all({ sessionId, today });
  const units = new Map<string, UrgeSheet['units'][number]['motions']>();
  for (const r of rows) {
    const list = units.get(r.lead_unit) ?? [];
    list.push({
      id: r.id,
      number: r.number,
      title: r.title,
      proposerName: r.proposer_name,
      supportUnits: r.support_units,
      decidedOn: r.decided_on,
      deadline: r.deadline,
      originalDeadline: r.original_deadline,
      replyRound: r.reply_round,
      workingDaysOverdue: countWorkingDays(calendar, r.deadline, today),
      daysOverdue: calendarDaysBetween(r.deadline, today),
    });
    units.set(r.lead_unit, list);
  }
  return {
    sessionId,
    sessionName: session.name,
    today,
    // The unit with the most overdue motions first: that is the one to ring.
    units: [...units].map(([unit, motions]) => ({ unit, motions })).sort((a, b) => b.motions.length - a.motions.length || a.unit.localeCompare(b.unit, 'zh-CN')),
  };
}
