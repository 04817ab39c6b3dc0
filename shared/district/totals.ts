/**
 * Adding up the schools' report.year figures generically: every numeric leaf is summed, lists of
 * breakdowns (byCategory, byMonth …) are summed item by item (matched by key, month or label), and
 * rates are recomputed from their parts, never summed. Nothing here names an area's figures except
 * the rate table, so a figure added to report.year reaches the district's totals unchanged; a new
 * rate needs one line in RATE_PARTS (until then its total is null: unknown, not a wrong number).
 */
import { ratio } from '../report/format';
import { FIGURE_LABELS, FIGURE_UNITS } from '../report/schema';
import type { FigureColumn, FlatFigures } from './schema';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type FigureTree = { [k: string]: Json };

const num = (t: FigureTree, path: string): number => {
  let v: Json | undefined = t;
  for (const p of path.split('.')) v = v && typeof v === 'object' && !Array.isArray(v) ? v[p] : undefined;
  return typeof v === 'number' ? v : 0;
};

/** A rate's numerator and denominator, as flat keys of the same tree. */
export const RATE_PARTS: Record<string, (t: FigureTree) => number | null> = {
  'congress.replyRate': (t) => ratio(num(t, 'congress.answered'), num(t, 'congress.filed')),
  'congress.onTimeRate': (t) => ratio(num(t, 'congress.answeredOnTime'), num(t, 'congress.filed')),
  'congress.satisfactionRate': (t) => ratio(num(t, 'congress.satisfied') + num(t, 'congress.basicallySatisfied'), num(t, 'congress.rated')),
};

/** A leaf named …Rate holds a rate (replyRate, onTimeRate): never summed. */
const isRateName = (name: string) => /rate$/i.test(name);
export const isRateKey = (key: string) => isRateName(key.split('.').at(-1) ?? '');

/** The fields that name a breakdown's item: kept as they are when two schools' items are added. */
const IDENTITY_FIELDS = ['key', 'month', 'label', 'name', 'type'];

function identity(item: Json): string | null {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
  for (const k of IDENTITY_FIELDS) {
    const v = item[k];
    if (typeof v === 'string' || typeof v === 'number') return `${k}:${v}`;
  }
  return null;
}

/** Where each named item of a running sum's list sits; kept with the list while the sum grows. */
const itemPositions = new WeakMap<Json[], Map<string, number>>();
function positions(list: Json[]): Map<string, number> {
  let at = itemPositions.get(list);
  if (!at) {
    at = new Map();
    for (let i = 0; i < list.length; i++) {
      const id = identity(list[i]!);
      if (id !== null) at.set(id, i);
    }
    itemPositions.set(list, at);
  }
  return at;
}

/**
 * Adds `b` into `acc` and returns the result. `acc` is always this sum's own copy (a clone of the
 * base, items cloned as they are first seen), so it is changed in place: a district of 1,000
 * schools sums without copying the running total once per school. `key` is the leaf's own name
 * (rates are known by it).
 */
function addInto(acc: Json | undefined, b: Json | undefined, key: string): Json {
  if (acc === undefined) return clone(b ?? null, key);
  if (b === undefined) return acc;
  if (isRateName(key)) return null; // recomputed afterwards
  if (typeof acc === 'number' || typeof b === 'number') return (typeof acc === 'number' ? acc : 0) + (typeof b === 'number' ? b : 0);
  if (Array.isArray(acc) && Array.isArray(b)) {
    const at = positions(acc);
    for (const item of b) {
      const id = identity(item);
      const i = id === null ? undefined : at.get(id);
      if (i === undefined) {
        if (id !== null) at.set(id, acc.length);
        acc.push(clone(item, key));
      } else {
        // The item's name fields (key, month …) stay as they are; the rest is added.
        const mine = acc[i] as { [k: string]: Json };
        const theirs = item as { [k: string]: Json };
        for (const k of Object.keys(theirs)) if (!(k in mine) || !IDENTITY_FIELDS.includes(k)) mine[k] = addInto(mine[k], theirs[k], k);
      }
    }
    return acc;
  }
  if (acc && b && typeof acc === 'object' && typeof b === 'object' && !Array.isArray(acc) && !Array.isArray(b)) {
    for (const k of Object.keys(b)) acc[k] = addInto(acc[k], b[k], k);
    return acc;
  }
  return acc; // text: the first school's (labels are the same in every school)
}

function clone(v: Json, key: string): Json {
  if (isRateName(key)) return null;
  if (Array.isArray(v)) return v.map((x) => clone(x, key));
  if (v && typeof v === 'object') {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(v)) out[k] = clone(v[k]!, k);
    return out;
  }
  return v;
}

/** Sets every rate of the tree from its parts (null where the parts are not known). */
function recomputeRates(t: Json, path: string, root: FigureTree): Json {
  if (Array.isArray(t)) return t;
  if (t && typeof t === 'object') {
    return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, recomputeRates(v, path ? `${path}.${k}` : k, root)]));
  }
  if (isRateKey(path)) return RATE_PARTS[path]?.(root) ?? null;
  return t;
}

