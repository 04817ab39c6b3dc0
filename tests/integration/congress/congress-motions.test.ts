/**
 * Motions through the API on a real store: numbering, co-signer and proposer rules, review,
 * reply, feedback, send-back, closing, merging, the history of every step, nothing half-saved.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import type { MotionInput } from '../../../shared/congress/schema';
import { sessionOverview } from '../../../src-main/congress/overview';
import { apiOn, refused } from '../../helpers/api';
import { congressFixture, type CongressFixture } from '../../helpers/congress';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
let fx: CongressFixture;

beforeEach(() => {
  store = tempStore();
  api = apiOn(store);
  fx = congressFixture(store.ctx.db);
});
afterEach(() => store.close());

function motion(over: Partial<MotionInput> = {}): MotionInput {
  return {
    sessionId: fx.session.id,
    motionTitle: '关于改善教师午餐的建议',
    motionReasons: '食堂菜品单一',
    motionProposals: '增加菜品，征求教师意见',
    motionCategory: '后勤保障',
    proposerId: fx.d.张老师,
    cosignerIds: [fx.d.李老师, fx.d.王老师],
    submittedOn: '2026-11-05',
    ...over,
  };
}

const count = (table: string) => (store.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('motion filing', () => {
  it('numbers motions per session and flags late ones', async () => {
    const a = await api.call('congress.motions.create', motion());
    const b = await api.call('congress.motions.create', motion({ motionTitle: '关于增设教师休息室', submittedOn: '2026-11-12' }));
    expect(a).toMatchObject({ number: '5-2-001', state: '待审查', late: false, proposerName: '张老师' });
    expect(a.cosigners.map((c) => c.name)).toEqual(['李老师', '王老师']);
    expect(b).toMatchObject({ number: '5-2-002', late: true });
  });

  it('refuses too few co-signers, and follows the setting', async () => {
    const e = await refused(api.call('congress.motions.create', motion({ cosignerIds: [fx.d.李老师] })));
    expect(e.message).toBe('附议人不足：每件提案至少需要 2 名代表附议，现在只有 1 名。');
    expect(e.fields).toEqual({ cosignerIds: '至少 2 名' });
    expect(count('congress_motions')).toBe(0);
    await api.call('congress.settings.update', { cosignerMin: 1 });
    expect((await api.call('congress.motions.create', motion({ cosignerIds: [fx.d.李老师] }))).number).toBe('5-2-001');
  });

  it('refuses a proposer who is not a delegate of the term, and a proposer who co-signs', async () => {
    const other = await api.call('congress.delegates.add', { term: 6, memberId: fx.outsiderMemberId, delegateKind: '正式', isTeacher: true });
    const e = await refused(api.call('congress.motions.create', motion({ proposerId: other.id })));
    expect(e.message).toBe('提案人必须是第五届的在任代表：吴教师 不是第五届代表。');
    const self = await refused(api.call('congress.motions.create', motion({ cosignerIds: [fx.d.张老师, fx.d.李老师] })));
    expect(self.message).toBe('提案人不能同时作为自己提案的附议人。');
    expect(count('congress_motions')).toBe(0);
    expect(count('congress_motion_cosigners')).toBe(0);
  });

  it('checks required fields and the category list with Chinese messages', async () => {
    const e = await refused(api.call('congress.motions.create', motion({ motionTitle: '  ' })));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe('输入有误：「案由」必须填写');
    const c = await refused(api.call('congress.motions.create', motion({ motionCategory: '娱乐' })));
    expect(c.message).toContain('提案类别“娱乐”不在类别列表中');
  });

  it('edits and deletes only before review', async () => {
    const m = await api.call('congress.motions.create', motion());
    const edited = await api.call('congress.motions.update', { id: m.id, data: motion({ motionTitle: '关于改善教职工午餐的建议' }) });
    expect(edited.title).toBe('关于改善教职工午餐的建议');
    await api.call('congress.motions.review', { id: m.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
    expect((await refused(api.call('congress.motions.delete', { id: m.id }))).message).toBe('提案 5-2-001 已经审查（立案），不能再删除。');
  });
});

describe('a motion from filing to closing', () => {
  it('立案 → 答复 → 不满意 → 再答复 → 满意 → 已办结, every step dated and kept', async () => {
    const m = await api.call('congress.motions.create', motion());
    const filed = await api.call('congress.motions.review', {
      id: m.id,
      decision: '立案',
      decidedOn: '2026-11-21',
      leadUnit: '总务处',
      supportUnits: '工会',
    });
    expect(filed).toMatchObject({ state: '办理中', deadline: '2026-12-21', leadUnit: '总务处' });

    const replied = await api.call('congress.motions.reply', {
      id: m.id,
      replyText: '已与食堂沟通，每周增加两个菜品',
      repliedBy: '总务处 陈主任',
      repliedOn: '2026-11-28',
      implementation: '正在落实',
    });
    expect(replied).toMatchObject({ state: '待反馈', replyRound: 1 });

    const sentBack = await api.call('congress.motions.feedback', { id: m.id, rating: '不满意', ratingComment: '菜价未说明', ratedOn: '2026-12-01' });
    expect(sentBack).toMatchObject({ state: '办理中', rating: '不满意', deadline: '2026-12-31' });
    const overview = await api.call('congress.overview', { sessionId: fx.session.id });
    expect(overview.unsatisfied.map((b) => b.number)).toEqual(['5-2-001']);

    await api.call('congress.motions.reply', {
      id: m.id,
      replyText: '菜价保持不变，已公示',
      repliedBy: '总务处 陈主任',
      repliedOn: '2026-12-05',
      implementation: '已落实',
    });
    const closed = await api.call('congress.motions.feedback', { id: m.id, rating: '满意', ratedOn: '2026-12-06' });
    expect(closed).toMatchObject({ state: '已办结', replyRound: 2, rating: '满意', closedOn: '2026-12-06' });

    const detail = await api.call('congress.motions.get', { id: m.id });
    expect(detail.steps.map((s) => `${s.stepDate} ${s.kind}${s.round ? s.round : ''} ${s.decision ?? s.rating ?? s.implementation ?? ''}`)).toEqual([
      '2026-11-05 提交 ',
      '2026-11-21 审查 立案',
      '2026-11-28 答复1 正在落实',
      '2026-12-01 反馈1 不满意',
      '2026-12-05 答复2 已落实',
      '2026-12-06 反馈2 满意',
      '2026-12-06 办结2 ',
    ]);
    expect(detail.steps[2]!.replyText).toBe('已与食堂沟通，每周增加两个菜品');
  });

  it('refuses a reply before the decision, and feedback before a reply', async () => {
    const m = await api.call('congress.motions.create', motion());
    const e = await refused(
      api.call('congress.motions.reply', { id: m.id, replyText: '答复', repliedBy: '总务处', repliedOn: '2026-11-22', implementation: '已落实' }),
    );
    expect(e.message).toBe('提案 5-2-001 尚未经提案工作委员会审查立案，不能答复。请先完成审查。');
    await api.call('congress.motions.review', { id: m.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
    const f = await refused(api.call('congress.motions.feedback', { id: m.id, rating: '满意', ratedOn: '2026-11-22' }));
    expect(f.message).toBe('提案 5-2-001 尚未答复（或上次不满意后尚未再次答复），不能填写反馈。');
    const early = await refused(
      api.call('congress.motions.reply', { id: m.id, replyText: '答复', repliedBy: '总务处', repliedOn: '2026-11-20', implementation: '已落实' }),
    );
    expect(early.message).toBe('答复日期不能早于立案日期（2026年11月21日）。');
    const steps = (await api.call('congress.motions.get', { id: m.id })).steps.map((s) => s.kind);
    expect(steps).toEqual(['提交', '审查']);
  });

  it('needs a reason for 不予立案, 转为意见建议 and 未能落实', async () => {
    const m = await api.call('congress.motions.create', motion());
    const e = await refused(api.call('congress.motions.review', { id: m.id, decision: '不予立案', decidedOn: '2026-11-21' }));
    expect(e.message).toBe('输入有误：「理由」不予立案须写明理由');
    const r = await api.call('congress.motions.review', { id: m.id, decision: '转为意见建议', decidedOn: '2026-11-21', decisionReason: '属于日常管理意见' });
    expect(r).toMatchObject({ state: '转为意见建议', decisionReason: '属于日常管理意见' });
    const m2 = await api.call('congress.motions.create', motion({ motionTitle: '第二件' }));
    await api.call('congress.motions.review', { id: m2.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '教务处' });
    const n = await refused(
      api.call('congress.motions.reply', { id: m2.id, replyText: '经费不足', repliedBy: '教务处', repliedOn: '2026-11-25', implementation: '未能落实' }),
    );
    expect(n.fields?.implementationNote).toContain('未能落实须写明原因');
  });

  it('closes without feedback only with a written reason', async () => {
    const m = await api.call('congress.motions.create', motion());
    await api.call('congress.motions.review', { id: m.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
    const e = await refused(api.call('congress.motions.close', { id: m.id, closedOn: '2026-12-01' }));
    expect(e.message).toBe('提案 5-2-001 还没有答复，办结须写明原因（例如：提案人已调离，无法反馈）。');
    await api.call('congress.motions.reply', { id: m.id, replyText: '已办', repliedBy: '总务处', repliedOn: '2026-11-25', implementation: '已落实' });
    const closed = await api.call('congress.motions.close', { id: m.id, closedOn: '2026-12-20', closedNote: '提案人已调离本校，无法反馈' });
    expect(closed).toMatchObject({ state: '已办结', closedNote: '提案人已调离本校，无法反馈' });
  });

  it('merges a motion into a filed one, linked both ways', async () => {
    const a = await api.call('congress.motions.create', motion());
    const b = await api.call('congress.motions.create', motion({ motionTitle: '关于食堂增加晚餐', proposerId: fx.d.赵老师 }));
    const early = await refused(api.call('congress.motions.review', { id: b.id, decision: '合并立案', decidedOn: '2026-11-21', mergedIntoId: a.id }));
    expect(early.message).toBe('提案 5-2-001 尚未立案（待审查），只能并入已立案的提案。');
    await api.call('congress.motions.review', { id: a.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
    const merged = await api.call('congress.motions.review', { id: b.id, decision: '合并立案', decidedOn: '2026-11-21', mergedIntoId: a.id });
    expect(merged).toMatchObject({ state: '办理中', decision: '合并立案', mergedInto: { id: a.id, number: '5-2-001' } });
    const target = await api.call('congress.motions.get', { id: a.id });
    expect(target.mergedFrom).toEqual([{ id: b.id, number: '5-2-002', title: '关于食堂增加晚餐' }]);
    expect(target.steps.at(-1)!.note).toContain('5-2-002');
    const e = await refused(
      api.call('congress.motions.reply', { id: b.id, replyText: 'x', repliedBy: 'y', repliedOn: '2026-11-25', implementation: '已落实' }),
    );
    expect(e.message).toBe('提案 5-2-002 已并入提案 5-2-001，请在该提案上答复。');
  });

  it('keeps a later change of implementation as its own dated step', async () => {
    const m = await api.call('congress.motions.create', motion());
    const early = await refused(api.call('congress.motions.implementation', { id: m.id, implementation: '已落实', implementedOn: '2026-11-30' }));
    expect(early.message).toBe('提案 5-2-001 还没有答复，落实情况随答复一并填写。');
    await api.call('congress.motions.review', { id: m.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
    await api.call('congress.motions.reply', { id: m.id, replyText: '正在改造', repliedBy: '总务处', repliedOn: '2026-11-25', implementation: '正在落实' });
    const cannot = await refused(api.call('congress.motions.implementation', { id: m.id, implementation: '未能落实', implementedOn: '2026-12-01' }));
    expect(cannot.fields?.implementationNote).toContain('未能落实须写明原因');
    const done = await api.call('congress.motions.implementation', { id: m.id, implementation: '已落实', implementedOn: '2026-12-10' });
    expect(done).toMatchObject({ implementation: '已落实', state: '待反馈' });
    const last = (await api.call('congress.motions.get', { id: m.id })).steps.at(-1)!;
    expect(last).toMatchObject({ kind: '落实', stepDate: '2026-12-10', implementation: '已落实', round: 1 });
  });

  it('marks excellent motions, only filed ones', async () => {
    const m = await api.call('congress.motions.create', motion());
    expect((await refused(api.call('congress.motions.setExcellent', { id: m.id, excellent: true }))).message).toBe('只有立案的提案才能评为优秀提案。');
    await api.call('congress.motions.review', { id: m.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
    expect((await api.call('congress.motions.setExcellent', { id: m.id, excellent: true })).excellent).toBe(true);
    expect((await api.call('congress.overview', { sessionId: fx.session.id })).excellent).toBe(1);
  });
});

describe('overview', () => {
  it('counts by state and lists unanswered and overdue motions, on the session and the dashboard', async () => {
    const a = await api.call('congress.motions.create', motion());
    const b = await api.call('congress.motions.create', motion({ motionTitle: '二' }));
    await api.call('congress.motions.create', motion({ motionTitle: '三' }));
    await api.call('congress.motions.review', { id: a.id, decision: '立案', decidedOn: '2026-11-10', leadUnit: '总务处', replyDeadline: '2026-11-20' });
    await api.call('congress.motions.review', { id: b.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '教务处' });
    const o = await api.call('congress.overview', { sessionId: fx.session.id });
    expect(o.total).toBe(3);
    expect(o.byState.filter((s) => s.count > 0)).toEqual([
      { state: '待审查', count: 1 },
      { state: '办理中', count: 2 },
    ]);
    expect(o.unanswered.map((x) => x.number)).toEqual(['5-2-001', '5-2-002']);
    // Overdue depends on the day: the service takes it, so the test does not depend on the clock.
    expect(sessionOverview(store.ctx.db, fx.session.id, '2026-11-24').overdue.map((x) => x.number)).toEqual(['5-2-001']);
    expect(sessionOverview(store.ctx.db, fx.session.id, '2026-11-20').overdue).toEqual([]);
    const dash = await api.call('congress.dashboard', {});
    expect(dash.pendingReview[0]).toMatchObject({ number: '5-2-003', sessionName: '第五届第二次教职工代表大会' });
  });
});
