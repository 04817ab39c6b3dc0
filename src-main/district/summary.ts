/**
 * The district's view of a year: who reported and who has not (with whom to call), the totals of
 * every figure, the school × figures table, the schools failing a check, the district's own
 * sentences and the figures by school type. Reads only the current reports of the year.
 */
import { AppError } from '../../shared/api/errors';
import { NO_SCHOOL_TYPE, SCHOOL_TYPES, type DistrictSummary, type FailingCheck, type DistrictCheckKey, type SchoolRow } from '../../shared/district/schema';
import { districtSentences } from '../../shared/district/sentences';
import { figureColumns, flattenFigures, sumFigures, withDefaults, withDerived, type FigureTree } from '../../shared/district/totals';
import { emptyFigures } from '../../shared/report/empty';
import type { CheckItem, YearFigures, YearReport } from '../../shared/report/schema';
import type { Db } from '../db/types';
import { currentReport, currentReportsOfYear } from './reports';
import { getSchool, listSchools } from './schools';
import { getDistrictSettings } from './settings';

const CHECK_TITLES: Record<DistrictCheckKey, string> = {
  'congress.required': '教职工人数较多却未召开教代会',
  'congress.unanswered': '立案提案尚未答复',
  'welfare.reverify': '困难职工档案未按期复核',
};

type SentCheck = Pick<CheckItem, 'key' | 'ok' | 'detail' | 'count'>;

function parse<T>(text: string | number | null | undefined, fallback: T): T {
  try {
    return JSON.parse(String(text)) as T;
  } catch {
    return fallback;
  }
}

/** The district checks one school's report fails, with what to say about each. */
function failingChecks(fig: YearFigures, checks: SentCheck[], staff: number, min: number): [DistrictCheckKey, string][] {
  const out: [DistrictCheckKey, string][] = [];
  if (staff > min && fig.congress.sessions === 0) out.push(['congress.required', `教职工 ${staff} 人，本年度未召开教代会`]);
  const unanswered = checks.find((c) => c.key === 'congress.unanswered');
  if (unanswered ? !unanswered.ok : fig.congress.unanswered > 0) {
    out.push(['congress.unanswered', unanswered?.detail ?? `${fig.congress.unanswered} 件立案提案尚未答复`]);
  }
  const reverify = checks.find((c) => c.key === 'welfare.reverify');
  if (reverify && !reverify.ok) out.push(['welfare.reverify', reverify.detail]);
  return out;
}

/**
 * The summary is asked for on every visit of the year's page, by the 汇总表 export and by the CLI,
 * and it only changes when the store does. It is kept per connection and year, keyed by SQLite's
 * change counters: total_changes() (every row this connection wrote) and data_version (moves when
 * another connection, e.g. the CLI, committed). Never kept while a transaction is open, since a
 * rollback takes changes back without the counters going back.
 */
const cache = new WeakMap<Db, Map<number, { key: string; summary: DistrictSummary }>>();

function changeKey(db: Db): string {
  const changes = db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()!.n;
  return `${changes}:${String(db.pragma('data_version', { simple: true }))}`;
}

export function districtSummary(db: Db, year: number): DistrictSummary {
  if (db.inTransaction) return computeSummary(db, year);
  const key = changeKey(db);
  let years = cache.get(db);
  const hit = years?.get(year);
  if (hit && hit.key === key) return hit.summary;
  const summary = computeSummary(db, year);
  if (!years) cache.set(db, (years = new Map()));
  years.set(year, { key, summary });
  return summary;
}

