/**
 * The member list's 导入花名册 and 导出花名册 buttons; the export takes the list's current filter.
 */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RosterExportInput } from '../../../shared/members/roster/schema';
import { saveDownload } from '../../api/platform';
import { errorMessage } from '../../components/form-errors';
import { JobProgress } from '../../jobs/JobProgress';
import { isCancelled, JOB_FROM_ROWS, useJob } from '../../jobs/useJob';

/** `count`: members in the current filter; a big roster is written by a job, with its progress bar. */
export function RosterButtons({ filter, count }: { filter: NonNullable<RosterExportInput>; count: number }) {
  const job = useJob();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);

  const exportRoster = async () => {
    setExporting(true);
    try {
      const file = await job.run('roster.export', filter, `导出会员花名册（${count} 人）`, [], count > JOB_FROM_ROWS * 5);
      const result = await saveDownload(file);
      if (result.saved) message.success('已导出会员花名册');
    } catch (e) {
      if (!isCancelled(e)) message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => navigate('/members/import')}>
        导入花名册
      </Button>
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportRoster()}>
        导出花名册
      </Button>
      {job.progress ? (
        <div style={{ minWidth: 260 }}>
          <JobProgress job={job.progress} onCancel={() => void job.cancel()} cancelRefused={job.cancelRefused} />
        </div>
      ) : null}
    </>
  );
}
