/**
 * One area of the year's account: the figure table, two small charts and, under them, the
 * sentences of the 工作总结 for that area, each ready to copy.
 */
import { Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { EChart } from '../welfare/EChart';
import { areaCharts } from './charts';
import { AREA_TITLES, areaRows, type AreaKey, type YearReport } from './figures';
import { FigureTable, type FigureClick } from './FigureTable';

const AREA_LINKS: Record<AreaKey, { path: string; label: string }> = {
  members: { path: '/members', label: '会员花名册' },
  congress: { path: '/congress', label: '教代会' },
  disclosure: { path: '/disclosure', label: '校务公开' },
  welfare: { path: '/welfare/stats', label: '慰问统计' },
  activities: { path: '/activities', label: '工会活动' },
  honours: { path: '/honours', label: '评优评先' },
  dues: { path: '/dues', label: '会费收缴台账' },
};

/**
 * `readOnly`: the figures of a report received from elsewhere (the district's view of one school):
 * no links to this store's records, which are not the ones counted.
 */
export function AreaCard({ area, report, onOpen, readOnly = false }: { area: AreaKey; report: YearReport; onOpen: (c: FigureClick) => void; readOnly?: boolean }) {
  const navigate = useNavigate();
  const rows = useMemo(() => {
    const all = areaRows(area, report.current, report.previous);
    return readOnly ? all.map(({ figure: _figure, ...row }) => row) : all;
  }, [area, report, readOnly]);
  const charts = useMemo(() => areaCharts(area, report.current), [area, report]);
  const sentences = report.sentences[area];
  // A long table (教代会) leaves room for the charts one above the other.
  const stacked = rows.length > 11;
  const title = AREA_TITLES[area];
  return (
    <Card
      title={title}
      size="small"
      data-testid={`area-${area}`}
      extra={
        readOnly ? null : (
          <Button type="link" size="small" onClick={() => navigate(AREA_LINKS[area].path)}>
            打开{AREA_LINKS[area].label}
          </Button>
        )
      }
    >
      <Row gutter={[16, 12]}>
        <Col xs={24} xl={13} xxl={11}>
          <FigureTable rows={rows} year={report.year} onOpen={onOpen} />
        </Col>
        <Col xs={24} xl={11} xxl={13}>
          <Row gutter={[12, 12]}>
            {charts.map((c) => (
              <Col key={c.key} xs={24} md={stacked ? 24 : 12} xl={stacked ? 24 : 12}>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {c.title}
                </Typography.Text>
                {c.empty ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${report.year}年没有数据`} style={{ margin: '24px 0' }} />
                ) : (
                  <EChart option={c.option} height={stacked ? 220 : 230} label={`${report.year}年${title}：${c.title}`} />
                )}
              </Col>
            ))}
          </Row>
        </Col>
      </Row>
      <div className="report-sentences" data-testid={`sentences-${area}`}>
        <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
          工作总结用语
        </Typography.Text>
        {sentences.length === 0 ? (
          <Typography.Text type="secondary">{report.year}年没有可写入工作总结的{title}数据。</Typography.Text>
        ) : (
          sentences.map((s) => (
            <Typography.Paragraph key={s} copyable={{ text: s, tooltips: ['复制', '已复制'] }} style={{ marginBottom: 4 }}>
              {s}
            </Typography.Paragraph>
          ))
        )}
      </div>
    </Card>
  );
}
