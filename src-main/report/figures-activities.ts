/** The year's 活动 and 评优评先 figures, read through the same sets (sets.ts) as their detail lists. */
import type { ActivityFigures, HonourFigures } from '../../shared/report/activities-honours';
import { HONOUR_LEVELS } from '../../shared/honours/schema';
import { PARTICIPANTS_SQL } from '../activities/activities';
import type { Db } from '../db/types';
import { FIGURE_SETS, type YearParams } from './sets';

export function activityFigures(db: Db, p: YearParams): ActivityFigures {
  const rows = db
    .prepare<YearParams, { type: string; n: number; people: number; spending: number }>(
      `SELECT a.type, count(*) AS n, sum(${PARTICIPANTS_SQL}) AS people, sum(a.spending_fen) AS spending
       FROM activities a WHERE a.id IN (${FIGURE_SETS['activities.count']}) GROUP BY a.type ORDER BY n DESC, people DESC, a.type`,
    )
    .all(p);
  return {
    count: rows.reduce((s, r) => s + r.n, 0),
    participants: rows.reduce((s, r) => s + r.people, 0),
    spendingFen: rows.reduce((s, r) => s + r.spending, 0),
    byType: rows.map((r) => ({ key: r.type, label: r.type, count: r.n, participants: r.people })),
  };
}

export function honourFigures(db: Db, p: YearParams): HonourFigures {
  const levels = db
    .prepare<YearParams, { level: string; state: string; n: number }>(
      `SELECT h.level, h.state, count(*) AS n FROM honours h WHERE h.id IN (${FIGURE_SETS['honours.count']}) GROUP BY h.level, h.state`,
    )
    .all(p);
  const of = (level: string, state: string) => levels.find((l) => l.level === level && l.state === state)?.n ?? 0;
  const byLevel = HONOUR_LEVELS.map((l) => ({ key: l, label: l, awarded: of(l, '获评'), recommended: of(l, '推荐'), count: of(l, '获评') + of(l, '推荐') })).filter(
    (l) => l.count > 0,
  );
  const titles = db
    .prepare<YearParams, { title: string; n: number }>(
      `SELECT h.title, count(*) AS n FROM honours h WHERE h.id IN (${FIGURE_SETS['honours.awarded']}) GROUP BY h.title ORDER BY n DESC, h.title`,
    )
    .all(p);
  const holders = db
    .prepare<YearParams, { people: number; groups: number }>(
      `SELECT (SELECT count(*) FROM honour_members hm WHERE hm.honour_id IN (${FIGURE_SETS['honours.awarded']})) AS people,
              (SELECT count(*) FROM honours h WHERE h.id IN (${FIGURE_SETS['honours.awarded']}) AND h.group_name IS NOT NULL) AS groups`,
    )
    .get(p)!;
  const awarded = byLevel.reduce((s, l) => s + l.awarded, 0);
  const recommended = byLevel.reduce((s, l) => s + l.recommended, 0);
  return {
    count: awarded + recommended,
    awarded,
    recommended,
    awardedPeople: holders.people,
    awardedGroups: holders.groups,
    byLevel,
    byTitle: titles.map((t) => ({ key: t.title, label: t.title, count: t.n })),
  };
}
