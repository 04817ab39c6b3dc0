/**
 * The rows of figures each area shows, shared by the page and the print view: label, this year,
 * last year, how to format them and which figure a click lists. Keeping one table of rows means the
 * page and the printed 年度工作统计表 can never disagree on what a figure is called.
 */
import type { Output } from '../../shared/api/contract';
import { formatFen } from '../../shared/domain/money';
import { formatRate } from '../../shared/report/format';
import { FIGURE_LABELS, FIGURE_UNITS, type FigureKey } from '../../shared/report/schema';

export type YearReport = Output<'report.year'>;
export type YearFigures = YearReport['current'];
export type AreaKey = 'members' | 'congress' | 'disclosure' | 'welfare' | 'activities' | 'honours' | 'dues';

export const AREA_TITLES: Record<AreaKey, string> = {
  members: '会员',
  congress: '教代会',
  disclosure: '校务公开',
  welfare: '慰问',
  activities: '活动',
  honours: '评优评先',
  dues: '会费收缴',
};

export const AREA_KEYS: AreaKey[] = ['members', 'congress', 'disclosure', 'welfare', 'activities', 'honours', 'dues'];

export type FigureKind = 'count' | 'money' | 'rate';

export interface FigureRow {
  /** Unique within the area; the FigureKey when there is one. */
  key: string;
  label: string;
  unit: string;
  kind: FigureKind;
  current: number | null;
  previous: number | null;
  /** The figure report.detail lists for this row; absent for rates and breakdowns. */
  figure?: FigureKey;
  /** A breakdown line (其中…) printed indented under the figure above it. */
  sub?: boolean;
}

interface Breakdown {
  key?: string;
  label: string;
  count: number;
}

/** Breakdown lines matched by key (or label) so last year's value sits beside this year's. */
function breakdownRows(prefix: string, unit: string, cur: Breakdown[], prev: Breakdown[]): FigureRow[] {
  const id = (b: Breakdown) => b.key ?? b.label;
  const seen = new Set<string>();
  const rows: FigureRow[] = [];
  for (const b of [...cur, ...prev]) {
    const k = id(b);
    if (seen.has(k)) continue;
    seen.add(k);
    const c = cur.find((x) => id(x) === k)?.count ?? 0;
    const p = prev.find((x) => id(x) === k)?.count ?? 0;
    if (c === 0 && p === 0) continue;
    rows.push({ key: `${prefix}.${k}`, label: `其中：${b.label}`, unit, kind: 'count', current: c, previous: p, sub: true });
  }
  return rows;
}

/** A countable figure, named and counted in the units the contract gives it (立案 … 件). */
function count(key: FigureKey, current: number, previous: number, sub = false): FigureRow {
  return { key, label: sub ? `其中：${FIGURE_LABELS[key]}` : FIGURE_LABELS[key], unit: FIGURE_UNITS[key], kind: 'count', current, previous, figure: key, sub };
}

function rate(key: string, label: string, current: number | null, previous: number | null): FigureRow {
  return { key, label, unit: '', kind: 'rate', current, previous };
}

