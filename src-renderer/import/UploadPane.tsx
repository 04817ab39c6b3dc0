/**
 * The wizard's first step: pick a file (its size checked before it is read into the page), or
 * download the set's template.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography, Upload } from 'antd';
import type { RecordSet } from '../../shared/import/schema';
import { useApi } from '../api/context';
import { errorMessage } from '../components/form-errors';
import { downloadTemplate } from './file';

interface Props {
  set: RecordSet;
  title: string;
  busy: boolean;
  error: string | null;
  onPick(file: File): void;
  onError(message: string): void;
}

export function UploadPane({ set, title, busy, error, onPick, onError }: Props) {
  const api = useApi();
  return (
    <div>
      <Upload.Dragger
        accept=".xlsx,.xlsm,.xls,.et,.csv,.txt"
        multiple={false}
        disabled={busy}
        showUploadList={false}
        beforeUpload={(f) => {
          onPick(f);
          return Upload.LIST_IGNORE;
        }}
        aria-label={`选择${title}文件`}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击选择{title}文件，或把文件拖到这里</p>
        <p className="ant-upload-hint">支持 Excel 工作簿（.xlsx、旧版 .xls）和 CSV 文件（UTF-8 或 GBK 编码均可）。</p>
      </Upload.Dragger>
      {error ? <Alert style={{ marginTop: 16 }} type="error" showIcon message="无法导入该文件" description={error} data-testid="import-upload-error" /> : null}
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }} wrap gap={8}>
        <Typography.Text type="secondary">表格上方可以有标题行，程序会自动找到表头；合并的单元格（如按教研组合并的部门）会分给所覆盖的每一行。</Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => {
            downloadTemplate(api, set).catch((e: unknown) => onError(errorMessage(e)));
          }}
        >
          下载导入模板
        </Button>
      </Flex>
    </div>
  );
}
