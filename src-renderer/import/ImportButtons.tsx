/**
 * 导入 and 导入记录 for an area's page, placed next to its 导出 button: the wizard and the batch list
 * of one record set.
 */
import { HistoryOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { leftImport, type LeftImport } from './left-imports';
import { RECORD_SET_TITLES, type ImportOptions, type RecordSet } from '../../shared/import/schema';
import { RecordBatchList } from './RecordBatchList';
import { RecordImportDialog } from './RecordImportDialog';

interface Props {
  set: RecordSet;
  options?: ImportOptions;
  target?: string;
  invalidates: string[];
  /** Why importing is not possible right now (e.g. no term chosen), shown on the disabled button. */
  disabledReason?: string;
}

export function ImportButtons({ set, options = {}, target, invalidates, disabledReason }: Props) {
  // An import left running on this page's last visit opens its wizard again, following the job.
  const [resume, setResume] = useState<LeftImport | null>(() => leftImport(set));
  const [wizard, setWizard] = useState(resume !== null);
  const [batches, setBatches] = useState(false);
  const importButton = (
    <Button icon={<UploadOutlined />} disabled={!!disabledReason} onClick={() => setWizard(true)} aria-label={`导入${RECORD_SET_TITLES[set]}`}>
      导入
    </Button>
  );
  return (
    <Space size={8}>
      {disabledReason ? <Tooltip title={disabledReason}>{importButton}</Tooltip> : importButton}
      <Button icon={<HistoryOutlined />} onClick={() => setBatches(true)} aria-label={`${RECORD_SET_TITLES[set]}导入记录`}>
        导入记录
      </Button>
      {wizard ? (
        <RecordImportDialog
          set={set}
          open
          options={options}
          target={target}
          invalidates={invalidates}
          resume={resume}
          onClose={() => {
            // Opened again later, the wizard starts afresh.
            setResume(null);
            setWizard(false);
          }}
        />
      ) : null}
      <RecordBatchList set={set} open={batches} invalidates={invalidates} onClose={() => setBatches(false)} />
    </Space>
  );
}