export function areaRows(area: AreaKey, cur: YearFigures, prev: YearFigures): FigureRow[] {
  switch (area) {
    case 'members': {
      const c = cur.members;
      const p = prev.members;
      return [
        count('members.total', c.total, p.total),
        count('members.men', c.men, p.men, true),
        count('members.women', c.women, p.women, true),
        count('members.joined', c.joined, p.joined),
        count('members.left', c.left, p.left),
        ...breakdownRows('members.leftByReason', '人', c.leftByReason, p.leftByReason),
      ];
    }
    case 'congress': {
      const c = cur.congress;
      const p = prev.congress;
      return [
        count('congress.sessions', c.sessions, p.sessions),
        count('congress.delegates', c.delegates, p.delegates),
        count('congress.motions', c.motions, p.motions),
        count('congress.filed', c.filed, p.filed),
        count('congress.merged', c.merged, p.merged, true),
        count('congress.toSuggestions', c.toSuggestions, p.toSuggestions),
        count('congress.rejected', c.rejected, p.rejected),
        count('congress.answered', c.answered, p.answered),
        count('congress.answeredOnTime', c.answeredOnTime, p.answeredOnTime),
        count('congress.unanswered', c.unanswered, p.unanswered),
        rate('congress.replyRate', '答复率', c.replyRate, p.replyRate),
        rate('congress.onTimeRate', '按期答复率', c.onTimeRate, p.onTimeRate),
        { key: 'congress.rated', label: '提案人已反馈', unit: '件', kind: 'count', current: c.rated, previous: p.rated },
        count('congress.satisfied', c.satisfied, p.satisfied, true),
        count('congress.basicallySatisfied', c.basicallySatisfied, p.basicallySatisfied, true),
        count('congress.unsatisfied', c.unsatisfied, p.unsatisfied, true),
        rate('congress.satisfactionRate', '满意率', c.satisfactionRate, p.satisfactionRate),
        count('congress.excellent', c.excellent, p.excellent),
        count('congress.votes', c.votes, p.votes),
        count('congress.votesPassed', c.votesPassed, p.votesPassed),
      ];
    }
    case 'disclosure': {
      const c = cur.disclosure;
      const p = prev.disclosure;
      return [
        count('disclosure.notices', c.notices, p.notices),
        ...breakdownRows('disclosure.byScope', '项', c.byScope, p.byScope),
        count('disclosure.withdrawn', c.withdrawn, p.withdrawn),
        count('disclosure.boards', c.boards, p.boards),
        count('disclosure.objections', c.objections, p.objections),
        count('disclosure.objectionsResolved', c.objectionsResolved, p.objectionsResolved),
      ];
    }
    case 'welfare': {
      const c = cur.welfare;
      const p = prev.welfare;
      return [
        count('welfare.visits', c.visits, p.visits),
        { key: 'welfare.people', label: '慰问人数', unit: '人', kind: 'count', current: c.people, previous: p.people },
        { key: 'welfare.households', label: '慰问户数', unit: '户', kind: 'count', current: c.households, previous: p.households },
        { key: 'welfare.amountFen', label: '慰问金', unit: '', kind: 'money', current: c.amountFen, previous: p.amountFen },
        { key: 'welfare.goodsValueFen', label: '慰问品折合', unit: '', kind: 'money', current: c.goodsValueFen, previous: p.goodsValueFen },
        count('welfare.overStandard', c.overStandard, p.overStandard),
        count('welfare.batches', c.batches, p.batches),
        count('welfare.hardshipHouseholds', c.hardshipHouseholds, p.hardshipHouseholds),
        ...breakdownRows('welfare.hardshipByLevel', '户', c.hardshipByLevel, p.hardshipByLevel),
        count('welfare.hardshipReverified', c.hardshipReverified, p.hardshipReverified),
      ];
    }
    case 'activities': {
      const c = cur.activities;
      const p = prev.activities;
      return [
        count('activities.count', c.count, p.count),
        ...breakdownRows('activities.byType', '次', c.byType, p.byType),
        { key: 'activities.participants', label: '参加人次', unit: '人次', kind: 'count', current: c.participants, previous: p.participants },
        { key: 'activities.spendingFen', label: '活动经费', unit: '', kind: 'money', current: c.spendingFen, previous: p.spendingFen },
      ];
    }
    case 'honours': {
      const c = cur.honours;
      const p = prev.honours;
      const awardedByLevel = (f: typeof c) => f.byLevel.map((l) => ({ key: l.key, label: l.label, count: l.awarded }));
      return [
        count('honours.count', c.count, p.count),
        count('honours.awarded', c.awarded, p.awarded),
        ...breakdownRows('honours.byLevel', '项', awardedByLevel(c), awardedByLevel(p)),
        { key: 'honours.awardedPeople', label: '获评人次', unit: '人次', kind: 'count', current: c.awardedPeople, previous: p.awardedPeople },
        count('honours.recommended', c.recommended, p.recommended),
      ];
    }
    case 'dues': {
      const c = cur.dues;
      const p = prev.dues;
      return [
        { key: 'dues.members', label: '应缴会员', unit: '人', kind: 'count', current: c.members, previous: p.members },
        { key: 'dues.paidMembers', label: '已缴会员', unit: '人', kind: 'count', current: c.paidMembers, previous: p.paidMembers },
        { key: 'dues.amountFen', label: '收缴会费', unit: '', kind: 'money', current: c.amountFen, previous: p.amountFen },
        { key: 'dues.arrearsMembers', label: '欠缴会员', unit: '人', kind: 'count', current: c.arrearsMembers, previous: p.arrearsMembers },
        { key: 'dues.arrearsFen', label: '欠缴会费', unit: '', kind: 'money', current: c.arrearsFen, previous: p.arrearsFen },
      ];
    }
  }
}

/** 12 → '12 人'; ¥ amounts; rates as percentages; null rates as '—'. */
export function formatValue(row: Pick<FigureRow, 'kind' | 'unit'>, value: number | null): string {
  if (value === null) return '—';
  if (row.kind === 'money') return formatFen(value);
  if (row.kind === 'rate') return formatRate(value);
  return row.unit ? `${value} ${row.unit}` : String(value);
}

export interface Change {
  direction: 'up' | 'down' | 'same' | 'none';
  text: string;
}

/** The change against last year: ↑ 3 人, ↓ ¥200.00, ↑ 5 个百分点, 持平; '—' when a rate is missing. */
export function changeOf(row: FigureRow): Change {
  if (row.current === null || row.previous === null) return { direction: 'none', text: '—' };
  const delta = row.current - row.previous;
  if (row.kind === 'rate' ? Math.abs(delta) < 0.0005 : delta === 0) return { direction: 'same', text: '持平' };
  const arrow = delta > 0 ? '↑' : '↓';
  const abs = Math.abs(delta);
  let amount: string;
  if (row.kind === 'money') amount = formatFen(abs);
  else if (row.kind === 'rate') amount = `${Math.round(abs * 1000) / 10} 个百分点`;
  else amount = row.unit ? `${abs} ${row.unit}` : String(abs);
  return { direction: delta > 0 ? 'up' : 'down', text: `${arrow} ${amount}` };
}

/**
 * All areas' sentences as text to paste into the 工作总结: one paragraph per area, sentences in
 * order; a sentence without closing punctuation gets a 。 so paragraphs read as prose.
 */
export function allSentencesText(sentences: YearReport['sentences']): string {
  return AREA_KEYS.map((a) => sentences[a].map((s) => (/[。；！？]$/.test(s) ? s : `${s}。`)).join(''))
    .filter((p) => p !== '')
    .join('\n');
}
