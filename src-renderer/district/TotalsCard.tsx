/**
 * 全区合计: every figure of the year's account added up over the reported schools, in the same
 * tables the school's own 年度台账 page uses, beside last year's totals when the district collected
 * that year too (said with how many schools each year counts, since the two may differ).
 */
import { Card, Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import type { DistrictSummary } from '../../shared/district/schema';
import { FigureTable } from '../report/FigureTable';
import { AREA_KEYS, AREA_TITLES, areaRows, type AreaKey, type FigureRow, type YearFigures } from '../report/figures';

const noOpen = () => undefined;

function rowsOf(area: AreaKey, current: YearFigures, previous: YearFigures | null): FigureRow[] {
  // No links: these are sums over other stores, not records of this one.
  return areaRows(area, current, previous ?? current).map(({ figure: _figure, ...row }) => (previous ? row : { ...row, previous: null }));
}

export function TotalsCard({ summary, previous }: { summary: DistrictSummary; previous: DistrictSummary | undefined }) {
  const prev = previous && previous.reported > 0 ? (previous.totals as YearFigures) : null;
  const tables = useMemo(
    () => AREA_KEYS.map((a) => ({ area: a, rows: rowsOf(a, summary.totals as YearFigures, prev) })),
    [summary.totals, prev],
  );
  return (
    <Card
      size="small"
      title={`${summary.year}年全区合计（${summary.reported} 所学校）`}
      data-testid="district-totals"
      extra={
        <Typography.Text type="secondary">
          {prev ? `上年为 ${previous?.reported ?? 0} 所学校的合计` : `没有${summary.year - 1}年的报送，不作比较`}
        </Typography.Text>
      }
    >
      <Row gutter={[16, 16]}>
        {tables.map((t) => (
          <Col key={t.area} xs={24} xl={12} data-testid={`totals-${t.area}`}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {AREA_TITLES[t.area]}
            </Typography.Title>
            <FigureTable rows={t.rows} year={summary.year} onOpen={noOpen} compare={prev !== null} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
