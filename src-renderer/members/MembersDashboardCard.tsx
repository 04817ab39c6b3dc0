import { Button, Card, Col, Empty, Progress, Row, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';

export function MembersDashboardCard() {
  const navigate = useNavigate();
  const stats = useApiQuery('members.stats', undefined);
  const s = stats.data;
  const inRegister = s?.byStatus.find((x) => x.status === '在册')?.count ?? 0;
  const retired = s?.byStatus.find((x) => x.status === '退休')?.count ?? 0;
  const maxDept = Math.max(1, ...(s?.byDepartment.map((d) => d.count) ?? [1]));
  return (
    <Card title="会员" extra={<Button type="link" onClick={() => navigate('/members')}>查看花名册</Button>}>
      {stats.error ? <QueryError error={stats.error} /> : null}
      {s && s.total === 0 ? (
        <Empty description="还没有会员。">
          <Button type="primary" onClick={() => navigate('/members')}>
            去添加会员
          </Button>
        </Empty>
      ) : null}
      {s && s.total > 0 ? (
        <>
          <Row gutter={16}>
            <Col span={8}>
              <Statistic title="在册会员" value={inRegister} suffix="人" />
            </Col>
            <Col span={8}>
              <Statistic title="退休会员" value={retired} suffix="人" />
            </Col>
            <Col span={8}>
              <Statistic title="登记总数" value={s.total} suffix="人" />
            </Col>
          </Row>
          <Typography.Text type="secondary" style={{ display: 'block', margin: '16px 0 8px' }}>
            在册会员按部门
          </Typography.Text>
          {/* Every department, in the school's order (设置 → 部门顺序); a long list scrolls inside the card. */}
          <div style={{ maxHeight: 232, overflowY: 'auto', overflowX: 'hidden' }} aria-label="在册会员按部门">
            {s.byDepartment.map((d) => (
              <Row key={d.department} align="middle" gutter={8}>
                <Col span={6}>{d.department}</Col>
                <Col span={15}>
                  <Progress percent={(d.count / maxDept) * 100} showInfo={false} size="small" />
                </Col>
                <Col span={3} style={{ textAlign: 'right' }}>
                  {d.count} 人
                </Col>
              </Row>
            ))}
          </div>
        </>
      ) : null}
    </Card>
  );
}
