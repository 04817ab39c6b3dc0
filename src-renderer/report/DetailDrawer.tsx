/**
 * The records behind one figure (report.detail), as a table in a drawer. A row with a page of its
 * own opens it; the figure and its list come from the same query, so the count always matches.
 */
import { RightOutlined } from '@ant-design/icons';
import { Button, Drawer, Table, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { FIGURE_LABELS } from '../../shared/report/schema';
import { useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import type { FigureClick } from './FigureTable';

type DetailRow = { id: string; cells: Record<string, string>; link: string | null };

export function DetailDrawer({ open, onClose }: { open: FigureClick | null; onClose: () => void }) {
  const navigate = useNavigate();
  const detail = useApiQuery('report.detail', { year: open?.year ?? 0, figure: open?.figure ?? 'members.total' }, { enabled: open !== null });
  const d = open ? detail.data : undefined;
  const hasLinks = Boolean(d?.rows.some((r) => r.link));
  return (
    <Drawer
      open={open !== null}
      onClose={onClose}
      // Wide enough for a motion's nine columns at 1366 px without a horizontal scroll bar.
      width={Math.max(360, Math.min(1200, window.innerWidth - 160))}
      title={d?.title ?? (open ? `${open.year}年 ${FIGURE_LABELS[open.figure]}` : '')}
      destroyOnClose
    >
      {detail.error ? <QueryError error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {hasLinks ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          点击一行打开该记录。
        </Typography.Paragraph>
      ) : null}
      <Table<DetailRow>
        rowKey="id"
        size="small"
        loading={detail.isFetching}
        dataSource={d?.rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` }}
        locale={{ emptyText: '没有记录' }}
        onRow={(row) => ({
          onClick: row.link ? () => navigate(row.link as string) : undefined,
          style: row.link ? { cursor: 'pointer' } : undefined,
          'data-testid': 'detail-row',
        })}
        columns={[
          ...(d?.columns ?? []).map((c) => ({
            key: c.key,
            title: c.label,
            render: (_: unknown, row: DetailRow) => row.cells[c.key] ?? '',
          })),
          ...(hasLinks
            ? [
                {
                  key: 'open',
                  title: '',
                  width: 72,
                  render: (_: unknown, row: DetailRow) =>
                    row.link ? (
                      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => navigate(row.link as string)}>
                        打开<RightOutlined />
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Drawer>
  );
}
