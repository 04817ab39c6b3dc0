/**
 * 按学校类型: who has reported, members, money and the reply rate for 中学 / 小学 / 幼儿园 / 职校.
 * Names sit on category axes with containLabel and legends scroll, so nothing is cut at the edge.
 */
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useMemo } from 'react';
import type { DistrictSummary } from '../../shared/district/schema';
import { EChart, type ChartOption } from '../welfare/EChart';
import { perMemberFen } from './figures';

const RED = '#c62828';
const GREY = '#bdbdbd';
const BLUE = '#1565c0';
const GOLD = '#f9a825';

function bars(types: string[], series: { name: string; data: (number | null)[]; color: string; stack?: string }[], unit: string, format?: (v: number) => string): ChartOption {
  const show = format ?? ((v: number) => `${v}`);
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${show(v)}${unit}`),
    },
    legend: series.length > 1 ? { type: 'scroll', bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } } : undefined,
    grid: { left: 4, right: 40, top: 8, bottom: series.length > 1 ? 28 : 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 11, formatter: (v: number) => show(v) } },
    yAxis: { type: 'category', data: [...types].reverse(), axisLabel: { fontSize: 12 }, axisTick: { show: false } },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      stack: s.stack,
      color: s.color,
      data: [...s.data].reverse(),
      barMaxWidth: 16,
      label: { show: true, position: s.stack ? 'inside' : 'right', fontSize: 11, formatter: (p: { value: number | null }) => (p.value ? show(p.value) : '') },
    })),
    animation: false,
  };
}

export function TypeCharts({ summary }: { summary: DistrictSummary }) {
  const charts = useMemo(() => {
    const t = summary.byType.filter((b) => b.expected > 0 || b.reported > 0);
    const types = t.map((b) => b.type);
    const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : Math.round(fen) / 100);
    const pct = (r: number | null | undefined) => (r === null || r === undefined ? null : Math.round(r * 1000) / 10);
    const reported = t.some((b) => b.reported > 0);
    return [
      {
        key: 'reported',
        title: '报送情况（所）',
        empty: t.length === 0,
        option: bars(types, [
          { name: '已报送', data: t.map((b) => b.reported), color: RED, stack: 'n' },
          { name: '未报送', data: t.map((b) => Math.max(0, b.expected - b.reported)), color: GREY, stack: 'n' },
        ], ' 所'),
      },
      { key: 'members', title: '在册会员（人）', empty: !reported, option: bars(types, [{ name: '在册会员', data: t.map((b) => b.figures['members.total'] ?? 0), color: BLUE }], ' 人') },
      {
        key: 'money',
        title: '慰问金与人均（元）',
        empty: !reported,
        option: bars(types, [
          { name: '慰问金', data: t.map((b) => yuan(b.figures['welfare.amountFen'])), color: RED },
          { name: '人均慰问金', data: t.map((b) => yuan(perMemberFen(b.figures))), color: GOLD },
        ], ' 元', (v) => (v >= 10000 ? `${Math.round(v / 100) / 100}万` : `${v}`)),
      },
      {
        key: 'reply',
        title: '提案答复率与满意率（%）',
        empty: !reported,
        option: bars(types, [
          { name: '答复率', data: t.map((b) => pct(b.figures['congress.replyRate'])), color: BLUE },
          { name: '满意率', data: t.map((b) => pct(b.figures['congress.satisfactionRate'])), color: GOLD },
        ], '%'),
      },
    ];
  }, [summary]);

  return (
    <Card size="small" title="按学校类型" data-testid="type-charts">
      <Row gutter={[16, 16]}>
        {charts.map((c) => (
          <Col key={c.key} xs={24} lg={12} xxl={6}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {c.title}
            </Typography.Text>
            {c.empty ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有数据" style={{ margin: '24px 0' }} />
            ) : (
              <EChart option={c.option} height={200} label={`${summary.year}年按学校类型：${c.title}`} />
            )}
          </Col>
        ))}
      </Row>
    </Card>
  );
}
