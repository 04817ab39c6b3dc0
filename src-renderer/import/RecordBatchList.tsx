/**
 * The 导入记录 dialog of an area's page: the record set's batches with 撤销.
 */
import { Modal } from 'antd';
import { RECORD_SET_TITLES, type RecordSet } from '../../shared/import/schema';
import { RecordBatches } from './RecordBatches';

interface Props {
  set: RecordSet;
  open: boolean;
  invalidates: string[];
  onClose(): void;
}

export function RecordBatchList({ set, open, invalidates, onClose }: Props) {
  return (
    <Modal open={open} width={980} title={`${RECORD_SET_TITLES[set]}导入记录`} footer={null} onCancel={onClose}>
      <RecordBatches set={set} enabled={open} invalidates={invalidates} />
    </Modal>
  );
}
