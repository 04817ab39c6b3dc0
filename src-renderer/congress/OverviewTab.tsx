/**
 * 概况 of a session: counts by state, category and rating, and the motions that need chasing.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Statistic, Table, Tag } from 'antd';
import type { MotionState, Session, UnitStats } from '../../shared/congress/schema';
import { useApiQuery } from '../api/hooks';
import { openPrintView } from '../api/platform';
import { errorMessage } from '../components/form-errors';
import { QueryError } from '../components/QueryError';
import { MotionBriefList } from './MotionBriefList';
import { MotionStateTag } from './MotionStateTag';

export function OverviewTab({ session }: { session: Session }) {
  const overview = useApiQuery('congress.overview', { sessionId: session.id });
  const units = useApiQuery('congress.unitStats', { sessionId: session.id });
  const { message } = App.useApp();
  const overdueCount = (units.data ?? []).reduce((n, u) => n + u.overdue, 0);
  const printUrge = () =>
    void openPrintView(
      { route: `/print/congress/sessions/${session.id}/urge`, pageSize: 'A4', landscape: false, fileName: `${session.name}提案催办单.pdf` },
      'pdf',
    ).catch((e: unknown) => message.error(errorMessage(e)));
  const o = overview.data;
  if (overview.error) return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  if (!o) return null;
  const count = (state: string) => o.byState.find((s) => s.state === state)?.count ?? 0;
  const filed = count('办理中') + count('待反馈') + count('已办结');
  return (
    <div>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={4}>
          <Statistic title="提案总数" value={o.total} suffix="件" />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="立案" value={filed} suffix="件" />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="已办结" value={count('已办结')} suffix="件" />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="未答复" value={o.unanswered.length} suffix="件" valueStyle={o.unanswered.length ? { color: '#d46b08' } : undefined} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="已超期" value={o.overdue.length} suffix="件" valueStyle={o.overdue.length ? { color: '#cf1322' } : undefined} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="优秀提案" value={o.excellent} suffix="件" />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title="按办理状态">
            <Table
              size="small"
              rowKey="state"
              pagination={false}
              dataSource={o.byState}
              columns={[
                { title: '状态', dataIndex: 'state', render: (s: MotionState) => <MotionStateTag state={s} /> },
                { title: '件数', dataIndex: 'count', width: 80 },
              ]}
            />
            <div style={{ marginTop: 8, color: '#666' }}>其中逾期提交 {o.late} 件</div>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title="按类别">
            <Table
              size="small"
              rowKey="category"
              pagination={false}
              dataSource={o.byCategory}
              locale={{ emptyText: '暂无提案' }}
              columns={[
                { title: '类别', dataIndex: 'category' },
                { title: '件数', dataIndex: 'count', width: 80 },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title="提案人反馈">
            {o.byRating.map((r) => (
              <div key={r.rating} style={{ display: 'flex', justifyContent: 'space-between', padding: '4px 0' }}>
                <Tag color={r.rating === '不满意' ? 'red' : r.rating === '满意' ? 'green' : 'blue'}>{r.rating}</Tag>
                <span>{r.count} 件</span>
              </div>
            ))}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`待审查（${o.pendingReview.length}）`}>
            <MotionBriefList items={o.pendingReview} empty="没有待审查的提案" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`立案未答复（${o.unanswered.length}）`}>
            <MotionBriefList items={o.unanswered} empty="立案的提案都已答复" testId="unanswered-list" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`超过答复期限（${o.overdue.length}）`}>
            <MotionBriefList items={o.overdue} empty="没有超期未答复的提案" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`提案人不满意（${o.unsatisfied.length}）`}>
            <MotionBriefList items={o.unsatisfied} empty="没有不满意的提案" />
          </Card>
        </Col>
        <Col span={24}>
          <Card
            size="small"
            title="承办部门办理情况"
            extra={
              <Button size="small" icon={<PrinterOutlined />} disabled={overdueCount === 0} onClick={printUrge} title={overdueCount === 0 ? '没有超过答复期限的提案' : undefined}>
                打印催办单{overdueCount > 0 ? `（${overdueCount}件）` : ''}
              </Button>
            }
          >
            <Table<UnitStats[number]>
              rowKey="unit"
              size="small"
              pagination={false}
              data-testid="unit-stats"
              dataSource={units.data ?? []}
              locale={{ emptyText: '还没有立案的提案' }}
              columns={[
                { title: '承办部门', dataIndex: 'unit' },
                { title: '立案件数', dataIndex: 'received', width: 90 },
                { title: '已答复', dataIndex: 'answered', width: 80 },
                { title: '按期答复', dataIndex: 'onTime', width: 90, render: (n: number, r) => `${n}（${r.received ? Math.round((n * 100) / r.received) : 0}%）` },
                { title: '办理中', dataIndex: 'open', width: 80 },
                { title: '已超期', dataIndex: 'overdue', width: 80, render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
                { title: '满意', dataIndex: 'satisfied', width: 70 },
                { title: '基本满意', dataIndex: 'basicallySatisfied', width: 90 },
                { title: '不满意', dataIndex: 'unsatisfied', width: 80 },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
