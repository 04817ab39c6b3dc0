/**
 * The import dialog of a record set (慰问登记表, 代表名单…), opened from the area's page next to its
 * 导出 button: the one import wizard in a modal.
 */
import { Modal } from 'antd';
import { RECORD_SET_TITLES, type ImportOptions, type RecordSet } from '../../shared/import/schema';
import { ImportWizard } from './ImportWizard';
import type { LeftImport } from './left-imports';

interface Props {
  set: RecordSet;
  open: boolean;
  options: ImportOptions;
  /** What the import goes into, said in the title: 第五届. */
  target?: string;
  /** Query prefixes to refresh after an import (the area's lists). */
  invalidates: string[];
  onClose(): void;
  /** The wizard as it was left while its job ran: opened again at that step, following the job. */
  resume?: LeftImport | null;
}

export function RecordImportDialog({ set, open, options, target, invalidates, onClose, resume }: Props) {
  return (
    <Modal
      open={open}
      width={1180}
      title={`导入${RECORD_SET_TITLES[set]}${target ? `（${target}）` : ''}`}
      footer={null}
      destroyOnHidden
      maskClosable={false}
      onCancel={onClose}
    >
      <ImportWizard set={set} options={options} invalidates={invalidates} resume={resume} batchesWhere="在“导入记录”中" doneButton={{ label: '完成', onClick: onClose }} inDialog />
    </Modal>
  );
}
