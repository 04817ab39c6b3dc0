/**
 * The small charts of the year's account, two per area. Labels sit in legends or in grids with
 * containLabel so a long category name (干部任免与教师管理) is never cut at the card's edge.
 */
import { formatFen } from '../../shared/domain/money';
import type { ChartOption } from '../welfare/EChart';
import type { AreaKey, YearFigures } from './figures';

const RED = '#c62828';
const BLUE = '#1565c0';
const PALETTE = ['#c62828', '#f9a825', '#1565c0', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f', '#8d6e63', '#5c6bc0', '#9e9d24', '#ad1457', '#546e7a'];

export interface SmallChart {
  key: string;
  title: string;
  /** Whether there is anything to draw; an empty chart is replaced by a short line of text. */
  empty: boolean;
  option: ChartOption;
}

const yuan = (fen: number) => Math.round(fen) / 100;

function pie(name: string, data: { name: string; value: number }[], unit: string): ChartOption {
  const shown = data.filter((d) => d.value > 0);
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: `{b}：{c} ${unit}（{d}%）` },
    legend: { type: 'scroll', orient: 'horizontal', bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
    series: [
      {
        name,
        type: 'pie',
        radius: ['35%', '62%'],
        center: ['50%', '42%'],
        // Values inside the ring, names in the legend: nothing reaches the edge of a narrow card.
        label: { position: 'inside', formatter: '{c}', fontSize: 11, color: '#fff' },
        labelLine: { show: false },
        data: shown,
      },
    ],
    animation: false,
  };
}

