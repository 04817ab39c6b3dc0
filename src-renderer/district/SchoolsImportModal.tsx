/**
 * 基层工会名单 from an Excel/WPS sheet or CSV: the file is checked first (what would be added,
 * updated, left alone; a bad row is named with its field), and saved only on 确认导入, all rows
 * or none.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { Output } from '../../shared/api/contract';
import { useApi } from '../api/context';
import { useApiMutation } from '../api/hooks';
import { saveDownload } from '../api/platform';
import { errorMessage } from '../components/form-errors';
import { readAsBase64, sizeProblem } from '../import/file';

type Checked = Output<'district.schools.import'>;
type Row = Checked['rows'][number];

const ACTION_COLORS: Record<Row['action'], string> = { 新增: 'green', 更新: 'blue', 无变化: 'default' };

export function SchoolsImportModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const commit = useApiMutation('district.schools.import', ['district.']);

  const reset = () => {
    setFile(null);
    setChecked(null);
    setError(null);
  };

  const pick = async (picked: File) => {
    reset();
    const problem = sizeProblem(picked);
    if (problem) return setError(problem);
    setReading(true);
    try {
      const f = { fileName: picked.name, contentBase64: await readAsBase64(picked) };
      setFile(f);
      setChecked(await api.call('district.schools.import', { ...f, dryRun: true }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setReading(false);
    }
  };

  const save = async () => {
    if (!file) return;
    try {
      const done = await commit.mutateAsync({ ...file, dryRun: false });
      message.success(`已导入基层工会名单：新增 ${done.added} 所，更新 ${done.updated} 所`);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const changes = checked ? checked.added + checked.updated : 0;
  return (
    <Modal
      open={open}
      title="从 Excel 导入基层工会名单"
      width={Math.min(760, window.innerWidth - 48)}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="ok" type="primary" disabled={!checked || changes === 0} loading={commit.isPending} onClick={() => void save()}>
          确认导入
        </Button>,
      ]}
    >
      <Upload.Dragger
        accept=".xlsx,.xlsm,.xls,.et,.csv,.txt"
        multiple={false}
        showUploadList={false}
        disabled={reading}
        beforeUpload={(f) => {
          void pick(f);
          return Upload.LIST_IGNORE;
        }}
        aria-label="选择基层工会名单文件"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{reading ? '正在读取…' : file ? `已选择“${file.fileName}”，点击或拖入可换一个文件` : '点击选择名单文件，或把文件拖到这里'}</p>
        <p className="ant-upload-hint">一行一所学校：学校名称（必填）、学校类型、联系人、联系电话、教职工人数、备注。名单中已有的学校按名称更新。</p>
      </Upload.Dragger>
      <Flex justify="flex-end" style={{ marginTop: 8 }}>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => {
            api
              .call('district.schools.template', undefined)
              .then(saveDownload)
              .catch((e: unknown) => setError(errorMessage(e)));
          }}
        >
          下载名单模板
        </Button>
      </Flex>
      {error ? <Alert style={{ marginTop: 12 }} type="error" showIcon message="无法导入该文件，名单没有改动" description={error} data-testid="schools-import-error" /> : null}
      {checked ? (
        <div style={{ marginTop: 12 }}>
          <Typography.Paragraph>
            检查通过：共 {checked.rows.length} 行，将新增 <b>{checked.added}</b> 所、更新 <b>{checked.updated}</b> 所
            {checked.rows.length - changes > 0 ? `，${checked.rows.length - changes} 所没有变化` : ''}。确认后才会保存。
          </Typography.Paragraph>
          <Table<Row>
            size="small"
            rowKey="row"
            dataSource={checked.rows}
            pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: '行号', dataIndex: 'row', width: 70 },
              { title: '学校名称', dataIndex: 'name' },
              { title: '处理', dataIndex: 'action', width: 90, render: (a: Row['action']) => <Tag color={ACTION_COLORS[a]}>{a}</Tag> },
            ]}
          />
        </div>
      ) : null}
    </Modal>
  );
}
