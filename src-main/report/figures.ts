/**
 * Every figure of one year, computed in SQL from the records (sets.ts holds what each counts).
 * Breakdowns group the same sets, so a breakdown always adds up to its total.
 */
import { EMPLOYMENT_TYPES, MEMBER_STATUSES } from '../../shared/domain/labels';
import { HARDSHIP_LEVELS } from '../../shared/welfare/schema';
import { SCOPES } from '../../shared/disclosure/schema';
import { ratio } from '../../shared/report/format';
import type { FigureKey, YearFigures } from '../../shared/report/schema';
import type { Db } from '../db/types';
import { departmentComparator } from '../settings/department-order';
import { duesLedger } from '../dues/ledger';
import { FIGURE_SETS, LEFT, rollSelect, yearParams, type YearParams } from './sets';
import { activityFigures, honourFigures } from './figures-activities';

export const NO_DEPARTMENT = '（未填部门）';
export const NOT_GIVEN = '未填';
export const AGE_BANDS = ['30岁及以下', '31–40岁', '41–50岁', '51–60岁', '60岁以上', '未知'] as const;

/* Age on the year's last day is simply year − birth year (every birthday of the year has passed). */

export function countSet(db: Db, figure: FigureKey, p: YearParams): number {
  return db.prepare<YearParams, { n: number }>(`SELECT count(*) AS n FROM (${FIGURE_SETS[figure]})`).get(p)!.n;
}

function members(db: Db, year: number, p: YearParams): YearFigures['members'] {
  // One scan of the roll summed into a single row (a four-column GROUP BY sorts 50,000 rows: ~5× slower).
  const a = db
    .prepare<YearParams & { year: number }, Record<string, number | null>>(
      `SELECT count(*) AS total, sum(g = '男') AS men, sum(g = '女') AS women,
         sum(e = '在编') AS e1, sum(e = '编外') AS e2, sum(e = '临聘') AS e3, sum(e IS NULL) AS e0,
         sum(@year - b <= 30) AS a1, sum(@year - b BETWEEN 31 AND 40) AS a2, sum(@year - b BETWEEN 41 AND 50) AS a3,
         sum(@year - b BETWEEN 51 AND 60) AS a4, sum(@year - b > 60) AS a5, sum(b IS NULL) AS a0
       FROM (${rollSelect('m.gender AS g, m.employment_type AS e, CAST(substr(m.birth_date, 1, 4) AS INTEGER) AS b')})`,
    )
    .get({ ...p, year })!;
  const n = (k: string) => a[k] ?? 0;
  const total = n('total');
  const men = n('men');
  const women = n('women');
  const employment = new Map<string, number>([
    ['在编', n('e1')],
    ['编外', n('e2')],
    ['临聘', n('e3')],
  ]);
  if (n('e0') > 0) employment.set(NOT_GIVEN, n('e0'));
  const ages = new Map<string, number>(AGE_BANDS.map((b, i) => [b, n(i === 5 ? 'a0' : `a${i + 1}`)]));
  const departments = new Map(
    db
      .prepare<YearParams, { department: string | null; n: number }>(`SELECT d AS department, count(*) AS n FROM (${rollSelect('m.department AS d')}) GROUP BY 1`)
      .all(p)
      .map((r) => [r.department ?? NO_DEPARTMENT, r.n]),
  );
  // The school's own order (设置 → 部门顺序), as every list and print shows departments; 未填部门 last.
  const order = departmentComparator(db);
  const byDepartmentOrder = (a: string, b: string) => order(a === NO_DEPARTMENT ? null : a, b === NO_DEPARTMENT ? null : b);
  const left = db.prepare<YearParams, { status: string; n: number }>(`SELECT to_status AS status, count(*) AS n FROM (${LEFT}) GROUP BY 1`).all(p);
  const leftCount = new Map(left.map((r) => [r.status, r.n]));
  const employmentKeys = [...EMPLOYMENT_TYPES, ...(employment.has(NOT_GIVEN) ? [NOT_GIVEN] : [])];
  return {
    total,
    men,
    women,
    joined: countSet(db, 'members.joined', p),
    left: left.reduce((s, r) => s + r.n, 0),
    leftByReason: MEMBER_STATUSES.filter((s) => s !== '在册').map((s) => ({ key: s, label: s, count: leftCount.get(s) ?? 0 })),
    byEmployment: employmentKeys.map((k) => ({ key: k, label: k, count: employment.get(k) ?? 0 })),
    byDepartment: [...departments]
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => byDepartmentOrder(a.label, b.label)),
    ageBands: AGE_BANDS.map((label) => ({ label, count: ages.get(label) ?? 0 })),
  };
}

function congress(db: Db, p: YearParams): YearFigures['congress'] {
  const c = (f: FigureKey) => countSet(db, f, p);
  const filed = c('congress.filed');
  const answered = c('congress.answered');
  const satisfied = c('congress.satisfied');
  const basicallySatisfied = c('congress.basicallySatisfied');
  const unsatisfied = c('congress.unsatisfied');
  const rated = satisfied + basicallySatisfied + unsatisfied;
  const motions = c('congress.motions');
  const merged = c('congress.merged');
  const toSuggestions = c('congress.toSuggestions');
  const rejected = c('congress.rejected');
  const answeredOnTime = c('congress.answeredOnTime');
  return {
    sessions: c('congress.sessions'),
    delegates: c('congress.delegates'),
    motions,
    filed,
    merged,
    toSuggestions,
    rejected,
    pending: motions - filed - merged - toSuggestions - rejected,
    answered,
    answeredOnTime,
    unanswered: c('congress.unanswered'),
    rated,
    satisfied,
    basicallySatisfied,
    unsatisfied,
    excellent: c('congress.excellent'),
    votes: c('congress.votes'),
    votesPassed: c('congress.votesPassed'),
    replyRate: ratio(answered, filed),
    // 按期答复率 is over the filed motions, like 答复率: an unanswered overdue motion lowers it.
    onTimeRate: ratio(answeredOnTime, filed),
    satisfactionRate: ratio(satisfied + basicallySatisfied, rated),
  };
}

