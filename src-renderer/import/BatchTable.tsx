/**
 * The table of 导入记录 every import shows (the roster's page and each record set's dialog): when,
 * which file, the counts, whether it was undone, and 撤销. What an undo does and says differs per
 * import, so the caller gives the confirmation and the one count column of its own.
 */
import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatTimestampCn } from '../../shared/domain/dates';

export interface BatchRow {
  id: number;
  fileName: string;
  importedAt: string;
  rows: number;
  created: number;
  skipped: number;
  undoneAt: string | null;
}

interface Props<B extends BatchRow> {
  batches: B[] | undefined;
  loading: boolean;
  /** 还没有导入过花名册 */
  emptyText: string;
  /** The file cell: the file name with its sheet or target. */
  fileLabel(batch: B): string;
  /** The count between 新增 and 跳过: 更新 for the roster, 已有 for a record set. */
  countColumn: { title: string; value(batch: B): number };
  onUndo(batch: B): void;
}

export function BatchTable<B extends BatchRow>({ batches, loading, emptyText, fileLabel, countColumn, onUndo }: Props<B>) {
  const columns: ColumnsType<B> = [
    { title: '导入时间', dataIndex: 'importedAt', width: 170, render: (v: string) => formatTimestampCn(v) },
    { title: '文件', dataIndex: 'fileName', ellipsis: true, render: (_: string, b) => fileLabel(b) },
    { title: '数据行', dataIndex: 'rows', width: 70 },
    { title: '新增', dataIndex: 'created', width: 60 },
    { title: countColumn.title, key: 'count', width: 60, render: (_: unknown, b) => countColumn.value(b) },
    { title: '跳过', dataIndex: 'skipped', width: 60 },
    {
      title: '状态',
      key: 'state',
      width: 200,
      render: (_: unknown, b) => (b.undoneAt ? <Tag>已于 {formatTimestampCn(b.undoneAt)} 撤销</Tag> : <Tag color="green">已导入</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_: unknown, b) =>
        b.undoneAt ? null : (
          <Button size="small" type="link" danger onClick={() => onUndo(b)}>
            撤销
          </Button>
        ),
    },
  ];
  return (
    <Table<B>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={batches ?? []}
      loading={loading}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText }}
    />
  );
}
