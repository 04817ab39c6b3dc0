/**
 * 导入记录 of a record set: every import with its counts, and 撤销 to take a whole batch back out.
 * An undo the main process refuses (later records depend on the batch) shows its reason.
 */
import { App, Modal } from 'antd';
import { RECORD_SET_TITLES, type RecordImportBatch, type RecordSet } from '../../shared/import/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';
import { BatchTable } from './BatchTable';

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

  return (
    <Modal open={open} width={980} title={`${title}导入记录`} footer={null} onCancel={onClose}>
      {batches.error ? <QueryError error={batches.error} onRetry={() => void batches.refetch()} /> : null}
      <BatchTable<RecordImportBatch>
        batches={batches.data}
        loading={batches.isFetching && !batches.data}
        emptyText={`还没有导入过${title}`}
        fileLabel={(b) => `${b.fileName}${b.target ? `（${b.target}）` : ''}`}
        countColumn={{ title: '已有', value: (b) => b.unchanged }}
        onUndo={confirmUndo}
      />
    </Modal>
  );
}
