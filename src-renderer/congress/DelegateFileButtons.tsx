/**
 * 导入 / 导入记录 / 导出名单 of a term's delegates (代表名单.xlsx, read back by the delegate import).
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { chineseNumber } from '../../shared/congress/rules';
import { useApi } from '../api/context';
import { saveDownload } from '../api/platform';
import { errorMessage } from '../components/zod-rule';
import { ImportButtons } from '../import/ImportButtons';

export function DelegateFileButtons({ term }: { term: number }) {
  const api = useApi();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const exportList = async () => {
    setExporting(true);
    try {
      const result = await saveDownload(await api.call('congress.delegates.export', { term }));
      if (result.saved) message.success(`已导出第${chineseNumber(term)}届代表名单`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      <ImportButtons set="delegates" options={{ term }} target={`第${chineseNumber(term)}届`} invalidates={['congress.']} />
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>
        导出名单
      </Button>
    </>
  );
}
