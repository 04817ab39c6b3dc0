/**
 * 导入记录: every import with its counts, and 撤销 to take a whole batch back out.
 */
import { App, Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ImportBatch } from '../../../shared/members/roster/schema';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatTimestampCn } from '../../../shared/domain/dates';
import { QueryError } from '../../components/QueryError';
import { confirmAction } from '../../components/confirm-action';

export function BatchList() {
  const { modal, message } = App.useApp();
  const batches = useApiQuery('roster.batches', undefined);
  const undo = useApiMutation('roster.undo', ['roster.', 'members.']);

  const confirmUndo = (batch: ImportBatch) => {
    confirmAction({ modal, message }, {
      title: `撤销导入“${batch.fileName}”？`,
      content: `将删除这次导入新增的 ${batch.created} 名会员，并把这次导入修改的 ${batch.updated} 名会员的字段恢复为导入前的值（导入后又手动修改过的字段保留现值）。`,
      okText: '确认撤销',
      run: () => undo.mutateAsync({ id: batch.id }),
      success: (result) => `已撤销：删除会员 ${result.removed} 人，恢复字段 ${result.restored} 项${result.kept ? `，${result.kept} 项导入后又被修改过，保留现值` : ''}`,
    });
  };

  const columns: ColumnsType<ImportBatch> = [
    { title: '导入时间', dataIndex: 'importedAt', width: 170, render: (v: string) => formatTimestampCn(v) },
    { title: '文件', dataIndex: 'fileName', ellipsis: true, render: (v: string, b) => (b.sheet && b.sheet !== v ? `${v}（${b.sheet}）` : v) },
    { title: '数据行', dataIndex: 'rows', width: 70 },
    { title: '新增', dataIndex: 'created', width: 60 },
    { title: '更新', dataIndex: 'updated', width: 60 },
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
          <Button size="small" type="link" danger onClick={() => confirmUndo(b)}>
            撤销
          </Button>
        ),
    },
  ];

  return (
    <Card title="导入记录" size="small" style={{ marginTop: 24 }} data-testid="roster-batches">
      {batches.error ? <QueryError error={batches.error} onRetry={() => void batches.refetch()} /> : null}
      <Table<ImportBatch>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={batches.data ?? []}
        loading={batches.isFetching && !batches.data}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有导入过花名册' }}
      />
    </Card>
  );
}
