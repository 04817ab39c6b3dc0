/**
 * 自评 (the rubric): each automatic judge one by one on the hand-built store of fixture.ts (2026 and
 * the years around it) or on a small store of its own; hand marks; the rubric edited and reset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { todayIso } from '../../../shared/domain/dates';
import { DEFAULT_RUBRIC } from '../../../shared/report/rubric';
import { JUDGES, judgeContext } from '../../../src-main/report/judges';
import { apiOn, refused } from '../../helpers/api';
import { tempStore } from '../../helpers/store';
import { buildReportStore, type ReportFixture } from './fixture';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
let fx: ReportFixture;

beforeAll(async () => {
  store = tempStore();
  api = apiOn(store);
  fx = await buildReportStore(api);
});
afterAll(() => store.close());

const judge = (id: string, year: number, db = store.ctx.db) => JUDGES[id]!.run(judgeContext(db, year, todayIso()));

describe('the automatic judges, one by one', () => {
  it('activities.sports: met by a 文体活动 of the year, not by other kinds of activity', async () => {
    const small = tempStore();
    try {
      const a = apiOn(small);
      expect(judge('activities.sports', 2026, small.ctx.db)).toMatchObject({ met: false, evidence: '本年度没有活动记录', link: '/activities' });
      await a.call('activities.create', { name: '教师读书分享会', type: '读书活动', startDate: '2026-04-23', participantCount: 40 });
      expect(judge('activities.sports', 2026, small.ctx.db)).toMatchObject({ met: false, evidence: '本年度有活动 1 次，但没有文体活动记录' });
      await a.call('activities.create', { name: '教职工集体跳绳比赛', type: '文体活动', startDate: '2026-05-20', participantCount: 600 });
      expect(judge('activities.sports', 2026, small.ctx.db)).toMatchObject({ met: true, evidence: '组织文体活动 1 次，参加 600 人次' });
      expect(judge('activities.sports', 2025, small.ctx.db).met).toBe(false);
    } finally {
      small.close();
    }
  });

  it('congress.session: met in a year with a congress, not in one without', () => {
    expect(judge('congress.session', 2026)).toMatchObject({ met: true, evidence: '本年度召开教代会 1 次', link: '/congress' });
    expect(judge('congress.session', 2024).met).toBe(false);
  });

  it('congress.replies: every filed motion answered (2025), not with one unanswered (2026), not without filed motions', () => {
    expect(judge('congress.replies', 2025)).toMatchObject({ met: true, evidence: '立案 2 件，已答复 2 件' });
    const y2026 = judge('congress.replies', 2026);
    expect(y2026.met).toBe(false);
    expect(y2026.evidence).toContain('1 件立案提案尚未答复');
    expect(y2026.link).toBe(`/congress/motions/${fx.motions.M6}`);
    expect(judge('congress.replies', 2024)).toMatchObject({ met: false, evidence: '本年度没有提案记录' });
  });

  it('disclosure.boards: a board issued in the year', () => {
    expect(judge('disclosure.boards', 2026)).toMatchObject({ met: true, evidence: '本年度出版校务公开栏 1 期' });
    expect(judge('disclosure.boards', 2025).met).toBe(false);
  });

  it('disclosure.records: notices published, objections handled and expired notices archived', () => {
    const y2026 = judge('disclosure.records', 2026);
    expect(y2026.met).toBe(false);
    expect(y2026.evidence).toContain('未处理的异议');
    expect(y2026.link).toBe(`/disclosure/notices/${fx.notices.N2}`);
    expect(judge('disclosure.records', 2025)).toMatchObject({ met: true, evidence: '发布公示 1 项，异议均已处理，期满公示均已归档' });
    expect(judge('disclosure.records', 2024)).toMatchObject({ met: false, evidence: '本年度没有发布公示' });
  });

  it('welfare.visits (五必访): visits for sickness, weddings and the like; a retirement gift alone is not one', () => {
    expect(judge('welfare.visits', 2026)).toMatchObject({ met: true, evidence: '五必访慰问 3 人次（生病住院 2、结婚 1）' });
    expect(judge('welfare.visits', 2025).met).toBe(false);
  });

  it('welfare.warmth (送温暖): 春节慰问 or a batch of visits', () => {
    expect(judge('welfare.warmth', 2026)).toMatchObject({ met: true, evidence: '春节慰问 2 人次、集中慰问 1 批', link: '/welfare/batches' });
    expect(judge('welfare.warmth', 2025).met).toBe(false);
  });

  it('welfare.hardship (建有特困档案): files on record and re-verified within 12 months', async () => {
    expect(judge('welfare.hardship', 2024)).toMatchObject({ met: false, evidence: '年末没有在档的困难职工档案' });
    const before = judge('welfare.hardship', 2026);
    expect(before.met).toBe(false);
    expect(before.evidence).toContain('超过 12 个月未复核');
    const files = await api.call('welfare.hardship.list', {});
    for (const f of files.filter((x) => x.status === '在档')) await api.call('welfare.hardship.reverify', { id: f.id, verifiedOn: todayIso(), verifiedBy: '工会' });
    expect(judge('welfare.hardship', 2026)).toMatchObject({ met: true, evidence: '年末在档 2 户，均在 12 个月内复核' });
  });

  it('members.register and dues.collected on a small store: complete entries and no arrears', async () => {
    const small = tempStore();
    try {
      const a = apiOn(small);
      expect(judge('members.register', 2025, small.ctx.db)).toMatchObject({ met: false, evidence: '年末没有在册会员' });
      const m = await a.call('members.create', { name: '张一', gender: '男', birthDate: '1980-01-01', department: '语文组', joinDate: '2010-09-01' });
      expect(judge('members.register', 2025, small.ctx.db)).toMatchObject({ met: true, evidence: '年末在册会员 1 人，登记信息齐全' });
      const li = await a.call('members.create', { name: '李二', gender: '女', joinDate: '2011-09-01' });
      expect(judge('members.register', 2025, small.ctx.db)).toMatchObject({ met: false, evidence: '在册会员中 1 人缺少性别、出生日期、部门或入会时间' });

      expect(judge('dues.collected', 2025, small.ctx.db)).toMatchObject({ met: false, evidence: '本年度应缴会员 2 人，尚无会费收缴记录' });
      await a.call('dues.settings.update', { mode: '定额', rateBp: 50, fixedFen: 1000 });
      await a.call('dues.payments.collect', { year: 2025, monthFrom: 1, monthTo: 12, paidOn: '2025-12-20', method: '工资代扣', memberIds: [m.id] });
      expect(judge('dues.collected', 2025, small.ctx.db)).toMatchObject({ met: false, evidence: '1 人欠缴会费，共 ¥120.00', link: '/dues?year=2025' });
      await a.call('dues.payments.create', { memberId: li.id, year: 2025, monthFrom: 1, monthTo: 12, amountFen: 12000, paidOn: '2025-12-20', method: '现金' });
      expect(judge('dues.collected', 2025, small.ctx.db)).toMatchObject({ met: true, evidence: '应缴会员 2 人均已按月缴纳' });
    } finally {
      small.close();
    }
  });
});

describe('the 自评表', () => {
  it('scores the preloaded rubric: automatic items from the records (文体活动 from the activities), hand items unmarked', async () => {
    const s = await api.call('report.selfAssessment', { year: 2026 });
    expect(s.items.map((i) => i.key)).toEqual(DEFAULT_RUBRIC.map((i) => i.key));
    expect(s.total.points).toBe(100);
    const sports = s.items.find((i) => i.key === 'sports')!;
    expect(sports).toMatchObject({ mode: '自动', judge: 'activities.sports', judgeMissing: false, met: false, score: 0, link: '/activities' });
    const session = s.items.find((i) => i.key === 'congress-session')!;
    expect(session).toMatchObject({ mode: '自动', score: 10, met: true, link: '/congress' });
    const auto = s.items.filter((i) => i.mode === '自动');
    expect(s.total.score).toBe(auto.reduce((n, i) => n + (i.met ? i.points : 0), 0));
    expect(s.total.unmarked).toBe(3);
    const sum = s.sections.reduce((n, x) => n + x.points, 0);
    expect(sum).toBe(100);
    expect(s.sections.map((x) => x.section)).toEqual(['组织建设', '民主管理', '校务公开', '关爱职工', '文体活动']);
  });

  it('takes the chair\'s marks for hand items, refuses a mark above the points or on an automatic item', async () => {
    const before = (await api.call('report.selfAssessment', { year: 2026 })).total.score;
    const after = await api.call('report.mark', { year: 2026, key: 'women', score: 4, note: '三八节组织女教工健步走' });
    expect(after.items.find((i) => i.key === 'women')).toMatchObject({ score: 4, met: false, note: '三八节组织女教工健步走' });
    expect(after.total.score).toBe(before + 4);
    expect(after.sections.find((x) => x.section === '文体活动')).toEqual({ section: '文体活动', points: 15, score: 4, unmarked: 0 });
    expect((await refused(api.call('report.mark', { year: 2026, key: 'women', score: 6, note: null }))).message).toBe('“维护女职工权益，开展女职工活动”的分值为 5 分，得分不能超过分值');
    expect((await refused(api.call('report.mark', { year: 2026, key: 'congress-session', score: 5, note: null }))).message).toBe('“全年至少召开一次教代会”由台账记录自动评分，不能手工打分');
    expect((await refused(api.call('report.mark', { year: 2026, key: 'women', score: -1, note: null }))).message).toContain('得分不能为负');
    // Marks are per year.
    expect((await api.call('report.selfAssessment', { year: 2025 })).items.find((i) => i.key === 'women')!.score).toBeNull();
    await api.call('report.mark', { year: 2026, key: 'women', score: null, note: null });
    expect((await api.call('report.selfAssessment', { year: 2026 })).items.find((i) => i.key === 'women')!.score).toBeNull();
  });

  it('follows the district\'s own rubric once edited, refuses duplicate keys, and resets to the shipped one', async () => {
    const mine = [
      { key: 'congress', section: '民主管理', title: '召开教代会', points: 20, judge: 'congress.session', basis: null },
      { key: 'meeting', section: '组织建设', title: '工会委员会会议', points: 5, judge: null, basis: '每学期一次' },
    ];
    const saved = await api.call('report.rubric.update', { items: mine });
    expect(saved.isExample).toBe(false);
    expect(saved.judges.map((j) => j.id)).toContain('welfare.hardship');
    const s = await api.call('report.selfAssessment', { year: 2026 });
    expect(s.total).toEqual({ points: 25, score: 20, unmarked: 1 });
    const dup = await refused(api.call('report.rubric.update', { items: [mine[0]!, mine[0]!] }));
    expect(dup.message).toContain('项目编号“congress”重复');
    const reset = await api.call('report.rubric.reset', {});
    expect(reset.isExample).toBe(true);
    expect(reset.items).toEqual(DEFAULT_RUBRIC);
  });
});
