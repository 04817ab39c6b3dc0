/**
 * Issue 14, items 4 and 6 and vote corrections: attendance once per meeting used by every vote,
 * ballots issued/returned, votes edited, and the 教职工大会 whose due are the members on the roll.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import type { VoteInput } from '../../../shared/congress/schema';
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

const vote = (over: Partial<VoteInput> = {}): VoteInput => ({
  sessionId: fx.session.id,
  voteItem: '绩效工资分配方案',
  votedOn: '2026-11-20',
  voteMethod: '无记名投票',
  votesFor: 4,
  votesAgainst: 1,
  abstain: 0,
  invalid: 0,
  ...over,
});

describe('attendance once per meeting', () => {
  it('is recorded once and used by every vote that does not name its own', async () => {
    const five = [fx.d.张老师, fx.d.李老师, fx.d.王老师, fx.d.赵老师, fx.d.钱会计];
    const observer = await refused(api.call('congress.attendance.set', { sessionId: fx.session.id, attendeeIds: [fx.observer] }));
    expect(observer.message).toBe('周列席 是列席代表，没有表决权，不能计入实到人数。');
    const a = await api.call('congress.attendance.set', { sessionId: fx.session.id, attendeeIds: five });
    expect(a).toMatchObject({ due: 6, dueSource: '正式代表', presentCount: 5, recorded: true });
    const first = await api.call('congress.votes.create', vote());
    const second = await api.call('congress.votes.create', vote({ voteItem: '教职工考核办法', votesFor: 3, votesAgainst: 2 }));
    expect([first.present, second.present]).toEqual([5, 5]);
    expect(first.presentIds).toEqual([...five].sort((x, y) => x - y));
    // One vote may still have its own 实到 (someone left early).
    const own = await api.call('congress.votes.create', vote({ voteItem: '食堂管理办法', presentIds: five.slice(0, 4), votesFor: 4, votesAgainst: 0 }));
    expect(own.present).toBe(4);
  });

  it('lists the sign-in sheet: 正式 delegates first, then 列席, delegations in their own order', async () => {
    const sheet = await api.call('congress.attendance.sheet', { sessionId: fx.session.id });
    expect(sheet.rows.map((r) => `${r.name}/${r.kind}`)).toEqual([
      '李老师/正式',
      '张老师/正式',
      '王老师/正式',
      '赵老师/正式',
      '钱会计/正式',
      '孙主任/正式',
      '周列席/列席',
    ]);
  });
});

describe('ballots and corrections', () => {
  it('checks ballots issued and returned against the figures', async () => {
    const all = Object.values(fx.d);
    const over = await refused(api.call('congress.votes.create', vote({ presentIds: all, votesFor: 5, votesAgainst: 1, ballotsIssued: 7 })));
    expect(over.message).toBe('发出选票 7 张，超过实到人数 6。');
    const wrong = await refused(
      api.call('congress.votes.create', vote({ presentIds: all, votesFor: 5, votesAgainst: 1, ballotsIssued: 6, ballotsReturned: 5 })),
    );
    expect(wrong.message).toBe('收回选票 5 张，与有效票 6 张 + 无效票 0 张 = 6 不符。');
    const ok = await api.call('congress.votes.create', vote({ presentIds: all, votesFor: 4, votesAgainst: 1, invalid: 1, ballotsIssued: 6, ballotsReturned: 6 }));
    expect(ok).toMatchObject({ ballotsIssued: 6, ballotsReturned: 6, valid: 5, invalid: 1, result: '通过' });
  });

  it('edits a vote and works the verdict out again', async () => {
    const all = Object.values(fx.d);
    const v = await api.call('congress.votes.create', vote({ presentIds: all, votesFor: 4, votesAgainst: 2 }));
    expect(v.result).toBe('通过');
    const fixed = await api.call('congress.votes.update', { id: v.id, data: vote({ presentIds: all, votesFor: 3, votesAgainst: 3 }) });
    expect(fixed).toMatchObject({ id: v.id, votesFor: 3, result: '未通过' });
    expect(fixed.updatedAt).not.toBeNull();
    const bad = await refused(api.call('congress.votes.update', { id: v.id, data: vote({ presentIds: all, votesFor: 9 }) }));
    expect(bad.message).toContain('票数对不上');
    expect((await api.call('congress.votes.get', { id: v.id })).votesFor).toBe(3);
    expect(await api.call('congress.votes.list', { sessionId: fx.session.id })).toHaveLength(1);
  });
});

describe('教职工大会', () => {
  async function allStaff(dueCount?: number) {
    return api.call('congress.sessions.create', {
      term: 5,
      meeting: 3,
      sessionKind: '教职工大会',
      sessionStart: '2027-03-01',
      motionClose: '2027-02-20',
      replyDays: 30,
      dueCount: dueCount ?? null,
    });
  }

  it('counts all members on the roll as due, and follows the quorum and pass rules', async () => {
    const s = await allStaff();
    const a = await api.call('congress.attendance.get', { sessionId: s.id });
    expect(a).toMatchObject({ kind: '教职工大会', due: 8, dueSource: '在册会员', recorded: false });
    const none = await refused(api.call('congress.votes.create', vote({ sessionId: s.id, votedOn: '2027-03-01' })));
    expect(none.message).toBe('请填写实到人数（或先在“签到”中登记本次大会的到会人数）。');
    await api.call('congress.attendance.set', { sessionId: s.id, presentCount: 6 });
    // 8 due: quorum 6 (two thirds), passing needs more than half of 8 = 5 votes for.
    const passed = await api.call('congress.votes.create', vote({ sessionId: s.id, votedOn: '2027-03-01', votesFor: 5, votesAgainst: 1 }));
    expect(passed).toMatchObject({ due: 8, present: 6, quorumNeeded: 6, passNeeded: 5, result: '通过', presentIds: [] });
    const failed = await api.call('congress.votes.create', vote({ sessionId: s.id, votedOn: '2027-03-01', votesFor: 4, votesAgainst: 2 }));
    expect(failed.result).toBe('未通过');
    const few = await api.call('congress.votes.create', vote({ sessionId: s.id, votedOn: '2027-03-01', presentCount: 5, votesFor: 5, votesAgainst: 0 }));
    expect(few.result).toBe('不足法定人数');
    const delegates = await refused(
      api.call('congress.votes.create', vote({ sessionId: s.id, votedOn: '2027-03-01', presentIds: [fx.d.张老师], votesFor: 1, votesAgainst: 0 })),
    );
    expect(delegates.message).toBe('教职工大会的到会人数按人数填写，不按代表名单签到。');
  });

  it('uses the number entered on the session instead of the roll', async () => {
    const s = await allStaff(40);
    expect(s.dueCount).toBe(40);
    expect((await api.call('congress.attendance.get', { sessionId: s.id })).dueSource).toBe('录入人数');
    const over = await refused(api.call('congress.attendance.set', { sessionId: s.id, presentCount: 41 }));
    expect(over.message).toBe('实到人数 41 超过应到人数 40。');
    const v = await api.call('congress.votes.create', vote({ sessionId: s.id, votedOn: '2027-03-01', presentCount: 30, votesFor: 21, votesAgainst: 9 }));
    expect(v).toMatchObject({ due: 40, quorumNeeded: 27, passNeeded: 21, result: '通过' });
    // A 代表大会 keeps no number of its own.
    const rep = await api.call('congress.sessions.update', {
      id: s.id,
      data: { term: 5, meeting: 3, sessionKind: '代表大会', sessionStart: '2027-03-01', motionClose: '2027-02-20', replyDays: 30, dueCount: 40 },
    });
    expect(rep.dueCount).toBeNull();
  });
});
