/**
 * The member list's 导入花名册 and 导出花名册 buttons; the export takes the list's current filter.
 */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RosterExportInput } from '../../../shared/members/roster/schema';
import { useApi } from '../../api/context';
import { saveDownload } from '../../api/platform';
import { errorMessage } from '../../components/form-errors';

export function RosterButtons({ filter }: { filter: NonNullable<RosterExportInput> }) {
  const api = useApi();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);

  const exportRoster = async () => {
    setExporting(true);
    try {
      const result = await saveDownload(await api.call('roster.export', filter));
      if (result.saved) message.success('已导出会员花名册');
    } catch (e) {
      message.error(errorMessage(e));
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
    </>
  );
}
