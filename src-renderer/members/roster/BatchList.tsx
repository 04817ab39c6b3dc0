/**
 * 导入记录: every import with its counts, and 撤销 to take a whole batch back out.
 */
import { App, Card } from 'antd';
import type { ImportBatch } from '../../../shared/members/roster/schema';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { QueryError } from '../../components/QueryError';
import { confirmAction } from '../../components/confirm-action';
import { BatchTable } from '../../import/BatchTable';

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

  return (
    <Card title="导入记录" size="small" style={{ marginTop: 24 }} data-testid="roster-batches">
      {batches.error ? <QueryError error={batches.error} onRetry={() => void batches.refetch()} /> : null}
      <BatchTable<ImportBatch>
        batches={batches.data}
        loading={batches.isFetching && !batches.data}
        emptyText="还没有导入过花名册"
        fileLabel={(b) => (b.sheet && b.sheet !== b.fileName ? `${b.fileName}（${b.sheet}）` : b.fileName)}
        countColumn={{ title: '更新', value: (b) => b.updated }}
        onUndo={confirmUndo}
      />
    </Card>
  );
}
