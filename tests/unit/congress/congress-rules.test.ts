import { describe, expect, it } from 'vitest';
import { addDays, atLeast, chineseNumber, judgeVote, moreThan, motionNumber, sessionName, teacherShare, voteRuleText } from '../../../shared/congress/rules';

const rule = { quorumNumerator: 2, quorumDenominator: 3, passBase: '应到' as const, passNumerator: 1, passDenominator: 2 };

describe('congress rules', () => {
  it('names sessions and numbers motions the way the office writes them', () => {
    expect([1, 5, 10, 12, 20, 21, 99].map(chineseNumber)).toEqual(['一', '五', '十', '十二', '二十', '二十一', '九十九']);
    expect(sessionName(5, 2, '代表大会')).toBe('第五届第二次教职工代表大会');
    expect(sessionName(3, 1, '教职工大会')).toBe('第三届第一次教职工大会');
    expect(motionNumber(5, 2, 1)).toBe('5-2-001');
    expect(motionNumber(5, 2, 123)).toBe('5-2-123');
  });

  it('counts whole people for quorum and majority', () => {
    expect(atLeast(30, 2, 3)).toBe(20);
    expect(atLeast(31, 2, 3)).toBe(21);
    expect(moreThan(30, 1, 2)).toBe(16);
    expect(moreThan(31, 1, 2)).toBe(16);
    expect(moreThan(0, 1, 2)).toBe(1);
  });

  it('names the problem when totals do not add up, and never passes without a quorum', () => {
    const v = judgeVote({ due: 30, present: 25, votesFor: 20, votesAgainst: 3, abstain: 1, invalid: 0 }, rule);
    expect(v.problem).toBe('赞成 20 + 反对 3 + 弃权 1 + 无效 0 = 24，与实到人数 25 不符');
    expect(judgeVote({ due: 10, present: 12, votesFor: 12, votesAgainst: 0, abstain: 0, invalid: 0 }, rule).problem).toBe('实到人数 12 超过应到人数 10');
    expect(judgeVote({ due: 0, present: 0, votesFor: 0, votesAgainst: 0, abstain: 0, invalid: 0 }, rule).result).toBe('不足法定人数');
    expect(judgeVote({ due: 30, present: 20, votesFor: 16, votesAgainst: 4, abstain: 0, invalid: 0 }, { ...rule, passBase: '实到' }).passNeeded).toBe(11);
    expect(voteRuleText(rule)).toBe('到会须达应到代表的三分之二；赞成票须超过应到代表的半数');
  });

  it('checks the teacher share and adds calendar days', () => {
    expect(teacherShare(6, 10, 60)).toEqual({ percent: 60, ok: true });
    expect(teacherShare(5, 9, 60)).toEqual({ percent: 55.6, ok: false });
    expect(teacherShare(0, 0, 60)).toEqual({ percent: 0, ok: false });
    expect(addDays('2026-11-21', 30)).toBe('2026-12-21');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  });
});
