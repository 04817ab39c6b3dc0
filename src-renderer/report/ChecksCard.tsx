/**
 * 台账检查: what a district check looks at, one line each — ✓ when the records show it, ✗ (or ⚠
 * for advice) when something is missing, with the count and a button to the page that fixes it.
 */
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Output } from '../../shared/api/contract';
import { QueryError } from '../components/QueryError';

type Checks = Output<'report.checks'>;
type CheckItem = Checks['items'][number];

const AREA_LABELS: Record<CheckItem['area'], string> = {
  members: '会员',
  congress: '教代会',
  disclosure: '校务公开',
  welfare: '慰问',
  dues: '会费',
  settings: '设置',
};

function isWarning(item: CheckItem): boolean {
  return (item as { level?: string }).level === 'warning';
}

export function CheckIcon({ item }: { item: CheckItem }) {
  if (item.ok) return <CheckCircleFilled style={{ color: '#2e7d32', fontSize: 18 }} aria-label="已符合" />;
  if (isWarning(item)) return <ExclamationCircleFilled style={{ color: '#ef6c00', fontSize: 18 }} aria-label="提醒" />;
  return <CloseCircleFilled style={{ color: '#c62828', fontSize: 18 }} aria-label="缺少" />;
}

export function ChecksCard({ year, checks, error, onRetry }: { year: number; checks: Checks | undefined; error: unknown; onRetry: () => void }) {
  const navigate = useNavigate();
  const items = checks?.items ?? [];
  const failing = items.filter((i) => !i.ok).length;
  return (
    <Card
      id="report-checks"
      size="small"
      title={`${year}年台账检查`}
      data-testid="report-checks"
      extra={
        checks ? (
          <Typography.Text type={failing ? 'danger' : 'success'}>
            {failing ? `${items.length} 项中 ${failing} 项待处理` : `${items.length} 项全部符合`}
          </Typography.Text>
        ) : null
      }
    >
      {error ? <QueryError error={error} onRetry={onRetry} /> : null}
      <List<CheckItem>
        size="small"
        loading={!checks && !error}
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            data-testid="check-item"
            data-ok={item.ok ? 'true' : 'false'}
            actions={
              item.ok
                ? []
                : [
                    <Button key="fix" size="small" type={isWarning(item) ? 'default' : 'primary'} ghost={!isWarning(item)} onClick={() => navigate(item.link)}>
                      去处理
                    </Button>,
                  ]
            }
          >
            <Flex gap={10} align="flex-start" style={{ minWidth: 0 }}>
              <span style={{ paddingTop: 2 }}>
                <CheckIcon item={item} />
              </span>
              <div style={{ minWidth: 0 }}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{item.title}</Typography.Text>
                  <Tag style={{ marginInlineEnd: 0 }}>{AREA_LABELS[item.area]}</Tag>
                  {!item.ok && item.count ? <Tag color={isWarning(item) ? 'orange' : 'red'}>待处理 {item.count}</Tag> : null}
                </Flex>
                {item.detail ? (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {item.detail}
                  </Typography.Text>
                ) : null}
              </div>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
