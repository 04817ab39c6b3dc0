/**
 * Step 1: pick a roster file. Size is checked here before the file is read into the page.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { RosterSheet } from '../../../shared/members/roster/schema';
import { useApi } from '../../api/context';
import { errorMessage } from '../../components/form-errors';
import { downloadTemplate, readAsBase64, sizeProblem } from '../../import/file';
import { JobProgress } from '../../jobs/JobProgress';
import { isCancelled, JOB_FROM_BASE64_CHARS, useJob } from '../../jobs/useJob';

export interface PickedFile {
  fileName: string;
  contentBase64: string;
}

export function UploadStep({ onRead }: { onRead(file: PickedFile, sheet: RosterSheet): void }) {
  const api = useApi();
  const job = useJob();
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);

  const pick = async (file: File) => {
    setError(null);
    const problem = sizeProblem(file);
    if (problem) {
      setError(problem);
      return;
    }
    setReading(file.name);
    try {
      const picked = { fileName: file.name, contentBase64: await readAsBase64(file) };
      const sheet = await job.run('roster.read', picked, `读取花名册：${file.name}`, [], picked.contentBase64.length > JOB_FROM_BASE64_CHARS);
      onRead(picked, sheet);
    } catch (e) {
      if (!isCancelled(e)) setError(errorMessage(e));
    } finally {
      setReading(null);
    }
  };

  return (
    <div>
      <div>
        <Upload.Dragger
          disabled={reading !== null}
          accept=".xlsx,.xlsm,.csv,.xls,.et,.txt"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void pick(file);
            return Upload.LIST_IGNORE;
          }}
          aria-label="选择花名册文件"
          data-testid="roster-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击选择花名册文件，或把文件拖到这里</p>
          <p className="ant-upload-hint">
            支持 Excel 工作簿（.xlsx）和 CSV 文件（UTF-8 或 GBK 编码均可）。旧版 .xls 请先在 Excel/WPS 中另存为 .xlsx。
          </p>
        </Upload.Dragger>
      </div>
      {reading !== null ? (
        <div style={{ marginTop: 16 }}>
          {job.progress ? <JobProgress job={job.progress} onCancel={() => void job.cancel()} cancelRefused={job.cancelRefused} /> : <Typography.Text type="secondary">正在读取“{reading}”…</Typography.Text>}
        </div>
      ) : null}
      {error ? <Alert style={{ marginTop: 16 }} type="error" showIcon message="无法导入该文件" description={error} data-testid="roster-upload-error" /> : null}
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }} wrap gap={8}>
        <Typography.Text type="secondary">
          表格第一行可以是标题，程序会自动找到表头；合并单元格（如按教研组合并的部门）会分给所覆盖的每一行。
        </Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => {
            downloadTemplate(api).catch((e: unknown) => setError(errorMessage(e)));
          }}
        >
          下载导入模板
        </Button>
      </Flex>
    </div>
  );
}
