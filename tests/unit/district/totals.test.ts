/**
 * The district totals are generic: every numeric leaf is summed, breakdowns item by item, rates
 * recomputed from their parts; an area report.year gains later (activities, dues …) flows through.
 */
import { describe, expect, it } from 'vitest';
import { flattenFigures, sumFigures, withDefaults, type FigureTree } from '../../../shared/district/totals';
import { wanText } from '../../../shared/district/sentences';

const base: FigureTree = { congress: { filed: 0, answered: 0, replyRate: null }, welfare: { byMonth: [{ month: 1, amountFen: 0 }] } };

describe('sumFigures', () => {
  it('sums leaves, keeps breakdown names, recomputes known rates and nulls unknown ones', () => {
    const a: FigureTree = {
      congress: { filed: 4, answered: 4, replyRate: 1 },
      welfare: { byMonth: [{ month: 1, amountFen: 100 }], byReason: [{ key: '结婚', label: '结婚', count: 1, amountFen: 600 }] },
      activities: { held: 3, participants: 40, attendanceRate: 0.8 },
    };
    const b: FigureTree = {
      congress: { filed: 6, answered: 3, replyRate: 0.5 },
      welfare: { byMonth: [{ month: 1, amountFen: 50 }], byReason: [{ key: '结婚', label: '结婚', count: 2, amountFen: 1200 }, { key: '生育', label: '生育', count: 1, amountFen: 500 }] },
      activities: { held: 2, participants: 10, attendanceRate: 0.5 },
    };
    const t = sumFigures(base, [a, b]);
    expect(t.congress).toEqual({ filed: 10, answered: 7, replyRate: 0.7 });
    expect(t.welfare).toEqual({
      byMonth: [{ month: 1, amountFen: 150 }],
      byReason: [
        { key: '结婚', label: '结婚', count: 3, amountFen: 1800 },
        { key: '生育', label: '生育', count: 1, amountFen: 500 },
      ],
    });
    expect(t.activities).toEqual({ held: 5, participants: 50, attendanceRate: null });
    expect(flattenFigures(t)).toEqual({ 'congress.filed': 10, 'congress.answered': 7, 'congress.replyRate': 0.7, 'activities.held': 5, 'activities.participants': 50, 'activities.attendanceRate': null });
  });

  it('with no report every figure is there, rates null', () => {
    expect(sumFigures(base, [])).toEqual(base);
  });

  it('an older ledger without a newer area gets its empty figures', () => {
    expect(withDefaults({ ...base, dues: { paidFen: 0 } }, { congress: { filed: 2, answered: 1, replyRate: 0.5 } })).toMatchObject({ congress: { filed: 2 }, dues: { paidFen: 0 } });
  });
});

describe('wanText', () => {
  it('reads large sums the way a summary writes them', () => {
    expect(wanText(29_123_400)).toBe('29 万余元');
    expect(wanText(3_000_000)).toBe('3 万元');
    expect(wanText(1_520_000)).toBe('1.5 万余元');
    expect(wanText(120_000)).toMatch(/1,200\.00/);
  });
});
