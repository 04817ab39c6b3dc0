/**
 * The dashboard's 台账检查 card: this year's checks that a district check would find missing,
 * each with its way to the page that fixes it, so the chair sees gaps long before December.
 */
import { Button, Card, Empty, Flex, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { CheckIcon } from './ChecksCard';

export function ReportDashboardCard() {
  const navigate = useNavigate();
  const year = dayjs().year();
  const checks = useApiQuery('report.checks', { year });
  const items = checks.data?.items ?? [];
  const failing = items.filter((i) => !i.ok);
  return (
    <Card
      title={`台账检查（${year}年）`}
      data-testid="dashboard-report-checks"
      extra={
        <Button type="link" onClick={() => navigate(`/report?year=${year}`)}>
          查看年度台账
        </Button>
      }
    >
      {checks.error ? <QueryError error={checks.error} /> : null}
      {checks.data && failing.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${items.length} 项检查全部符合`} />
      ) : null}
      {failing.length ? (
        <>
          <Typography.Text type="secondary">
            {items.length} 项中 {failing.length} 项待处理
          </Typography.Text>
          <List
            size="small"
            dataSource={failing}
            renderItem={(item) => (
              <List.Item
                actions={[
                  <Button key="fix" size="small" onClick={() => navigate(item.link)}>
                    去处理
                  </Button>,
                ]}
              >
                <Flex gap={8} align="flex-start" style={{ minWidth: 0 }}>
                  <span style={{ paddingTop: 2 }}>
                    <CheckIcon item={item} />
                  </span>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong>{item.title}</Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {item.detail}
                    </Typography.Text>
                  </div>
                </Flex>
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Card>
  );
}