/** The summary read afresh from the store (districtSummary keeps it until the store changes). */
export function computeSummary(db: Db, year: number): DistrictSummary {
  const settings = getDistrictSettings(db);
  const schools = listSchools(db);
  const reports = new Map(currentReportsOfYear(db, year, 'r.id, r.exported_at, r.received_at, r.figures, r.checks').map((r) => [r.school_id, r]));
  const base = emptyFigures() as unknown as FigureTree;
  const trees = new Map<number, FigureTree>();
  const checks = new Map<DistrictCheckKey, FailingCheck>();
  const rows: SchoolRow[] = schools.map((s) => {
    const r = reports.get(s.id);
    const row: SchoolRow = {
      schoolId: s.id,
      name: s.name,
      type: s.type,
      contact: s.contact,
      phone: s.phone,
      staff: s.staff,
      reported: r !== undefined,
      reportId: r ? Number(r.id) : null,
      exportedAt: r ? String(r.exported_at) : null,
      receivedAt: r ? String(r.received_at) : null,
      figures: {},
      failing: [],
    };
    if (!r) return row;
    const tree = withDefaults(base, parse<FigureTree>(r.figures, {}));
    trees.set(s.id, tree);
    row.figures = withDerived(flattenFigures(tree));
    const fig = tree as unknown as YearFigures;
    for (const [key, detail] of failingChecks(fig, parse<SentCheck[]>(r.checks, []), s.staff ?? fig.members.total, settings.congressStaffMin)) {
      row.failing.push(key);
      const entry = checks.get(key) ?? { key, title: CHECK_TITLES[key], schools: [] };
      entry.schools.push({ schoolId: s.id, name: s.name, detail });
      checks.set(key, entry);
    }
    return row;
  });
  const reported = rows.filter((r) => r.reported).length;
  const types = [...SCHOOL_TYPES, ...(rows.some((r) => r.type === null) ? [NO_SCHOOL_TYPE] : [])];
  // Each school is added once, into its type's sum; the district's totals are the sum of those
  // (the list is in type order, so breakdown items keep the order the schools first name them).
  const typeSums = types.map((type) => {
    const of = rows.filter((r) => (r.type ?? NO_SCHOOL_TYPE) === type);
    const sum = sumFigures(base, of.flatMap((r) => (trees.has(r.schoolId) ? [trees.get(r.schoolId)!] : [])));
    return { type, of, sum };
  });
  const totals = sumFigures(base, typeSums.filter((t) => t.of.some((r) => r.reported)).map((t) => t.sum));
  const totalsFlat = withDerived(flattenFigures(totals));
  const keys = new Set(Object.keys(totalsFlat));
  for (const row of rows) for (const k of Object.keys(row.figures)) keys.add(k);
  const byType = typeSums
    .filter((t) => t.of.length > 0)
    .map(({ type, of, sum }) => ({ type, expected: of.length, reported: of.filter((r) => r.reported).length, figures: withDerived(flattenFigures(sum)) }));
  return {
    year,
    expected: rows.length,
    reported,
    missing: rows.filter((r) => !r.reported).map((r) => ({ schoolId: r.schoolId, name: r.name, type: r.type, contact: r.contact, phone: r.phone })),
    totals: totals as unknown as DistrictSummary['totals'],
    totalsFlat,
    columns: figureColumns(keys),
    schools: rows,
    checks: (['congress.required', 'congress.unanswered', 'welfare.reverify'] as const).flatMap((k) => (checks.has(k) ? [checks.get(k)!] : [])),
    sentences: districtSentences(totals as unknown as YearFigures, {
      year,
      expected: rows.length,
      reported,
      noCongress: checks.get('congress.required')?.schools.length ?? 0,
      congressStaffMin: settings.congressStaffMin,
    }),
    byType,
  };
}

/** One school's report of the year, shaped as report.year so the 年度台账 page's parts can show it. */
export function schoolReport(db: Db, schoolId: number, year: number) {
  const school = getSchool(db, schoolId);
  const r = currentReport(db, schoolId, year);
  const base = emptyFigures() as unknown as FigureTree;
  if (!r) {
    return { school, report: null, checks: [], reportId: null, fileName: null, exportedAt: null, receivedAt: null, hardship: [], motions: [], votes: [] };
  }
  const sentences = parse<Record<string, string[]>>(r.sentences, {});
  const report: YearReport = {
    year,
    org: { schoolName: school.name, unionName: r.union_name },
    current: withDefaults(base, parse<FigureTree>(r.figures, {})) as unknown as YearFigures,
    previous: withDefaults(base, parse<FigureTree>(r.previous, {})) as unknown as YearFigures,
    sentences: { members: [], congress: [], disclosure: [], welfare: [], activities: [], honours: [], dues: [], ...sentences },
  };
  return {
    school,
    report,
    checks: parse<CheckItem[]>(r.checks, []),
    reportId: r.id,
    fileName: r.file_name,
    exportedAt: r.exported_at,
    receivedAt: r.received_at,
    hardship: parse(r.hardship, []),
    motions: parse(r.motions, []),
    votes: parse(r.votes, []),
  };
}

export function assertYearHasReports(db: Db, year: number): void {
  const n = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM district_reports WHERE year = ? AND replaced_at IS NULL').get(year)!.n;
  if (n === 0) throw new AppError('NOT_FOUND', `${year}年度还没有接收任何学校的台账，没有可导出的内容。`);
}
