/**
 * 导入记录 of a record set: every import with its counts, and 撤销 to take a whole batch back out.
 * An undo the main process refuses (later records depend on the batch) shows its reason.
 */
import { App, Button, Modal, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { RECORD_SET_TITLES, type RecordImportBatch, type RecordSet } from '../../shared/import/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { formatTimestampCn } from '../../shared/domain/dates';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';

interface Props {
  set: RecordSet;
  open: boolean;
  invalidates: string[];
  onClose(): void;
}

export function RecordBatchList({ set, open, invalidates, onClose }: Props) {
  const { modal, message } = App.useApp();
  const batches = useApiQuery('import.batches', { set }, { enabled: open });
  const undo = useApiMutation('import.undo', [...invalidates, 'import.']);
  const title = RECORD_SET_TITLES[set];

  const confirmUndo = (batch: RecordImportBatch) => {
    modal.confirm({
      title: `撤销导入“${batch.fileName}”？`,
      content: `将删除这次导入新增的 ${batch.created} 条记录。导入前已有的记录不受影响。`,
      okText: '确认撤销',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const result = await undo.mutateAsync({ id: batch.id });
          message.success(`已撤销：删除 ${result.removed} 条${result.gone ? `（另有 ${result.gone} 条导入后已被手动删除）` : ''}`);
        } catch (error) {
          modal.error({ title: '不能撤销这次导入', content: errorMessage(error), okText: '知道了' });
        }
      },
    });
  };

  const columns: ColumnsType<RecordImportBatch> = [
    { title: '导入时间', dataIndex: 'importedAt', width: 170, render: (v: string) => formatTimestampCn(v) },
    { title: '文件', dataIndex: 'fileName', ellipsis: true, render: (v: string, b) => `${v}${b.target ? `（${b.target}）` : ''}` },
    { title: '数据行', dataIndex: 'rows', width: 70 },
    { title: '新增', dataIndex: 'created', width: 60 },
    { title: '已有', dataIndex: 'unchanged', width: 60 },
    { title: '跳过', dataIndex: 'skipped', width: 60 },
    {
      title: '状态',
      key: 'state',
      width: 190,
      render: (_: unknown, b) => (b.undoneAt ? <Tag>已于 {formatTimestampCn(b.undoneAt)} 撤销</Tag> : <Tag color="green">已导入</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      render: (_: unknown, b) =>
        b.undoneAt ? null : (
          <Button size="small" type="link" danger onClick={() => confirmUndo(b)}>
            撤销
          </Button>
        ),
    },
  ];

  return (
    <Modal open={open} width={980} title={`${title}导入记录`} footer={null} onCancel={onClose}>
      {batches.error ? <QueryError error={batches.error} onRetry={() => void batches.refetch()} /> : null}
      <Table<RecordImportBatch>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={batches.data ?? []}
        loading={batches.isFetching && !batches.data}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: `还没有导入过${title}` }}
      />
    </Modal>
  );
}
