/**
 * The dashboard's congress card: motions not yet answered, past their deadline, or rated 不满意,
 * across every session, so nothing is forgotten between meetings.
 */
import { Button, Card, Col, Empty, Row, Statistic, Tabs } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { MotionBriefList } from './MotionBriefList';

export function CongressDashboardCard() {
  const navigate = useNavigate();
  const overview = useApiQuery('congress.dashboard', undefined);
  const o = overview.data;
  return (
    <Card title="教代会提案" extra={<Button type="link" onClick={() => navigate('/congress')}>查看届次</Button>}>
      {overview.error ? <QueryError error={overview.error} /> : null}
      {o && o.total === 0 ? (
        <Empty description="还没有登记提案。">
          <Button type="primary" onClick={() => navigate('/congress')}>
            去登记届次和提案
          </Button>
        </Empty>
      ) : null}
      {o && o.total > 0 ? (
        <>
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title="待审查" value={o.pendingReview.length} suffix="件" />
            </Col>
            <Col span={6}>
              <Statistic title="未答复" value={o.unanswered.length} suffix="件" valueStyle={o.unanswered.length ? { color: '#d46b08' } : undefined} />
            </Col>
            <Col span={6}>
              <Statistic title="已超期" value={o.overdue.length} suffix="件" valueStyle={o.overdue.length ? { color: '#cf1322' } : undefined} />
            </Col>
            <Col span={6}>
              <Statistic title="不满意" value={o.unsatisfied.length} suffix="件" valueStyle={o.unsatisfied.length ? { color: '#cf1322' } : undefined} />
            </Col>
          </Row>
          <Tabs
            size="small"
            style={{ marginTop: 8 }}
            items={[
              { key: 'overdue', label: '已超期', children: <MotionBriefList items={o.overdue} empty="没有超期未答复的提案" showSession /> },
              { key: 'unanswered', label: '未答复', children: <MotionBriefList items={o.unanswered} empty="立案的提案都已答复" showSession /> },
              { key: 'unsatisfied', label: '不满意', children: <MotionBriefList items={o.unsatisfied} empty="没有不满意的提案" showSession /> },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
