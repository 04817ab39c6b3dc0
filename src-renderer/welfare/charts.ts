/**
 * Chart options for the welfare statistics (money in yuan on the axes, Chinese labels).
 */
import type { WelfareStats, YearlyTotals } from '../../shared/welfare/schema';
import type { ChartOption } from './EChart';

const RED = '#c62828';
const GOLD = '#f9a825';
const PALETTE = ['#c62828', '#f9a825', '#1565c0', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f', '#8d6e63', '#5c6bc0', '#9e9d24', '#ad1457', '#546e7a'];

const yuan = (fen: number) => Math.round(fen) / 100;

export function monthChart(stats: WelfareStats): ChartOption {
  return {
    color: [RED, GOLD],
    tooltip: { trigger: 'axis' },
    legend: { data: ['慰问金（元）', '慰问人次'], top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: stats.byMonth.map((m) => `${m.month}月`), axisLabel: { interval: 0, hideOverlap: false } },
    yAxis: [
      { type: 'value', name: '元', axisLabel: { formatter: (v: number) => (v >= 10000 ? `${v / 10000}万` : String(v)) } },
      { type: 'value', name: '人次', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { name: '慰问金（元）', type: 'bar', data: stats.byMonth.map((m) => yuan(m.amountFen)), barMaxWidth: 28 },
      { name: '慰问人次', type: 'line', yAxisIndex: 1, data: stats.byMonth.map((m) => m.visits) },
    ],
    animation: false,
  };
}

/** Axis labels wrap inside this width instead of running off the chart (直系亲属去世, 体育与健康组). */
const LABEL_WIDTH = 96;

export function reasonChart(stats: WelfareStats): ChartOption {
  const data = stats.byReason.filter((r) => r.amountFen > 0).map((r) => ({ name: r.reason, value: yuan(r.amountFen) }));
  const total = data.reduce((s, d) => s + d.value, 0);
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 元（{d}%）' },
    // The names live in the legend, in full with their share: labels around a ring get cut at the
    // chart's edge (「困…」, 「直系亲…」) on a narrow screen.
    legend: {
      type: 'scroll',
      orient: 'vertical',
      right: 0,
      top: 'middle',
      formatter: (name: string) => {
        const v = data.find((d) => d.name === name)?.value ?? 0;
        return `${name}  ${total ? Math.round((v / total) * 100) : 0}%`;
      },
    },
    series: [
      {
        name: '按事由',
        type: 'pie',
        radius: ['38%', '70%'],
        center: ['32%', '50%'],
        label: { show: false },
        labelLine: { show: false },
        data,
      },
    ],
    animation: false,
  };
}

export function departmentChart(stats: WelfareStats): ChartOption {
  const rows = [...stats.byDepartment].slice(0, 12).reverse();
  return {
    color: [RED],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 10, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: '元' },
    yAxis: { type: 'category', data: rows.map((d) => d.department), axisLabel: { width: LABEL_WIDTH, overflow: 'break', interval: 0 } },
    series: [{ name: '慰问金（元）', type: 'bar', data: rows.map((d) => yuan(d.amountFen)), barMaxWidth: 18 }],
    animation: false,
  };
}

export function yearsChart(years: YearlyTotals): ChartOption {
  const rows = [...years].reverse();
  return {
    color: [RED, GOLD],
    tooltip: { trigger: 'axis' },
    legend: { data: ['慰问金（元）', '慰问品（元）'], top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((y) => `${y.year}年`), axisLabel: { width: LABEL_WIDTH, overflow: 'break' } },
    yAxis: { type: 'value', name: '元' },
    series: [
      { name: '慰问金（元）', type: 'bar', stack: 'money', data: rows.map((y) => yuan(y.amountFen)), barMaxWidth: 36 },
      { name: '慰问品（元）', type: 'bar', stack: 'money', data: rows.map((y) => yuan(y.goodsValueFen)), barMaxWidth: 36 },
    ],
    animation: false,
  };
}
