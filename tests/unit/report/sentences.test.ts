import { describe, expect, it } from 'vitest';
import { emptyFigures } from '../../../shared/report/empty';
import { formatRate, ratio, yearChange } from '../../../shared/report/format';
import { summarySentences } from '../../../shared/report/sentences';

describe('formatRate', () => {
  it('shows whole percentages without decimals, others with one, and — for nothing to divide by', () => {
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(0.8)).toBe('80%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(Number.NaN)).toBe('—');
    expect(ratio(3, 0)).toBeNull();
  });
});

describe('yearChange', () => {
  it('gives the difference and its direction', () => {
    expect(yearChange(12, 9)).toEqual({ delta: 3, direction: 'up' });
    expect(yearChange(7, 9)).toEqual({ delta: -2, direction: 'down' });
    expect(yearChange(4, 4)).toEqual({ delta: 0, direction: 'same' });
  });
});

describe('summarySentences', () => {
  it('writes the issue\'s examples in the summary\'s own terms', () => {
    const cur = emptyFigures();
    const prev = emptyFigures();
    Object.assign(cur.welfare, { visits: 50, people: 45, households: 40, amountFen: 600000 });
    Object.assign(prev.welfare, { visits: 47 });
    Object.assign(cur.congress, { sessions: 1, motions: 12, filed: 10, answered: 10, answeredOnTime: 8, rated: 10, satisfied: 10, replyRate: 1, onTimeRate: 0.8, satisfactionRate: 1 });
    Object.assign(cur.members, { total: 83, men: 30, women: 53 });
    Object.assign(prev.members, { total: 80 });
    const s = summarySentences(cur, prev, 2026);
    expect(s.welfare[0]).toBe('全年共走访慰问教职工 50 人次，较上年增加 3 人次，涉及 45 人、40 户，发放慰问金 ¥6,000.00。');
    expect(s.congress[1]).toBe('共收到提案 12 件，立案 10 件，答复率 100%，按期答复率 80%，满意率 100%。');
    expect(s.members[0]).toBe('截至2026年底，我校工会共有在册会员 83 人，其中男会员 30 人、女会员 53 人，较上年增加 3 人。');
  });

  it('reads sensibly for a year with nothing, never NaN', () => {
    const s = summarySentences(emptyFigures(), emptyFigures(), 2026);
    expect(s.congress).toEqual(['本年度未召开教代会。']);
    expect(s.welfare).toEqual(['本年度没有慰问记录。']);
    expect(JSON.stringify(s)).not.toMatch(/NaN|undefined|null/);
  });

  it('leaves out a rate with nothing to rate rather than printing —', () => {
    const cur = emptyFigures();
    Object.assign(cur.congress, { sessions: 1, motions: 3, filed: 2, answered: 0, replyRate: 0, onTimeRate: 0, satisfactionRate: null });
    const s = summarySentences(cur, emptyFigures(), 2026);
    expect(s.congress[1]).toBe('共收到提案 3 件，立案 2 件，答复率 0%，按期答复率 0%。');
  });
});
