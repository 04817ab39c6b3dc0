/**
 * Chart labels are never cut: the reasons of the ring chart are named in full in its legend (not
 * around the ring, where 「直系亲属去世」 ran off the edge as 「直系亲…」), and axis labels sit inside
 * the chart (containLabel) and wrap instead of being clipped.
 */
import { describe, expect, it } from 'vitest';
import type { WelfareStats } from '../../../shared/welfare/schema';
import { departmentChart, monthChart, reasonChart } from '../../../src-renderer/welfare/charts';

const stats = {
  byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, visits: i, amountFen: i * 10_000 })),
  byReason: [
    { reason: '直系亲属去世', visits: 2, amountFen: 200_000 },
    { reason: '困难帮扶', visits: 1, amountFen: 100_000 },
  ],
  byDepartment: [{ department: '信息技术与通用技术教研组', visits: 3, amountFen: 300_000 }],
} as unknown as WelfareStats;

type Loose = Record<string, unknown> & { series: Array<Record<string, unknown>> };

describe('welfare charts', () => {
  it('names every reason in full in the legend, with no labels around the ring', () => {
    const o = reasonChart(stats) as unknown as Loose & { legend: { formatter(n: string): string } };
    expect(o.series[0]!.label).toMatchObject({ show: false });
    expect(o.legend.formatter('直系亲属去世')).toBe('直系亲属去世  67%');
    expect(o.legend.formatter('困难帮扶')).toBe('困难帮扶  33%');
  });

  it('keeps axis labels inside the chart and wraps long department names', () => {
    const d = departmentChart(stats) as unknown as Loose & { grid: { containLabel: boolean }; yAxis: { axisLabel: { overflow: string; width: number } } };
    expect(d.grid.containLabel).toBe(true);
    expect(d.yAxis.axisLabel.overflow).toBe('break');
    const m = monthChart(stats) as unknown as Loose & { grid: { containLabel: boolean } };
    expect(m.grid.containLabel).toBe(true);
  });
});
