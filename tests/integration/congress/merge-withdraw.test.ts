/**
 * Issue 14, items 1–3 through the API on a real store: a merged motion follows its lead, 撤销 of
 * the last action with a reason (kept in the timeline), votes corrected, and who may propose.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import type { MotionInput } from '../../../shared/congress/schema';
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
    motionProposals: '增加菜品',
    motionCategory: '后勤保障',
    proposerId: fx.d.张老师,
    cosignerIds: [fx.d.李老师, fx.d.王老师],
    submittedOn: '2026-11-05',
    ...over,
  };
}

async function leadAndMerged() {
  const a = await api.call('congress.motions.create', motion());
  const b = await api.call('congress.motions.create', motion({ motionTitle: '关于食堂增加晚餐', proposerId: fx.d.赵老师 }));
  await api.call('congress.motions.review', { id: a.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
  await api.call('congress.motions.review', { id: b.id, decision: '合并立案', decidedOn: '2026-11-21', mergedIntoId: a.id });
  return { a, b };
}

const reply = (id: number, repliedOn = '2026-11-28') =>
  api.call('congress.motions.reply', { id, replyText: '每周增加两个菜品', repliedBy: '总务处 陈主任', repliedOn, implementation: '已落实' });

describe('a merged motion follows its lead', () => {
  it('shows the lead’s state, deadline and reply, and closes with it', async () => {
    const { a, b } = await leadAndMerged();
    expect(await api.call('congress.motions.get', { id: b.id })).toMatchObject({
      state: '办理中',
      deadline: '2026-12-21',
      leadUnit: '总务处',
      replyText: null,
      mergedInto: { number: '5-2-001' },
    });
    await reply(a.id);
    await api.call('congress.motions.feedback', { id: a.id, rating: '满意', ratedOn: '2026-11-30' });
    const after = await api.call('congress.motions.get', { id: b.id });
    expect(after).toMatchObject({ state: '已办结', replyText: '每周增加两个菜品', repliedOn: '2026-11-28', replyRound: 1, rating: null });
    // Lists filter by what is shown: closed motions include the merged one, 已合并 still finds it.
    const closed = await api.call('congress.motions.list', { sessionId: fx.session.id, states: ['已办结'] });
    expect(closed.map((m) => m.number)).toEqual(['5-2-001', '5-2-002']);
    const merged = await api.call('congress.motions.list', { sessionId: fx.session.id, states: ['已合并'] });
    expect(merged.map((m) => m.number)).toEqual(['5-2-002']);
  });

  it('lets the merged motion’s proposer give their own feedback after the lead’s reply', async () => {
    const { a, b } = await leadAndMerged();
    const early = await refused(api.call('congress.motions.feedback', { id: b.id, rating: '满意', ratedOn: '2026-11-30' }));
    expect(early.message).toBe('提案 5-2-002 已并入提案 5-2-001，该提案尚未答复，答复后才能填写反馈。');
    await reply(a.id);
    expect((await api.call('congress.motions.get', { id: b.id })).state).toBe('待反馈');
    const rated = await api.call('congress.motions.feedback', { id: b.id, rating: '基本满意', ratingComment: '晚餐时间再延长', ratedOn: '2026-11-30' });
    expect(rated).toMatchObject({ state: '已办结', rating: '基本满意', ratingComment: '晚餐时间再延长' });
    // The lead is still waiting for its own proposer; its timeline notes the other rating.
    const lead = await api.call('congress.motions.get', { id: a.id });
    expect(lead.state).toBe('待反馈');
    expect(lead.steps.at(-1)!.note).toBe('并入的提案 5-2-002 的提案人 赵老师 反馈：基本满意');
    const closeRefused = await refused(api.call('congress.motions.close', { id: b.id, closedOn: '2026-12-01', closedNote: 'x' }));
    expect(closeRefused.message).toBe('提案 5-2-002 已并入提案 5-2-001，随该提案办结。');
  });
});

describe('撤销: the last action withdrawn with a reason', () => {
  it('withdraws a mis-clicked 不予立案 and lets the committee decide again', async () => {
    const m = await api.call('congress.motions.create', motion());
    await api.call('congress.motions.review', { id: m.id, decision: '不予立案', decidedOn: '2026-11-21', decisionReason: '不属于提案范围' });
    const noReason = await refused(api.call('congress.motions.withdraw', { id: m.id, withdrawnOn: '2026-11-22', withdrawReason: ' ' }));
    expect(noReason.message).toBe('输入有误：「撤销原因」必须填写');
    const early = await refused(api.call('congress.motions.withdraw', { id: m.id, withdrawnOn: '2026-11-20', withdrawReason: '误点' }));
    expect(early.message).toBe('撤销日期不能早于被撤销步骤的日期（2026年11月21日）。');
    const back = await api.call('congress.motions.withdraw', { id: m.id, withdrawnOn: '2026-11-22', withdrawReason: '误点，应为立案' });
    expect(back).toMatchObject({ state: '待审查', decision: null, decisionReason: null, decidedOn: null });
    await api.call('congress.motions.review', { id: m.id, decision: '立案', decidedOn: '2026-11-22', leadUnit: '总务处' });
    const detail = await api.call('congress.motions.get', { id: m.id });
    expect(detail.steps.map((s) => [s.kind, s.decision, s.withdrawnBy !== null])).toEqual([
      ['提交', null, false],
      ['审查', '不予立案', true],
      ['撤销', null, false],
      ['审查', '立案', false],
    ]);
    const w = detail.steps[2]!;
    expect(w).toMatchObject({ stepDate: '2026-11-22', reason: '误点，应为立案', note: '撤销 2026年11月21日 的审查意见“不予立案”' });
    expect(detail.steps[1]!.withdrawnBy).toBe(w.id);
  });

  it('withdraws actions last first: a wrong rating, then a wrong reply', async () => {
    const m = await api.call('congress.motions.create', motion());
    await api.call('congress.motions.review', { id: m.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
    await reply(m.id);
    await api.call('congress.motions.feedback', { id: m.id, rating: '不满意', ratedOn: '2026-12-01' });
    expect((await api.call('congress.motions.get', { id: m.id })).withdrawable?.label).toBe('提案人反馈“不满意”');
    const r = await api.call('congress.motions.withdraw', { id: m.id, withdrawnOn: '2026-12-02', withdrawReason: '提案人填错' });
    expect(r).toMatchObject({ state: '待反馈', rating: null, deadline: '2026-12-21', replyRound: 1 });
    const noReply = await api.call('congress.motions.withdraw', { id: m.id, withdrawnOn: '2026-12-02', withdrawReason: '答复对象弄错' });
    expect(noReply).toMatchObject({ state: '办理中', replyRound: 0, replyText: null, repliedOn: null });
    // A satisfied rating wrote 反馈 and 办结 together; one 撤销 withdraws both.
    await reply(m.id, '2026-12-03');
    await api.call('congress.motions.feedback', { id: m.id, rating: '满意', ratedOn: '2026-12-04' });
    const reopened = await api.call('congress.motions.withdraw', { id: m.id, withdrawnOn: '2026-12-05', withdrawReason: '提案人并未签字' });
    expect(reopened).toMatchObject({ state: '待反馈', closedOn: null, rating: null });
    const steps = (await api.call('congress.motions.get', { id: m.id })).steps;
    expect(steps.filter((s) => s.withdrawnBy !== null).map((s) => s.kind)).toEqual(['答复', '反馈', '反馈', '办结']);
    expect(steps.filter((s) => s.kind === '撤销')).toHaveLength(3);
  });

  it('withdraws a 合并立案 on both motions, and guards the lead while motions are merged into it', async () => {
    const { a, b } = await leadAndMerged();
    const leadFirst = await refused(api.call('congress.motions.withdraw', { id: a.id, withdrawnOn: '2026-11-22', withdrawReason: '误点' }));
    expect(leadFirst.message).toBe('提案 5-2-002 已并入本提案 5-2-001，请先撤销它们的合并立案，再撤销本提案的审查意见。');
    const back = await api.call('congress.motions.withdraw', { id: b.id, withdrawnOn: '2026-11-22', withdrawReason: '两件提案内容不同' });
    expect(back).toMatchObject({ state: '待审查', mergedInto: null, deadline: null });
    const lead = await api.call('congress.motions.get', { id: a.id });
    expect(lead.mergedFrom).toEqual([]);
    expect(lead.steps.at(-1)).toMatchObject({ kind: '撤销', note: '提案 5-2-002 撤销 2026年11月21日 的审查意见“合并立案”' });
    expect(lead.steps.find((s) => s.note?.includes('合并至本提案'))!.withdrawnBy).not.toBeNull();
    // The lead's own decision can now be withdrawn.
    expect((await api.call('congress.motions.withdraw', { id: a.id, withdrawnOn: '2026-11-22', withdrawReason: '误点' })).state).toBe('待审查');
  });

  it('refuses to withdraw a lead’s reply that a merged proposer has rated', async () => {
    const { a, b } = await leadAndMerged();
    await reply(a.id);
    await api.call('congress.motions.feedback', { id: b.id, rating: '满意', ratedOn: '2026-11-30' });
    const e = await refused(api.call('congress.motions.withdraw', { id: a.id, withdrawnOn: '2026-12-01', withdrawReason: '答复有误' }));
    expect(e.message).toBe('并入本提案的提案 5-2-002 已就这次答复填写反馈，请先撤销其反馈，再撤销本次答复。');
    await api.call('congress.motions.withdraw', { id: b.id, withdrawnOn: '2026-12-01', withdrawReason: '反馈填错人' });
    expect((await api.call('congress.motions.withdraw', { id: a.id, withdrawnOn: '2026-12-01', withdrawReason: '答复有误' })).state).toBe('办理中');
  });

  it('says so when there is nothing to withdraw', async () => {
    const m = await api.call('congress.motions.create', motion());
    const e = await refused(api.call('congress.motions.withdraw', { id: m.id, withdrawnOn: '2026-11-22', withdrawReason: '误点' }));
    expect(e.message).toBe('提案 5-2-001 还没有可以撤销的审查、答复、落实或反馈。');
  });
});

describe('who may propose', () => {
  it('refuses 列席 delegates as proposer or co-signer unless the setting allows it', async () => {
    const asCosigner = await refused(api.call('congress.motions.create', motion({ cosignerIds: [fx.d.李老师, fx.observer] })));
    expect(asCosigner.message).toBe('附议人必须是第五届的在任代表：周列席 是列席代表，按设置不能提案或附议。');
    const asProposer = await refused(api.call('congress.motions.create', motion({ proposerId: fx.observer })));
    expect(asProposer.fields).toEqual({ proposerId: '周列席 是列席代表，按设置不能提案或附议' });
    await api.call('congress.settings.update', { nonVotingMayPropose: true });
    const m = await api.call('congress.motions.create', motion({ proposerId: fx.observer }));
    expect(m).toMatchObject({ proposerName: '周列席', proposerKind: '列席' });
  });
});

describe('an unsatisfied merged proposer', () => {
  it('is listed among the unsatisfied even when the lead is closed', async () => {
    const { a, b } = await leadAndMerged();
    await reply(a.id);
    await api.call('congress.motions.feedback', { id: a.id, rating: '满意', ratedOn: '2026-11-30' });
    await api.call('congress.motions.feedback', { id: b.id, rating: '不满意', ratingComment: '晚餐未解决', ratedOn: '2026-11-30' });
    const overview = await api.call('congress.overview', { sessionId: fx.session.id });
    expect(overview.unsatisfied.map((x) => x.number)).toEqual(['5-2-002']);
    expect(overview.unanswered).toEqual([]);
  });
});
