/**
 * The rubric's automatic judges: a judge id → a function over the store and the year that says
 * whether the records show the item, with the evidence and the page that lists it. Most read the
 * 台账检查 (checks.ts) and the year's figures, so a judge and the check it rests on cannot disagree.
 *
 * A rubric item naming a judge that is not registered here (one the user typed, or of an area this
 * version lacks) is scored by hand; an area adds its judge with one entry in JUDGES.
 */
import type { CheckItem, YearFigures } from '../../shared/report/schema';
import type { Db } from '../db/types';
import { reportChecks } from './checks';
import { yearFigures } from './figures';

export interface JudgeContext {
  db: Db;
  year: number;
  today: string;
  /** The year's 台账检查 by key, computed once for every judge. */
  check(key: string): CheckItem;
  figures(): YearFigures;
}

export interface JudgeResult {
  met: boolean;
  evidence: string;
  link: string;
}

export interface Judge {
  label: string;
  run(ctx: JudgeContext): JudgeResult;
}

const fromCheck = (key: string) => (ctx: JudgeContext): JudgeResult => {
  const c = ctx.check(key);
  return { met: c.ok, evidence: c.detail, link: c.link };
};

/** Visits for the reasons of 五必访 (sickness, a family emergency, weddings, births and funerals). */
export const FIVE_VISIT_REASONS = ['生病住院', '住院手术', '直系亲属去世', '会员去世', '结婚', '生育', '困难帮扶'];
const WARMTH_REASONS = ['春节慰问', '困难帮扶', '金秋助学'];

export const JUDGES: Record<string, Judge> = {
  'members.register': {
    label: '会员花名册信息齐全',
    run: ({ db, figures }) => {
      const total = figures().members.total;
      const { n } = db
        .prepare<[], { n: number }>(
          `SELECT count(*) AS n FROM members WHERE status = '在册' AND (gender IS NULL OR birth_date IS NULL OR department IS NULL OR join_date IS NULL)`,
        )
        .get()!;
      if (total === 0) return { met: false, evidence: '年末没有在册会员', link: '/members' };
      return {
        met: n === 0,
        evidence: n === 0 ? `年末在册会员 ${total} 人，登记信息齐全` : `在册会员中 ${n} 人缺少性别、出生日期、部门或入会时间`,
        link: '/members',
      };
    },
  },
  'dues.collected': { label: '会费收缴无欠缴', run: fromCheck('dues.arrears') },
  'congress.session': { label: '本年度召开教代会', run: fromCheck('congress.session') },
  'congress.replies': {
    label: '立案提案均已答复',
    run: (ctx) => {
      const f = ctx.figures().congress;
      const c = ctx.check('congress.unanswered');
      if (f.filed === 0) return { met: false, evidence: f.motions > 0 ? `收到提案 ${f.motions} 件，尚无立案提案` : '本年度没有提案记录', link: '/congress' };
      return { met: c.ok, evidence: `立案 ${f.filed} 件，已答复 ${f.answered} 件${c.ok ? '' : `；${c.detail}`}`, link: c.link };
    },
  },
  'disclosure.boards': { label: '本年度出版校务公开栏', run: fromCheck('disclosure.boards') },
  'disclosure.records': {
    label: '公示记录完整、异议已处理、期满已归档',
    run: (ctx) => {
      const notices = ctx.figures().disclosure.notices;
      const open = ctx.check('disclosure.openObjections');
      const unarchived = ctx.check('disclosure.unarchived');
      if (notices === 0) return { met: false, evidence: '本年度没有发布公示', link: '/disclosure' };
      const problems = [open, unarchived].filter((c) => !c.ok);
      return {
        met: problems.length === 0,
        evidence: problems.length === 0 ? `发布公示 ${notices} 项，异议均已处理，期满公示均已归档` : `发布公示 ${notices} 项；${problems.map((p) => p.detail).join('；')}`,
        link: problems[0]?.link ?? '/disclosure',
      };
    },
  },
  'welfare.visits': {
    label: '有五必访慰问记录',
    run: (ctx) => {
      const found = ctx.figures().welfare.byReason.filter((r) => FIVE_VISIT_REASONS.includes(r.key) && r.count > 0);
      const n = found.reduce((s, r) => s + r.count, 0);
      return {
        met: n > 0,
        evidence: n > 0 ? `五必访慰问 ${n} 人次（${found.map((r) => `${r.label} ${r.count}`).join('、')}）` : '本年度没有生病住院、婚丧嫁娶等慰问记录',
        link: `/welfare?year=${ctx.year}`,
      };
    },
  },
  'welfare.warmth': {
    label: '有送温暖慰问记录',
    run: (ctx) => {
      const w = ctx.figures().welfare;
      const found = w.byReason.filter((r) => WARMTH_REASONS.includes(r.key) && r.count > 0);
      const n = found.reduce((s, r) => s + r.count, 0);
      const parts = [...found.map((r) => `${r.label} ${r.count} 人次`), ...(w.batches > 0 ? [`集中慰问 ${w.batches} 批`] : [])];
      return {
        met: n > 0 || w.batches > 0,
        evidence: parts.length > 0 ? parts.join('、') : '本年度没有春节慰问、困难帮扶或集中慰问记录',
        link: w.batches > 0 ? '/welfare/batches' : `/welfare?year=${ctx.year}`,
      };
    },
  },
  'activities.sports': {
    label: '组织了文体活动',
    run: (ctx) => {
      const a = ctx.figures().activities;
      const sports = a.byType.find((t) => t.key === '文体活动');
      const n = sports?.count ?? 0;
      return {
        met: n > 0,
        evidence: n > 0 ? `组织文体活动 ${n} 次，参加 ${sports!.participants} 人次` : a.count > 0 ? `本年度有活动 ${a.count} 次，但没有文体活动记录` : '本年度没有活动记录',
        link: '/activities',
      };
    },
  },
  'welfare.hardship': {
    label: '建有困难职工档案并按期复核',
    run: (ctx) => {
      const n = ctx.figures().welfare.hardshipHouseholds;
      const c = ctx.check('welfare.reverify');
      if (n === 0) return { met: false, evidence: '年末没有在档的困难职工档案', link: '/welfare/hardship' };
      return { met: c.ok, evidence: `年末在档 ${n} 户${c.ok ? '，均在 12 个月内复核' : `；${c.detail}`}`, link: '/welfare/hardship' };
    },
  },
};

export function judgeContext(db: Db, year: number, today: string): JudgeContext {
  let checks: Map<string, CheckItem> | null = null;
  let figures: YearFigures | null = null;
  return {
    db,
    year,
    today,
    check(key) {
      checks ??= new Map(reportChecks(db, year, today).items.map((i) => [i.key, i]));
      const c = checks.get(key);
      if (!c) throw new Error(`no check ${key}`);
      return c;
    },
    figures: () => (figures ??= yearFigures(db, year, today)),
  };
}
