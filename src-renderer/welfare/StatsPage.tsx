/**
 * 慰问统计: a year's totals (with the sentence for the work summary), charts by month, reason and
 * department, and the tables behind them.
 */
import { Alert, Card, Col, Row, Select, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { formatFen } from '../../shared/domain/money';
import type { WelfareStats } from '../../shared/welfare/schema';
import { useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { departmentChart, monthChart, reasonChart, yearsChart } from './charts';
import { EChart } from './EChart';
import { yearOptions } from '../components/list-page';

const yuanText = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** The sentence the chair pastes into the year's work summary. */
export function summarySentence(s: WelfareStats): string {
  return (
    `${s.year}年，工会全年走访慰问教职工 ${s.totals.visits} 人次（${s.totals.households} 户），发放慰问金 ${yuanText(s.totals.amountFen)} 元` +
    (s.totals.goodsValueFen ? `、慰问品折合 ${yuanText(s.totals.goodsValueFen)} 元` : '') +
    `；其中走访慰问困难教职工 ${s.hardship.households} 户，发放慰问金 ${yuanText(s.hardship.amountFen)} 元。`
  );
}

type Row3 = { visits: number; people: number; households: number; amountFen: number; goodsValueFen: number };

const countColumns = [
  { title: '人次', dataIndex: 'visits', width: 80, align: 'right' as const },
  { title: '人数', dataIndex: 'people', width: 80, align: 'right' as const },
  { title: '户数', dataIndex: 'households', width: 80, align: 'right' as const },
  { title: '慰问金', dataIndex: 'amountFen', width: 130, align: 'right' as const, render: (f: number) => formatFen(f) },
  { title: '慰问品', dataIndex: 'goodsValueFen', width: 130, align: 'right' as const, render: (f: number) => formatFen(f) },
];

export function StatsPage() {
  const [year, setYear] = useState(dayjs().year());
  const stats = useApiQuery('welfare.stats', { year });
  const s = stats.data;
  const years = useApiQuery('welfare.stats.years', undefined);
  const charts = useMemo(() => (s ? { month: monthChart(s), reason: reasonChart(s), department: departmentChart(s) } : null), [s]);
  const yearsOption = useMemo(() => (years.data ? yearsChart(years.data) : null), [years.data]);
  return (
    <div>
      <Select aria-label="统计年度" value={year} onChange={setYear} options={yearOptions(s?.years)} style={{ width: 110, marginBottom: 16 }} />
      {stats.error ? <QueryError error={stats.error} onRetry={() => void stats.refetch()} /> : null}
      {s && charts ? (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} lg={4}>
              <Card size="small"><Statistic title="慰问人次" value={s.totals.visits} /></Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small"><Statistic title="慰问人数" value={s.totals.people} suffix="人" /></Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small"><Statistic title="慰问户数" value={s.totals.households} suffix="户" /></Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small"><Statistic title="慰问金" value={formatFen(s.totals.amountFen)} /></Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small"><Statistic title="慰问品折合" value={formatFen(s.totals.goodsValueFen)} /></Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small"><Statistic title="困难职工户数" value={s.hardship.households} suffix="户" /></Card>
            </Col>
          </Row>
          <Alert
            style={{ margin: '16px 0' }}
            type="info"
            message="工作总结用语（可复制）"
            description={<Typography.Paragraph copyable={{ tooltips: ['复制', '已复制'] }} style={{ margin: 0 }} data-testid="summary-sentence">{summarySentence(s)}</Typography.Paragraph>}
          />
          {s.totals.visits === 0 ? (
            <Alert type="warning" showIcon message={`${year}年还没有慰问记录`} />
          ) : (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card title="按月份" size="small">
                  <EChart option={charts.month} label={`${year}年各月慰问金与人次`} />
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card title="按慰问事由（慰问金）" size="small">
                  <EChart option={charts.reason} label={`${year}年各事由慰问金`} />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title="按事由" size="small">
                  <Table<Row3 & { reason: string }> rowKey="reason" size="small" pagination={false} dataSource={s.byReason} columns={[{ title: '慰问事由', dataIndex: 'reason', width: 120, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> }, ...countColumns]} />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title="按部门" size="small">
                  <EChart option={charts.department} height={Math.max(160, s.byDepartment.slice(0, 12).length * 28 + 40)} label={`${year}年各部门慰问金`} />
                  <Table<Row3 & { department: string }> rowKey="department" size="small" pagination={false} dataSource={s.byDepartment} columns={[{ title: '部门', dataIndex: 'department', width: 130, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> }, ...countColumns]} />
                </Card>
              </Col>
            </Row>
          )}
          {years.data && yearsOption && years.data.length > 1 ? (
            <Card title="历年对比" size="small" style={{ marginTop: 16 }}>
              <Row gutter={16}>
                <Col xs={24} xl={12}>
                  <EChart option={yearsOption} height={240} label="历年慰问金与慰问品" />
                </Col>
                <Col xs={24} xl={12}>
                  <Table<Row3 & { year: number }>
                    rowKey="year"
                    size="small"
                    pagination={false}
                    dataSource={years.data}
                    columns={[{ title: '年度', dataIndex: 'year', width: 90, render: (y: number) => `${y}年` }, ...countColumns]}
                  />
                </Col>
              </Row>
            </Card>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
