/**
 * report.year, report.detail and report.checks on the hand-built store of fixture.ts, where every
 * figure is known. Each edge case of issue 9 is asserted with its exact numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { FIGURE_KEYS, currentYear, type FigureKey, type YearReport } from '../../../shared/report/schema';
import { apiOn, refused } from '../../helpers/api';
import { tempStore } from '../../helpers/store';
import { buildReportStore, type ReportFixture } from './fixture';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
let fx: ReportFixture;
let r: YearReport;

beforeAll(async () => {
  store = tempStore();
  api = apiOn(store);
  fx = await buildReportStore(api);
  r = await api.call('report.year', { year: 2026 });
});
afterAll(() => store.close());

const count = (list: { label: string; count: number }[], label: string) => list.find((i) => i.label === label)?.count;

describe('members', () => {
  it('counts the year-end roll, joins and leaves; joined and left in the same year is in both, not on the roll', () => {
    const m = r.current.members;
    // 张一, 李二, 孙六 on 31 Dec 2026; 王三 调出 and 赵四 (joined 2026-02-01, 退会 2026-10-01) left.
    expect([m.total, m.men, m.women, m.joined, m.left]).toEqual([3, 2, 1, 2, 2]);
    expect(m.leftByReason.map((x) => [x.key, x.count])).toEqual([['调出', 1], ['退休', 0], ['退会', 1], ['去世', 0]]);
    expect(m.byEmployment.map((x) => [x.key, x.count])).toEqual([['在编', 2], ['编外', 0], ['临聘', 1]]);
    expect(m.byDepartment).toEqual([{ label: '语文组', count: 2 }, { label: '数学组', count: 1 }]);
    // 张一 46, 李二 (born 1949 by the ID) 77, 孙六 without a birth date.
    expect(m.ageBands.map((b) => b.count)).toEqual([0, 0, 1, 0, 1, 1]);
  });

  it("last year's roll is read from the status history: 王三 still there, 钱五 retired on 31 Dec 2025", () => {
    const p = r.previous.members;
    expect([p.total, p.men, p.women, p.joined, p.left]).toEqual([3, 2, 1, 1, 1]);
    expect(count(p.leftByReason, '退休')).toBe(1);
  });
});

describe('congress', () => {
  it('counts motions by their review, a merged motion once in merged', () => {
    const c = r.current.congress;
    expect([c.sessions, c.delegates, c.motions]).toEqual([1, 3, 8]);
    expect([c.filed, c.merged, c.toSuggestions, c.rejected, c.pending]).toEqual([4, 1, 1, 1, 1]);
    expect([c.excellent, c.votes, c.votesPassed]).toEqual([1, 2, 1]);
  });

  it('a late first reply stays late after 不满意 and an on-time second reply; the last rating counts', () => {
    const c = r.current.congress;
    // Answered: M1, M2, M7; on time: M1, M7 (M2's first reply came after its deadline); M6 unanswered.
    expect([c.answered, c.answeredOnTime, c.unanswered]).toEqual([3, 2, 1]);
    // M1 满意, M7 基本满意, M2 不满意 (its second reply is not rated yet).
    expect([c.rated, c.satisfied, c.basicallySatisfied, c.unsatisfied]).toEqual([3, 1, 1, 1]);
    expect(c.replyRate).toBe(0.75);
    expect(c.onTimeRate).toBe(0.5);
    expect(c.satisfactionRate).toBeCloseTo(2 / 3, 10);
  });

  it('the merged motion follows the reply of the motion it was merged into', async () => {
    const d = await api.call('report.detail', { year: 2026, figure: 'congress.merged' });
    expect(d.rows).toHaveLength(1);
    const row = d.rows[0]!;
    expect(row.id).toBe(String(fx.motions.M3));
    expect(row.cells.decision).toBe('合并立案（并入 5-1-001）');
    expect(row.cells.firstReply).toBe('2026年4月1日');
    expect(row.cells.rating).toBe('满意');
    expect(row.link).toBe(`/congress/motions/${fx.motions.M3}`);
    const filed = await api.call('report.detail', { year: 2026, figure: 'congress.filed' });
    expect(filed.rows.map((x) => Number(x.id))).toEqual([fx.motions.M1, fx.motions.M2, fx.motions.M6, fx.motions.M7]);
  });

  it('last year: two motions, both answered on time and satisfied', () => {
    const p = r.previous.congress;
    expect([p.sessions, p.motions, p.filed, p.answered, p.answeredOnTime, p.satisfied]).toEqual([1, 2, 2, 2, 2, 2]);
    expect([p.replyRate, p.onTimeRate, p.satisfactionRate]).toEqual([1, 1, 1]);
  });
});

describe('disclosure', () => {
  it('counts published notices with withdrawn ones apart and a deleted draft nowhere', () => {
    const d = r.current.disclosure;
    expect([d.notices, d.withdrawn, d.boards, d.objections, d.objectionsResolved]).toEqual([2, 1, 1, 2, 1]);
    expect(d.byCategory.map((x) => [x.key, x.count])).toEqual([['绩效工资', 1], ['评先评优', 1]]);
    expect(d.byScope.map((x) => [x.key, x.count])).toEqual([['对内', 1], ['对外', 0], ['对内对外', 1]]);
    expect(r.previous.disclosure.notices).toBe(1);
  });
});

describe('welfare', () => {
  it('counts 人次, people and households; a visit to a person not on the roll is a person and a household', () => {
    const w = r.current.welfare;
    // 张一 ×2, 张母 (张一's household), 刘退休 (not a member), 李二, the 教师节 batch of 张一, 李二, 孙六.
    expect([w.visits, w.people, w.households]).toEqual([8, 5, 4]);
    expect([w.amountFen, w.goodsValueFen, w.overStandard, w.batches]).toEqual([400000, 10000, 1, 1]);
    expect(w.byReason.map((x) => [x.key, x.count, x.amountFen])).toEqual([
      ['教师节慰问', 3, 60000],
      ['生病住院', 2, 80000],
      ['春节慰问', 2, 60000],
      ['结婚', 1, 200000],
    ]);
    expect(w.byMonth).toHaveLength(12);
    expect(w.byMonth.filter((m) => m.count > 0).map((m) => [m.month, m.count, m.amountFen])).toEqual([
      [1, 2, 60000],
      [4, 2, 80000],
      [5, 1, 200000],
      [9, 3, 60000],
    ]);
  });

  it('hardship files open at the year end by level, and the ones re-verified in the year', () => {
    const w = r.current.welfare;
    // 李二 (re-verified 2026-02-15) and 张一 on file; 孙六's file closed (脱困) in November.
    expect([w.hardshipHouseholds, w.hardshipReverified]).toEqual([2, 1]);
    expect(w.hardshipByLevel.map((x) => [x.key, x.count])).toEqual([['深度困难', 1], ['相对困难', 1], ['意外致困', 0]]);
    expect([r.previous.welfare.visits, r.previous.welfare.goodsValueFen, r.previous.welfare.hardshipHouseholds]).toEqual([1, 50000, 2]);
  });
});

describe('sentences', () => {
  it('read as a work summary, with last year beside them', () => {
    expect(r.sentences.congress).toContain(
      '共收到提案 8 件，较上年增加 6 件，立案 4 件，合并立案 1 件，转为意见建议 1 件，不予立案 1 件，答复率 75%，按期答复率 50%，满意率 66.7%。',
    );
    expect(r.sentences.welfare[0]).toBe(
      '全年共走访慰问教职工 8 人次，较上年增加 7 人次，涉及 5 人、4 户，发放慰问金 ¥4,000.00，慰问品价值 ¥100.00。',
    );
    expect(r.sentences.members[0]).toBe('截至2026年底，我校工会共有在册会员 3 人，其中男会员 2 人、女会员 1 人，与上年持平。');
    expect(r.sentences.members[1]).toBe('全年新入会 2 人，减少 2 人（调出 1 人、退会 1 人）。');
    expect(r.sentences.disclosure).toEqual([
      '全年发布校务公开事项 2 项，较上年增加 1 项，其中绩效工资 1 项、评先评优 1 项。',
      '出版校务公开栏 1 期。',
      '收到教职工异议 2 件，已处理 1 件。',
    ]);
  });
});

describe('detail rows', () => {
  it('every count figure lists exactly as many rows as it counts', async () => {
    const value = (f: FigureKey): number => {
      const [area, key] = f.split('.') as [keyof YearReport['current'], string];
      return (r.current[area] as unknown as Record<string, number>)[key]!;
    };
    for (const figure of FIGURE_KEYS) {
      const d = await api.call('report.detail', { year: 2026, figure });
      expect(d.rows.length, figure).toBe(value(figure));
      expect(d.title).toContain(`（${d.rows.length} `);
      for (const row of d.rows) expect(Object.keys(row.cells).sort(), figure).toEqual(d.columns.map((c) => c.key).sort());
    }
  });

  it('rows say who and link to the page that shows them', async () => {
    const left = await api.call('report.detail', { year: 2026, figure: 'members.left' });
    expect(left.title).toBe('2026年 本年减少（2 人）');
    expect(left.rows.map((x) => [x.cells.name, x.cells.reason, x.cells.changedOn])).toEqual([
      ['王三', '调出', '2026年6月30日'],
      ['赵四', '退会', '2026年10月1日'],
    ]);
    const visits = await api.call('report.detail', { year: 2026, figure: 'welfare.visits' });
    expect(visits.rows.map((x) => x.cells.name)).toContain('刘退休（退休教师，非会员）');
    expect(visits.rows.map((x) => x.cells.name)).toContain('张母（张一的母亲）');
    const withdrawn = await api.call('report.detail', { year: 2026, figure: 'disclosure.withdrawn' });
    expect(withdrawn.rows.map((x) => [x.cells.title, x.cells.state, x.link])).toEqual([
      ['2026年招生方案', '已撤回（方案需修改）', `/disclosure/notices/${fx.notices.N3}`],
    ]);
  });
});

describe('checks', () => {
  it('lists every check; the failing ones name what is missing and link to it', async () => {
    const { items } = await api.call('report.checks', { year: 2026 });
    const byKey = Object.fromEntries(items.map((i) => [i.key, i]));
    expect(items.map((i) => [i.key, i.ok])).toEqual([
      ['congress.session', true],
      ['congress.unanswered', false],
      ['disclosure.boards', true],
      ['disclosure.openObjections', false],
      ['disclosure.unarchived', false],
      ['welfare.reverify', false],
      ['dues.arrears', false],
      ['settings.names', true],
      ['settings.supervisionPhone', false],
    ]);
    expect(byKey['congress.unanswered']!.detail).toBe('1 件立案提案尚未答复，其中 1 件已超过答复期限');
    expect(byKey['congress.unanswered']!.link).toBe(`/congress/motions/${fx.motions.M6}`);
    expect(byKey['disclosure.openObjections']!.link).toBe(`/disclosure/notices/${fx.notices.N2}`);
    expect(byKey['disclosure.unarchived']!.count).toBe(1);
    expect(byKey['welfare.reverify']!.count).toBe(1);
    expect(byKey['settings.supervisionPhone']!.link).toBe('/settings');
  });

  it('a year without a congress says so, with the size of the roll', async () => {
    const { items } = await api.call('report.checks', { year: 2024 });
    const session = items.find((i) => i.key === 'congress.session')!;
    expect(session.ok).toBe(false);
    // 张一, 李二 and 钱五 were on the roll at the end of 2024.
    expect(session.detail).toBe('本年度未召开教代会；在册会员 3 人，应召开教代会（教职工 100 人及以下可召开教职工大会）');
  });
});

describe('years and bad input', () => {
  it('report.years lists the years with records and this year, newest first', async () => {
    const { years, current } = await api.call('report.years');
    expect(current).toBe(currentYear());
    expect(years).toEqual([...new Set([currentYear(), 2026, 2025, 2015, 2010, 2000])].sort((a, b) => b - a));
  });

  it('a future year gives zeros, not an error', async () => {
    const next = await api.call('report.year', { year: currentYear() + 1 });
    const c = next.current;
    expect([c.members.total, c.members.joined, c.congress.motions, c.disclosure.notices, c.welfare.visits, c.welfare.hardshipHouseholds]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(c.congress.replyRate).toBeNull();
    expect(next.sentences.congress).toEqual(['本年度未召开教代会。']);
  });

  it('a bad year is refused with a Chinese message naming 年份', async () => {
    expect((await refused(api.call('report.year', { year: 1999 }))).message).toBe('输入有误：「年份」不能早于 2000 年');
    expect((await refused(api.call('report.year', { year: 2026.5 }))).message).toBe('输入有误：「年份」应为整数年份，例如 2026');
    expect((await refused(api.call('report.year', { year: currentYear() + 2 }))).message).toBe(`输入有误：「年份」不能晚于 ${currentYear() + 1} 年`);
    const e = await refused(api.call('report.detail', { year: 2026, figure: 'x' as FigureKey }));
    expect(e.message).toBe('输入有误：「统计项」未知的统计项');
  });
});

describe('an empty store', () => {
  it('gives zeros, null rates and sentences that read sensibly', async () => {
    const empty = tempStore();
    try {
      const e = await apiOn(empty).call('report.year', { year: 2026 });
      expect(e.org).toEqual({ schoolName: '', unionName: '' });
      expect(e.current.members.total).toBe(0);
      expect(e.current.welfare.byMonth.every((m) => m.count === 0)).toBe(true);
      expect([e.current.congress.replyRate, e.current.congress.onTimeRate, e.current.congress.satisfactionRate]).toEqual([null, null, null]);
      expect(e.sentences).toEqual({
        members: ['截至2026年底，会员花名册中没有在册会员。'],
        congress: ['本年度未召开教代会。'],
        disclosure: ['本年度未发布校务公开事项。'],
        welfare: ['本年度没有慰问记录。'],
        activities: ['本年度没有工会活动记录。'],
        honours: ['本年度没有评优评先记录。'],
        dues: [],
      });
      expect(JSON.stringify(e)).not.toContain('NaN');
      const checks = await apiOn(empty).call('report.checks', { year: 2026 });
      expect(checks.items.find((i) => i.key === 'settings.names')!.detail).toBe('未填写学校名称、工会名称（台账、公开栏和导出文件的标题要用）');
    } finally {
      empty.close();
    }
  });
});
