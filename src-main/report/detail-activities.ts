/** report.detail listings for the 活动 and 评优评先 figures: the records each figure counts. */
import { formatDateCn } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import { PARTICIPANTS_SQL } from '../activities/activities';

type Row = Record<string, string | number | null>;
export interface Listing {
  columns: [key: string, label: string][];
  sql: (set: string) => string;
  cells: (r: Row) => Record<string, string>;
  link: (r: Row) => string | null;
}

const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

export const ACTIVITIES: Listing = {
  columns: [
    ['date', '活动日期'],
    ['name', '活动名称'],
    ['type', '活动类型'],
    ['place', '地点'],
    ['participants', '参加人数'],
    ['spending', '活动经费'],
  ],
  sql: (set) => `SELECT a.id, a.start_date AS date, a.name, a.type, a.place, ${PARTICIPANTS_SQL} AS participants, a.spending_fen AS spending
    FROM activities a WHERE a.id IN (${set}) ORDER BY a.start_date, a.id`,
  cells: (r) => ({
    date: formatDateCn(text(r.date)),
    name: text(r.name),
    type: text(r.type),
    place: text(r.place),
    participants: `${text(r.participants)} 人`,
    spending: formatFen(Number(r.spending ?? 0)),
  }),
  link: () => '/activities',
};

export const HONOURS: Listing = {
  columns: [
    ['holder', '获奖个人或集体'],
    ['title', '荣誉称号'],
    ['level', '级别'],
    ['body', '授予单位'],
    ['date', '获得日期'],
    ['state', '状态'],
  ],
  sql: (set) => `SELECT h.id, h.title, h.level, h.awarding_body AS body, h.awarded_on AS date, h.state,
      coalesce((SELECT group_concat(name, '、') FROM (SELECT m.name FROM honour_members hm JOIN members m ON m.id = hm.member_id
        WHERE hm.honour_id = h.id ORDER BY hm.position)), h.group_name) AS holder
    FROM honours h WHERE h.id IN (${set}) ORDER BY h.awarded_on, h.id`,
  cells: (r) => ({
    holder: text(r.holder),
    title: text(r.title),
    level: text(r.level),
    body: text(r.body),
    date: formatDateCn(text(r.date)),
    state: text(r.state),
  }),
  link: () => '/honours',
};