/** The sum of `trees` on top of `base` (the empty figures, so every key is there even with no report). */
export function sumFigures(base: FigureTree, trees: readonly FigureTree[]): FigureTree {
  let out: Json = clone(base, '');
  for (const t of trees) out = addInto(out, t, '');
  const root = out as FigureTree;
  return recomputeRates(root, '', root) as FigureTree;
}

/** Numeric leaves outside lists as flat keys: { 'members.total': 312, 'congress.replyRate': 0.9 }. */
export function flattenFigures(t: FigureTree): FlatFigures {
  const out: FlatFigures = {};
  const walk = (v: { [k: string]: Json }, prefix: string) => {
    for (const k in v) {
      const x = v[k]!;
      if (Array.isArray(x)) continue;
      if (x !== null && typeof x === 'object') walk(x, `${prefix}${k}.`);
      else if (typeof x === 'number' || (x === null && isRateName(k))) out[prefix + k] = x;
    }
  };
  walk(t, '');
  return out;
}

/** Derived per-school figures for sorting (money per member); not summed, recomputed from totals. */
export function withDerived(flat: FlatFigures): FlatFigures {
  const members = flat['members.total'] ?? 0;
  const amount = flat['welfare.amountFen'];
  return { ...flat, 'welfare.amountPerMemberFen': members > 0 && typeof amount === 'number' ? Math.round(amount / members) : null };
}

export const AREA_LABELS: Record<string, string> = {
  members: '会员',
  congress: '教代会',
  disclosure: '校务公开',
  welfare: '慰问',
  activities: '活动',
  honours: '评优评先',
  dues: '会费收缴',
};

/** Labels beyond report's FIGURE_LABELS (money, people, rates, derived). */
export const EXTRA_LABELS: Record<string, [label: string, unit: string]> = {
  'congress.pending': ['待审查', '件'],
  'congress.rated': ['已反馈', '件'],
  'congress.replyRate': ['答复率', ''],
  'congress.onTimeRate': ['按期答复率', ''],
  'congress.satisfactionRate': ['满意率', ''],
  'welfare.people': ['慰问人数', '人'],
  'welfare.households': ['慰问户数', '户'],
  'welfare.amountFen': ['慰问金', '元'],
  'welfare.goodsValueFen': ['慰问品价值', '元'],
  'welfare.amountPerMemberFen': ['人均慰问金', '元'],
  'activities.participants': ['参加活动', '人次'],
  'activities.spendingFen': ['活动经费', '元'],
  'honours.awardedPeople': ['获评教职工', '人次'],
  'dues.members': ['应缴会费会员', '人'],
  'dues.paidMembers': ['已缴会费会员', '人'],
  'dues.amountFen': ['收缴会费', '元'],
  'dues.dueFen': ['应缴会费', '元'],
  'dues.arrearsMembers': ['欠缴会员', '人'],
  'dues.arrearsFen': ['欠缴会费', '元'],
};

/**
 * The figures a district reads first: the school table's starting columns and the printed 汇总表
 * (every other figure is in the table's column picker and on the workbook's 各项数字 sheet).
 */
export const MAIN_FIGURES = [
  'members.total',
  'congress.sessions',
  'congress.motions',
  'congress.replyRate',
  'congress.onTimeRate',
  'congress.satisfactionRate',
  'disclosure.notices',
  'welfare.visits',
  'welfare.amountFen',
  'welfare.amountPerMemberFen',
  'welfare.hardshipHouseholds',
  'activities.count',
  'honours.awarded',
  'dues.members',
  'dues.amountFen',
  'dues.arrearsFen',
];

export function figureKind(key: string): FigureColumn['kind'] {
  if (isRateKey(key)) return 'rate';
  return /Fen$/.test(key) ? 'money' : 'count';
}

/**
 * The school × figures columns for the flat keys seen, in report order (areas as report.year lists
 * them). A key with no Chinese label is left out of the table (it stays in the totals).
 */
export function figureColumns(keys: Iterable<string>): FigureColumn[] {
  const labels = FIGURE_LABELS as Record<string, string>;
  const units = FIGURE_UNITS as Record<string, string>;
  const out: FigureColumn[] = [];
  for (const key of keys) {
    const area = key.split('.')[0] ?? '';
    const extra = EXTRA_LABELS[key];
    const label = extra?.[0] ?? labels[key];
    if (!label) continue;
    const kind = figureKind(key);
    out.push({ key, area: AREA_LABELS[area] ?? area, label, unit: extra?.[1] ?? units[key] ?? (kind === 'money' ? '元' : ''), kind });
  }
  // Area by area in report order (a derived figure such as 人均慰问金 comes last in the keys).
  const order = Object.values(AREA_LABELS);
  const rank = (c: FigureColumn) => (order.includes(c.area) ? order.indexOf(c.area) : order.length);
  return out.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
}

/** `tree` with every key of `base` it lacks (a ledger from an older program lacks newer areas). */
export function withDefaults(base: FigureTree, tree: FigureTree): FigureTree {
  const out: FigureTree = { ...base };
  for (const [k, v] of Object.entries(tree)) {
    const b = base[k];
    out[k] = b && v && typeof b === 'object' && typeof v === 'object' && !Array.isArray(b) && !Array.isArray(v) ? withDefaults(b, v) : v;
  }
  return out;
}
