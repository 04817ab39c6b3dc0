/**
 * 接收记录: every ledger file received for the year. A school that sent again has its earlier
 * report kept here, with when it was made, received and replaced.
 */
import { Card, Table, Tag, Typography } from 'antd';
import type { ReportHistoryItem } from '../../shared/district/schema';
import { useApiQuery } from '../api/hooks';
import { formatTimestampCn } from '../../shared/domain/dates';
import { QueryError } from '../components/QueryError';

export function ReportHistory({ year, schoolId, title }: { year: number; schoolId?: number; title?: string }) {
  const history = useApiQuery('district.reports.history', { year, ...(schoolId ? { schoolId } : {}) });
  const items = history.data?.items ?? [];
  const resent = new Set(items.filter((i) => !i.current).map((i) => i.schoolId)).size;
  return (
    <Card
      size="small"
      title={title ?? `${year}年接收记录`}
      data-testid="report-history"
      extra={items.length ? <Typography.Text type="secondary">共 {items.length} 份{resent ? `，其中 ${resent} 所学校重新报送过` : ''}</Typography.Text> : null}
    >
      {history.error ? <QueryError error={history.error} onRetry={() => void history.refetch()} /> : null}
      <Table<ReportHistoryItem>
        rowKey="id"
        size="small"
        loading={history.isLoading}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: `还没有接收${year}年的台账` }}
        scroll={{ x: 860 }}
        onRow={(i) => ({ 'data-testid': 'history-row', 'data-current': i.current ? 'true' : 'false' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          ...(schoolId ? [] : [{ title: '学校', dataIndex: 'schoolName', width: 200 }]),
          { title: '文件', dataIndex: 'fileName', render: (n: string) => <span style={{ wordBreak: 'break-all' }}>{n}</span> },
          { title: '学校生成时间', dataIndex: 'exportedAt', width: 170, render: (v: string) => formatTimestampCn(v) },
          { title: '接收时间', dataIndex: 'receivedAt', width: 170, render: (v: string) => formatTimestampCn(v) },
          {
            title: '状态',
            key: 'state',
            width: 230,
            render: (_: unknown, i) =>
              i.current ? (
                <Tag color="green">现用</Tag>
              ) : (
                <span>
                  <Tag>已替换</Tag>
                  <Typography.Text type="secondary">{formatTimestampCn(i.replacedAt)} 被新报送的一份替换</Typography.Text>
                </span>
              ),
          },
        ]}
      />
    </Card>
  );
}
