/**
 * Which months of a year each member owes dues for. A month is due when the member had joined by
 * the month's last day and was 在册 on its first day (or on the day they joined, for a join within
 * the month): 入会当月起缴, and a member who leaves pays for the month they leave in and no later one.
 * Read from join dates and the status history, so a mid-year join or leave is handled by month.
 */
import { formatDateCn } from '../../shared/domain/dates';
import type { MEMBER_STATUSES } from '../../shared/domain/labels';

type MemberStatus = (typeof MEMBER_STATUSES)[number];
import type { Db } from '../db/types';

export interface DuesMember {
  id: number;
  name: string;
  department: string | null;
  status: MemberStatus;
  joinDate: string | null;
  /** due[m - 1]: month m is owed. */
  due: boolean[];
  /** Why some months are not due (入会、调出 in the year), '' when all twelve are. */
  note: string;
  /** The change that ended 在册 before or in the month, for messages: 2026年6月30日调出. */
  leftText: (month: number) => string | null;
}

interface Change {
  from: string;
  to: string;
  on: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const monthStart = (year: number, m: number) => `${year}-${pad(m)}-01`;
export function monthEnd(year: number, m: number): string {
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${pad(m)}-${pad(last)}`;
}

function statusAt(changes: Change[], current: string, day: string): string {
  let last: Change | undefined;
  for (const c of changes) if (c.on <= day) last = c;
  if (last) return last.to;
  const later = changes.find((c) => c.on > day);
  return later ? later.from : current;
}

interface MemberRow {
  id: number;
  name: string;
  department: string | null;
  status: MemberStatus;
  join_date: string | null;
}

function build(year: number, m: MemberRow, changes: Change[]): DuesMember {
  const due: boolean[] = [];
  for (let month = 1; month <= 12; month++) {
    const start = monthStart(year, month);
    const end = monthEnd(year, month);
    if (m.join_date !== null && m.join_date > end) {
      due.push(false);
      continue;
    }
    const day = m.join_date !== null && m.join_date > start ? m.join_date : start;
    due.push(statusAt(changes, m.status, day) === '在册');
  }
  const notes: string[] = [];
  if (m.join_date && m.join_date.startsWith(`${year}-`)) notes.push(`${Number(m.join_date.slice(5, 7))}月入会`);
  for (const c of changes) {
    if (!c.on.startsWith(`${year}-`)) continue;
    if (c.from === '在册' && c.to !== '在册') notes.push(`${formatDateCn(c.on)}${c.to}`);
    else if (c.to === '在册' && c.from !== '在册') notes.push(`${formatDateCn(c.on)}恢复在册`);
  }
  const leftText = (month: number) => {
    const start = monthStart(year, month);
    const left = [...changes].reverse().find((c) => c.on <= start && c.to !== '在册');
    if (left) return `${formatDateCn(left.on)}${left.to}`;
    if (m.join_date && m.join_date > monthEnd(year, month)) return `${formatDateCn(m.join_date)}才入会`;
    return m.status !== '在册' ? `现为${m.status}` : null;
  };
  return { id: m.id, name: m.name, department: m.department, status: m.status, joinDate: m.join_date, due, note: notes.join('，'), leftText };
}

type ChangeRow = { member_id: number; from_status: string; to_status: string; changed_on: string };

function changesOf(db: Db, memberId: number | null): Map<number, Change[]> {
  const out = new Map<number, Change[]>();
  const rows = db
    .prepare<{ id: number | null }, ChangeRow>(
      `SELECT member_id, from_status, to_status, changed_on FROM member_status_history
       WHERE @id IS NULL OR member_id = @id ORDER BY member_id, changed_on, id`,
    )
    .all({ id: memberId });
  for (const r of rows) {
    const list = out.get(r.member_id) ?? [];
    list.push({ from: r.from_status, to: r.to_status, on: r.changed_on });
    out.set(r.member_id, list);
  }
  return out;
}

/** Every member who had joined by the year's end, with the months they owe; members owing none are left out. */
export function duesRoll(db: Db, year: number): DuesMember[] {
  const members = db
    .prepare<{ ye: string }, MemberRow>(
      `SELECT id, name, department, status, join_date FROM members WHERE coalesce(join_date, '') <= @ye
       ORDER BY coalesce(department, '\uffff'), name_pinyin, name, id`,
    )
    .all({ ye: `${year}-12-31` });
  const changes = changesOf(db, null);
  return members.map((m) => build(year, m, changes.get(m.id) ?? [])).filter((m) => m.due.some(Boolean));
}

/** One member's months for the year (also when none is due), or null when there is no such member. */
export function duesMember(db: Db, memberId: number, year: number): DuesMember | null {
  const m = db.prepare<[number], MemberRow>('SELECT id, name, department, status, join_date FROM members WHERE id = ?').get(memberId);
  if (!m) return null;
  return build(year, m, changesOf(db, memberId).get(memberId) ?? []);
}
