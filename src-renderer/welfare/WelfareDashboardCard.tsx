import { Alert, Button, Card, Col, Empty, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatFen } from '../../shared/domain/money';
import { useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { monthChart } from './charts';
import { EChart } from './EChart';

/** This year's visits and money, a month chart, and hardship files due for re-verification. */
export function WelfareDashboardCard() {
  const navigate = useNavigate();
  const year = dayjs().year();
  const stats = useApiQuery('welfare.stats', { year });
  const s = stats.data;
  const option = useMemo(() => (s ? monthChart(s) : null), [s]);
  return (
    <Card title={`慰问（${year}年）`} extra={<Button type="link" onClick={() => navigate('/welfare')}>查看慰问记录</Button>}>
      {stats.error ? <QueryError error={stats.error} /> : null}
      {s && s.hardshipFiles.reverifyDue > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${s.hardshipFiles.reverifyDue} 份困难职工档案超过 12 个月未复核`}
          action={<Button size="small" onClick={() => navigate('/welfare/hardship')}>去复核</Button>}
        />
      ) : null}
      {s ? (
        <Row gutter={16}>
          <Col span={6}>
            <Statistic title="慰问人次" value={s.totals.visits} />
          </Col>
          <Col span={6}>
            <Statistic title="慰问户数" value={s.totals.households} suffix="户" />
          </Col>
          <Col span={12}>
            <Statistic title="慰问金" value={formatFen(s.totals.amountFen)} />
          </Col>
        </Row>
      ) : null}
      {s && s.totals.visits === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="今年还没有慰问记录">
          <Button type="primary" onClick={() => navigate('/welfare')}>去登记慰问</Button>
        </Empty>
      ) : null}
      {s && option && s.totals.visits > 0 ? <EChart option={option} height={220} label={`${year}年各月慰问金与人次`} /> : null}
    </Card>
  );
}
