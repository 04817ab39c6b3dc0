/**
 * 导入记录 of a record set: every import with its counts, and 撤销 to take a whole batch back out
 * (its new records deleted, the fields it changed put back). An undo the main process refuses
 * (later records depend on the batch) shows its reason. Shown on the roster's page and in each
 * area's 导入记录 dialog.
 */
import { App } from 'antd';
import { RECORD_SET_TITLES, RECORD_SET_UNITS, type RecordImportBatch, type RecordSet } from '../../shared/import/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';
import { BatchTable } from './BatchTable';
import { updatesExisting } from './wizard-text';

/** The file with its sheet (a CSV's sheet is the file's own name, not repeated) and its target. */
function fileLabel(b: RecordImportBatch): string {
  const sheet = b.sheet && b.sheet !== b.fileName && b.sheet !== b.fileName.replace(/\.[^.]+$/, '') ? `（${b.sheet}）` : '';
  return `${b.fileName}${sheet}${b.target ? `（${b.target}）` : ''}`;
}

interface Props {
  set: RecordSet;
  /** Whether to load the list now (a closed dialog does not). */
  enabled?: boolean;
  invalidates: string[];
}

export function RecordBatches({ set, enabled = true, invalidates }: Props) {
  const { modal, message } = App.useApp();
  const batches = useApiQuery('import.batches', { set }, { enabled });
  const undo = useApiMutation('import.undo', [...invalidates, 'import.']);
  const title = RECORD_SET_TITLES[set];
  const unit = RECORD_SET_UNITS[set];

  const confirmUndo = (batch: RecordImportBatch) => {
    const updated = batch.updated
      ? `，并把这次导入修改的 ${batch.updated} ${unit}的字段恢复为导入前的值（导入后又手动修改过的字段保留现值）`
      : '';
    modal.confirm({
      title: `撤销导入“${batch.fileName}”？`,
      content: `将删除这次导入新增的 ${batch.created} ${unit}${updated}。导入前已有的记录不受影响。`,
      okText: '确认撤销',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await undo.mutateAsync({ id: batch.id });
          message.success(
            `已撤销：删除 ${r.removed} ${unit}${r.gone ? `（另有 ${r.gone} ${unit}导入后已被手动删除）` : ''}${r.restored ? `，恢复字段 ${r.restored} 项` : ''}${r.kept ? `，${r.kept} 项导入后又被修改过，保留现值` : ''}`,
          );
        } catch (error) {
          modal.error({ title: '不能撤销这次导入', content: errorMessage(error), okText: '知道了' });
        }
      },
    });
  };

  return (
    <>
      {batches.error ? <QueryError error={batches.error} onRetry={() => void batches.refetch()} /> : null}
      <BatchTable<RecordImportBatch>
        batches={batches.data}
        loading={batches.isFetching && !batches.data}
        emptyText={`还没有导入过${title}`}
        fileLabel={fileLabel}
        countColumn={updatesExisting(set) ? { title: '更新', value: (b) => b.updated } : { title: '已有', value: (b) => b.unchanged }}
        onUndo={confirmUndo}
      />
    </>
  );
}