function horizontalBars(name: string, labels: string[], values: number[], unit: string, color = RED): ChartOption {
  return {
    color: [color],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v} ${unit}` },
    grid: { left: 4, right: 28, top: 6, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 11 } },
    yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { fontSize: 12 }, axisTick: { show: false } },
    series: [{ name, type: 'bar', data: [...values].reverse(), barMaxWidth: 14, label: { show: true, position: 'right', fontSize: 11 } }],
    animation: false,
  };
}

export function areaCharts(area: AreaKey, f: YearFigures): SmallChart[] {
  switch (area) {
    case 'members': {
      const m = f.members;
      return [
        {
          key: 'age',
          title: '年龄结构（人）',
          empty: m.ageBands.every((b) => b.count === 0),
          option: horizontalBars('人数', m.ageBands.map((b) => b.label), m.ageBands.map((b) => b.count), '人'),
        },
        {
          key: 'employment',
          title: '用工性质（人）',
          empty: m.byEmployment.every((b) => b.count === 0),
          option: pie('用工性质', m.byEmployment.map((b) => ({ name: b.label, value: b.count })), '人'),
        },
      ];
    }
    case 'congress': {
      const c = f.congress;
      return [
        {
          key: 'review',
          title: '提案审查（件）',
          empty: c.motions === 0,
          option: pie('提案审查', [
            { name: '立案', value: c.filed },
            { name: '转为意见建议', value: c.toSuggestions },
            { name: '不予立案', value: c.rejected },
            { name: '尚未审查', value: c.pending },
          ], '件'),
        },
        {
          key: 'feedback',
          title: '提案人反馈（件）',
          empty: c.satisfied + c.basicallySatisfied + c.unsatisfied === 0,
          option: pie('提案人反馈', [
            { name: '满意', value: c.satisfied },
            { name: '基本满意', value: c.basicallySatisfied },
            { name: '不满意', value: c.unsatisfied },
          ], '件'),
        },
      ];
    }
    case 'disclosure': {
      const d = f.disclosure;
      const cats = d.byCategory.filter((b) => b.count > 0);
      return [
        {
          key: 'category',
          title: '按公开类别（项）',
          empty: cats.length === 0,
          option: horizontalBars('公开事项', cats.map((b) => b.label), cats.map((b) => b.count), '项', BLUE),
        },
        {
          key: 'scope',
          title: '按公开范围（项）',
          empty: d.byScope.every((b) => b.count === 0),
          option: pie('公开范围', d.byScope.map((b) => ({ name: b.label, value: b.count })), '项'),
        },
      ];
    }
    case 'welfare': {
      const w = f.welfare;
      return [
        {
          key: 'month',
          title: '1–12月慰问金（元）',
          empty: w.visits === 0,
          option: {
            color: [RED],
            tooltip: {
              trigger: 'axis',
              axisPointer: { type: 'shadow' },
              // The month's visits beside its money, so one chart answers both questions.
              formatter: (items: { dataIndex: number }[]) => {
                const m = w.byMonth[items[0]?.dataIndex ?? 0];
                return m ? `${m.month}月：${formatFen(m.amountFen)}，${m.count} 人次` : '';
              },
            },
            grid: { left: 4, right: 8, top: 16, bottom: 4, containLabel: true },
            xAxis: { type: 'category', data: w.byMonth.map((m) => `${m.month}`), axisLabel: { fontSize: 11, interval: 0 }, axisTick: { alignWithLabel: true } },
            yAxis: { type: 'value', axisLabel: { fontSize: 11, formatter: (v: number) => (v >= 10000 ? `${v / 10000}万` : String(v)) } },
            series: [{ name: '慰问金（元）', type: 'bar', data: w.byMonth.map((m) => yuan(m.amountFen)), barMaxWidth: 16 }],
            animation: false,
          },
        },
        {
          key: 'reason',
          title: '按慰问事由（人次）',
          empty: w.byReason.every((r) => r.count === 0),
          option: pie('慰问事由', w.byReason.map((r) => ({ name: r.label, value: r.count })), '人次'),
        },
      ];
    }
    case 'activities': {
      const a = f.activities;
      return [
        { key: 'type', title: '按活动类型（次）', empty: a.count === 0, option: pie('活动类型', a.byType.map((t) => ({ name: t.label, value: t.count })), '次') },
        {
          key: 'participants',
          title: '各类活动参加人次',
          empty: a.participants === 0,
          option: horizontalBars('参加人次', a.byType.map((t) => t.label), a.byType.map((t) => t.participants), '人次', BLUE),
        },
      ];
    }
    case 'honours': {
      const h = f.honours;
      return [
        {
          key: 'level',
          title: '按级别：获评与推荐（项）',
          empty: h.count === 0,
          option: {
            color: [RED, '#f9a825'],
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            legend: { bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
            grid: { left: 4, right: 8, top: 16, bottom: 28, containLabel: true },
            xAxis: { type: 'category', data: h.byLevel.map((l) => l.label), axisLabel: { fontSize: 11, interval: 0 } },
            yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 11 } },
            series: [
              { name: '获评', type: 'bar', stack: 'n', data: h.byLevel.map((l) => l.awarded), barMaxWidth: 22 },
              { name: '推荐', type: 'bar', stack: 'n', data: h.byLevel.map((l) => l.recommended), barMaxWidth: 22 },
            ],
            animation: false,
          },
        },
        { key: 'title', title: '获评荣誉称号（项）', empty: h.awarded === 0, option: horizontalBars('获评', h.byTitle.map((t) => t.label), h.byTitle.map((t) => t.count), '项') },
      ];
    }
    case 'dues': {
      const u = f.dues;
      return [
        {
          key: 'members',
          title: '会员缴费情况（人）',
          empty: u.members === 0,
          option: pie('会员缴费情况', [{ name: '无欠缴', value: u.members - u.arrearsMembers }, { name: '有欠缴', value: u.arrearsMembers }], '人'),
        },
        {
          key: 'money',
          title: '收缴与欠缴（元）',
          empty: u.amountFen === 0 && u.arrearsFen === 0,
          option: horizontalBars('会费', ['已收缴', '欠缴'], [yuan(u.amountFen), yuan(u.arrearsFen)], '元', BLUE),
        },
      ];
    }
  }
}