function disclosure(db: Db, p: YearParams): YearFigures['disclosure'] {
  const groups = db
    .prepare<YearParams, { category: string; scope: string; n: number }>(
      `SELECT category, scope, count(*) AS n FROM disclosure_notices WHERE id IN (${FIGURE_SETS['disclosure.notices']}) GROUP BY 1, 2`,
    )
    .all(p);
  const categories = new Map<string, number>();
  const scopes = new Map<string, number>();
  let notices = 0;
  for (const g of groups) {
    notices += g.n;
    categories.set(g.category, (categories.get(g.category) ?? 0) + g.n);
    scopes.set(g.scope, (scopes.get(g.scope) ?? 0) + g.n);
  }
  return {
    notices,
    withdrawn: countSet(db, 'disclosure.withdrawn', p),
    byCategory: [...categories].map(([k, count]) => ({ key: k, label: k, count })).sort((a, b) => b.count - a.count),
    byScope: SCOPES.map((k) => ({ key: k, label: k, count: scopes.get(k) ?? 0 })),
    boards: countSet(db, 'disclosure.boards', p),
    objections: countSet(db, 'disclosure.objections', p),
    objectionsResolved: countSet(db, 'disclosure.objectionsResolved', p),
  };
}

/**
 * A person is a member or a named non-member (a member's family member is a person of their own);
 * a household is the member's family or the named person, as in 慰问 → 统计.
 */
function welfare(db: Db, p: YearParams): YearFigures['welfare'] {
  // One pass over the year's visits from the covering date index, counted here: several times faster
  // than count(DISTINCT …) on strings in SQL (as in 慰问 → 统计). Same rows as FIGURE_SETS['welfare.visits'].
  const rows = db
    .prepare<YearParams, [memberId: number | null, recipient: string | null, month: number, reason: string, amount: number, goods: number, over: number]>(
      `SELECT member_id, recipient_name, CAST(substr(visit_date, 6, 2) AS INTEGER), reason, amount_fen, goods_value_fen, over_standard
       FROM welfare_visits INDEXED BY welfare_visits_date WHERE visit_date BETWEEN @ys AND @ye`,
    )
    .raw()
    .all(p);
  const people = new Set<number | string>();
  const households = new Set<number | string>();
  const reasons = new Map<string, { n: number; amountFen: number }>();
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: 0, amountFen: 0 }));
  let amountFen = 0;
  let goodsValueFen = 0;
  let overStandard = 0;
  for (const [memberId, recipient, month, reason, amount, goods, over] of rows) {
    const household: number | string = memberId ?? `n${recipient ?? ''}`;
    households.add(household);
    people.add(memberId !== null && recipient !== null ? `${memberId}|${recipient}` : household);
    amountFen += amount;
    goodsValueFen += goods;
    overStandard += over;
    const m = months[month - 1]!;
    m.count++;
    m.amountFen += amount;
    const r = reasons.get(reason) ?? { n: 0, amountFen: 0 };
    r.n++;
    r.amountFen += amount;
    reasons.set(reason, r);
  }
  const byReason = [...reasons].map(([reason, r]) => ({ reason, ...r })).sort((a, b) => b.n - a.n || b.amountFen - a.amountFen);
  const levels = new Map(
    db
      .prepare<YearParams, { level: string; n: number }>(
        `SELECT level, count(*) AS n FROM hardship_files WHERE id IN (${FIGURE_SETS['welfare.hardshipHouseholds']}) GROUP BY level`,
      )
      .all(p)
      .map((r) => [r.level, r.n]),
  );
  return {
    visits: rows.length,
    people: people.size,
    households: households.size,
    amountFen,
    goodsValueFen,
    byReason: byReason.map((r) => ({ key: r.reason, label: r.reason, count: r.n, amountFen: r.amountFen })),
    byMonth: months,
    overStandard,
    batches: countSet(db, 'welfare.batches', p),
    hardshipHouseholds: [...levels.values()].reduce((s, n) => s + n, 0),
    hardshipByLevel: HARDSHIP_LEVELS.map((k) => ({ key: k, label: k, count: levels.get(k) ?? 0 })),
    hardshipReverified: countSet(db, 'welfare.hardshipReverified', p),
  };
}

/** The 会费收缴台账's totals (src-main/dues/ledger.ts), so the year page and the dues page never disagree. */
function dues(db: Db, year: number, today: string): YearFigures['dues'] {
  const t = duesLedger(db, year, today).totals;
  return { members: t.members, paidMembers: t.paidMembers, amountFen: t.amountFen, dueFen: t.dueFen, arrearsFen: t.arrearsFen, arrearsMembers: t.arrearsMembers };
}

export function yearFigures(db: Db, year: number, today: string): YearFigures {
  const p = yearParams(year, today);
  return {
    members: members(db, year, p),
    congress: congress(db, p),
    disclosure: disclosure(db, p),
    welfare: welfare(db, p),
    activities: activityFigures(db, p),
    honours: honourFigures(db, p),
    dues: dues(db, year, today),
  };
}
