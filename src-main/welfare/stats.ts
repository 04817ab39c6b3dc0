/**
 * Yearly statistics for the work summary (全年走访慰问困难教职工X户，发放慰问金X元) and the charts:
 * by month, reason and department. A person is a member or a named non-member; a household is the
 * member's family (family members count under the member) or the named person.
 *
 * One pass over the year's rows (read from a covering index) aggregated here is several times
 * faster than one GROUP BY with count(DISTINCT …) per breakdown.
 */
import type { WelfareStats, YearlyTotals } from '../../shared/welfare/schema';
import type { Db } from '../db/types';
import { hardshipCounts } from './hardship';

const NO_DEPARTMENT = '（无部门/非会员）';

class Bucket {
  visits = 0;
  amountFen = 0;
  goodsValueFen = 0;
  private readonly people = new Set<number | string>();
  private readonly households = new Set<number | string>();

  add(person: number | string, household: number | string, amount: number, goods: number): void {
    this.visits++;
    this.amountFen += amount;
    this.goodsValueFen += goods;
    this.people.add(person);
    this.households.add(household);
  }

  counts() {
    return {
      visits: this.visits,
      people: this.people.size,
      households: this.households.size,
      amountFen: this.amountFen,
      goodsValueFen: this.goodsValueFen,
    };
  }
}

type Row = [memberId: number | null, recipient: string | null, department: string | null, monthDay: number, reason: string, amount: number, goods: number, over: number];

interface FileSpan {
  filedOn: string;
  /** Last day the file was active; null while 在档. */
  endedOn: string | null;
}

function groupBy<K>(keys: Iterable<K>, make: () => Bucket): Map<K, Bucket> {
  const map = new Map<K, Bucket>();
  for (const k of keys) map.set(k, make());
  return map;
}

export function welfareStats(db: Db, year: number): WelfareStats {
  const rows = db
    .prepare<[string, string], Row>(
      // The date comes back as the number MMDD: one string fewer per row is a quarter of the fetch time.
      `SELECT member_id, recipient_name, department, CAST(substr(visit_date, 6, 2) || substr(visit_date, 9, 2) AS INTEGER), reason, amount_fen,
         goods_value_fen, over_standard
       FROM welfare_visits INDEXED BY welfare_visits_date WHERE visit_date BETWEEN ? AND ?`,
    )
    .raw()
    .all(`${year}-01-01`, `${year}-12-31`);

  const files = new Map<number, FileSpan[]>();
  for (const f of db
    .prepare<[], { member_id: number; filed_on: string; status: string; status_date: string | null }>(
      'SELECT member_id, filed_on, status, status_date FROM hardship_files',
    )
    .all()) {
    const spans = files.get(f.member_id) ?? [];
    spans.push({ filedOn: f.filed_on, endedOn: f.status === '在档' ? null : (f.status_date ?? f.filed_on) });
    files.set(f.member_id, spans);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const inHardship = (memberId: number | null, monthDay: number) => {
    const spans = memberId === null ? undefined : files.get(memberId);
    if (!spans) return false;
    const date = `${year}-${pad(Math.floor(monthDay / 100))}-${pad(monthDay % 100)}`;
    return spans.some((s) => s.filedOn <= date && (s.endedOn === null || s.endedOn >= date));
  };

  const total = new Bucket();
  let overStandard = 0;
  const hardshipHouseholds = new Set<number | string>();
  let hardshipAmount = 0;
  const months = groupBy(Array.from({ length: 12 }, (_, i) => i + 1), () => new Bucket());
  const reasons = new Map<string, Bucket>();
  const departments = new Map<string, Bucket>();
  for (const [memberId, recipient, department, monthDay, reason, amount, goods, over] of rows) {
    // Members key by id (a number), so only family members and outsiders cost a string.
    const household: number | string = memberId ?? `n${recipient ?? ''}`;
    const person = memberId !== null && recipient !== null ? `${memberId}|${recipient}` : household;
    total.add(person, household, amount, goods);
    overStandard += over;
    months.get(Math.floor(monthDay / 100))!.add(person, household, amount, goods);
    let r = reasons.get(reason);
    if (!r) reasons.set(reason, (r = new Bucket()));
    r.add(person, household, amount, goods);
    const deptKey = department ?? NO_DEPARTMENT;
    let d = departments.get(deptKey);
    if (!d) departments.set(deptKey, (d = new Bucket()));
    d.add(person, household, amount, goods);
    if (reason === '困难帮扶' || inHardship(memberId, monthDay)) {
      hardshipHouseholds.add(household);
      hardshipAmount += amount;
    }
  }
  const byAmount = (a: { amountFen: number; visits: number }, b: { amountFen: number; visits: number }) =>
    b.amountFen - a.amountFen || b.visits - a.visits;

  const years = db
    .prepare<[], { y: string }>(
      // Distinct years by skipping through the date index instead of reading every visit.
      `WITH RECURSIVE y(v) AS (
         SELECT substr(min(visit_date), 1, 4) FROM welfare_visits
         UNION ALL
         SELECT (SELECT substr(min(visit_date), 1, 4) FROM welfare_visits WHERE visit_date > y.v || '-12-31') FROM y WHERE y.v IS NOT NULL
       ) SELECT v AS y FROM y WHERE v IS NOT NULL`,
    )
    .all()
    .map((r) => Number(r.y))
    .reverse();

  return {
    year,
    totals: { ...total.counts(), overStandard },
    hardship: { households: hardshipHouseholds.size, amountFen: hardshipAmount },
    byMonth: [...months].map(([month, b]) => ({ month, ...b.counts() })),
    byReason: [...reasons].map(([reason, b]) => ({ reason, ...b.counts() })).sort(byAmount),
    byDepartment: [...departments].map(([department, b]) => ({ department, ...b.counts() })).sort(byAmount),
    years,
    hardshipFiles: hardshipCounts(db),
  };
}

/** Totals per calendar year, newest first, for the year-on-year comparison. */
export function yearlyTotals(db: Db): YearlyTotals {
  return db
    .prepare<[], { year: string; visits: number; people: number; households: number; amountFen: number; goodsValueFen: number }>(
      `SELECT substr(visit_date, 1, 4) AS year, count(*) AS visits,
         count(DISTINCT coalesce(member_id, 0) || '|' || coalesce(recipient_name, '')) AS people,
         count(DISTINCT coalesce('m' || member_id, 'n' || recipient_name)) AS households,
         sum(amount_fen) AS amountFen, sum(goods_value_fen) AS goodsValueFen
       FROM welfare_visits INDEXED BY welfare_visits_date GROUP BY year ORDER BY year DESC`,
    )
    .all()
    .map((r) => ({ ...r, year: Number(r.year) }));
}
