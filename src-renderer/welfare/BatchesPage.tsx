/**
 * 发放批次: each batch visit, its totals, its sign-off sheet; a batch entered by mistake can be
 * removed with all its visits.
 */
import { App, Button, Space, Table, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatDateCn } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import type { Batch } from '../../shared/welfare/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { printSignoff } from './SignoffModal';
import { confirmAction } from '../components/confirm-action';

export function BatchesPage() {
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const batches = useApiQuery('welfare.batches.list', undefined);
  const remove = useApiMutation('welfare.batches.delete', ['welfare.']);
  const confirmDelete = (b: Batch) =>
    confirmAction({ modal, message }, {
      title: `删除批次“${b.title}”？`,
      content: `将同时删除该批次的 ${b.visits} 条慰问记录（慰问金合计 ${formatFen(b.amountFen)}），删除后无法恢复。`,
      run: () => remove.mutateAsync({ id: b.id }),
      success: `已删除批次“${b.title}”`,
    });
  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => navigate('/welfare/batch')}>
          新建批量慰问
        </Button>
      </Space>
      {batches.error ? <QueryError error={batches.error} /> : null}
      <Table<Batch>
        rowKey="id"
        dataSource={batches.data ?? []}
        loading={batches.isLoading}
        locale={{ emptyText: '还没有批量慰问。春节、教师节慰问退休教师或困难职工时，可用“批量慰问”一次登记。' }}
        columns={[
          { title: '批次名称', dataIndex: 'title' },
          { title: '慰问日期', dataIndex: 'visitDate', width: 140, render: (v: string) => formatDateCn(v) },
          { title: '慰问事由', dataIndex: 'reason', width: 110 },
          { title: '人数', dataIndex: 'visits', width: 80, render: (n: number) => `${n} 人` },
          { title: '慰问金合计', dataIndex: 'amountFen', width: 130, align: 'right', render: (f: number) => formatFen(f) },
          { title: '慰问品合计', dataIndex: 'goodsValueFen', width: 130, align: 'right', render: (f: number) => formatFen(f) },
          { title: '标准', dataIndex: 'overStandard', width: 110, render: (n: number) => (n ? <Tag color="red">超标准 {n} 人</Tag> : <Tag color="green">符合</Tag>) },
          {
            title: '操作',
            key: 'actions',
            width: 200,
            render: (_: unknown, b) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => void printSignoff({ batchId: b.id })}>
                  打印签收表
                </Button>
                <Button size="small" type="link" danger onClick={() => confirmDelete(b)}>
                  删除批次
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
