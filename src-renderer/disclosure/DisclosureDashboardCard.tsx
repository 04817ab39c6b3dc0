import { Button, Card, Col, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatDateCn } from '../../shared/domain/dates';
import { useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';

export function DisclosureDashboardCard() {
  const navigate = useNavigate();
  const dash = useApiQuery('disclosure.dashboard', undefined);
  const d = dash.data;
  return (
    <Card title="校务公开" extra={<Button type="link" onClick={() => navigate('/disclosure')}>查看台账</Button>}>
      {dash.error ? <QueryError error={dash.error} /> : null}
      {d ? (
        <>
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col span={6}>
              <Statistic title="正在公示" value={d.inPeriod.length} suffix="则" />
            </Col>
            <Col span={6}>
              <Statistic title="待处理异议" value={d.pendingObjections.length} suffix="条" valueStyle={d.pendingObjections.length ? { color: '#d46b08' } : undefined} />
            </Col>
            <Col span={6}>
              <Statistic title="期满待归档" value={d.awaitingArchive} suffix="则" />
            </Col>
            <Col span={6}>
              <Statistic title={`${d.today.slice(0, 4)}年已公示`} value={d.yearTotal} suffix="则" />
            </Col>
          </Row>
          {d.inPeriod.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d.upcoming ? `没有正在公示的事项（${d.upcoming} 则即将开始）` : '没有正在公示的事项'} />
          ) : (
            <List
              size="small"
              header={<Typography.Text type="secondary">正在公示</Typography.Text>}
              dataSource={d.inPeriod}
              renderItem={(n) => (
                <List.Item
                  data-testid="dashboard-in-period"
                  actions={n.openObjections ? [<Tag key="o" color="orange">{`${n.openObjections} 条异议`}</Tag>] : undefined}
                >
                  <a onClick={() => navigate(`/disclosure/notices/${n.id}`)}>{n.title}</a>
                  <span style={{ marginLeft: 'auto', paddingLeft: 12, whiteSpace: 'nowrap' }}>
                    至{formatDateCn(n.endDate)}，{n.workingDaysLeft > 0 ? `还剩 ${n.workingDaysLeft} 个工作日` : '今日截止'}
                  </span>
                </List.Item>
              )}
            />
          )}
          {d.pendingObjections.length ? (
            <List
              size="small"
              header={<Typography.Text type="secondary">待处理的异议</Typography.Text>}
              dataSource={d.pendingObjections.slice(0, 5)}
              renderItem={(o) => (
                <List.Item>
                  <a onClick={() => navigate(`/disclosure/notices/${o.noticeId}`)}>{o.noticeTitle}</a>
                  <span style={{ marginLeft: 'auto', paddingLeft: 12, color: '#666' }}>
                    {formatDateCn(o.receivedOn)} {o.objectorName}
                  </span>
                </List.Item>
              )}
            />
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
