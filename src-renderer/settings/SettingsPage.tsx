/**
 * 设置: the branch's own facts (printed on boards and forms) and where the data and backups live.
 */
import { App, Button, Card, Descriptions, Form, Input, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { Input as ApiInput } from '../../shared/api/contract';
import { generalSettingsSchema, type GeneralSettingsInput } from '../../shared/settings/schema';
import { useApiQuery } from '../api/hooks';
import { saveDownload } from '../api/platform';
import { formatTimestampCn } from '../../shared/domain/dates';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';
import { zodRule } from '../components/zod-rule';
import { settingsSections } from './sections';
import { useSettingsForm } from './useSettingsForm';
import { confirmAction } from '../components/confirm-action';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJob';
import { RoleSection } from '../district/RoleSection';
import { useStoreRole } from '../district/role';

const shape = generalSettingsSchema.shape;

function sizeText(bytes: number): string {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function SettingsPage() {
  const { message, modal } = App.useApp();
  const { form, query: settings, save, submit } = useSettingsForm<'settings.get', 'settings.update', GeneralSettingsInput>({
    get: 'settings.get',
    update: 'settings.update',
    invalidates: ['settings.'],
    saved: '设置已保存',
    fields: Object.keys(shape),
  });
  const info = useApiQuery('system.info', undefined);
  // Backups and restores run as jobs (a large store takes seconds): the bar shows the pages copied.
  const job = useJob();
  const [running, setRunning] = useState<'backup' | 'export' | null>(null);
  const runBackup = async (kind: 'backup' | 'export') => {
    setRunning(kind);
    try {
      if (kind === 'backup') {
        const b = await job.run('system.backupNow', undefined, '立即备份', ['system.']);
        message.success(`已备份：${b.fileName}`);
      } else {
        const file = await job.run('system.exportBackup', undefined, '备份到其他位置');
        const r = await saveDownload(file);
        if (r.saved) message.success(r.path ? `已备份到：${r.path}` : `已生成备份文件：${file.fileName}`);
      }
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setRunning(null);
    }
  };
  // A district store keeps no school's registers: the areas' own settings are not shown there.
  const { isDistrict } = useStoreRole();

  const confirmRestore = (label: string, input: ApiInput<'system.restoreBackup'>) => {
    confirmAction({ modal, message }, {
      title: `用“${label}”恢复数据？`,
      content: '当前的全部数据将被这份备份替换。恢复前会先把当前数据另存为一份备份，万一选错还可以再恢复回来。',
      okText: '确认恢复',
      // A restore replaces every record: every cached query is stale afterwards.
      run: () => job.run('system.restoreBackup', input, `恢复数据：${label}`, ['']),
      success: (result) => `已恢复。恢复前的数据已另存为：${result.safetyCopy.fileName}`,
    });
  };

  const pickRestoreFile = (file: File) => {
    void file.arrayBuffer().then((buffer) => {
      let binary = '';
      const bytes = new Uint8Array(buffer);
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      confirmRestore(file.name, { uploadName: file.name, contentBase64: btoa(binary) });
    });
    return false;
  };

  return (
    <div style={{ maxWidth: 900 }}>
      <PageHeader title="设置" />
      {settings.error ? <QueryError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      <Card title={isDistrict ? '本单位' : '学校与工会'} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          {isDistrict ? '工会名称显示在窗口顶部。上级教育工会的名称填在“工会名称”中，例如：某某区教育工会。' : '这些信息会印在校务公开栏、提案表、签收表和导出的花名册上。'}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" style={{ maxWidth: 520 }}>
          <Form.Item name="schoolName" label={isDistrict ? '单位名称' : '学校名称'} rules={[zodRule(shape.schoolName)]}>
            <Input placeholder={isDistrict ? '例如：某某区教育局' : '例如：某某市第一中学'} maxLength={60} />
          </Form.Item>
          <Form.Item name="unionName" label="工会名称" rules={[zodRule(shape.unionName)]}>
            <Input placeholder={isDistrict ? '例如：某某区教育工会' : '例如：某某市第一中学工会委员会'} maxLength={60} />
          </Form.Item>
          {/* 校务公开's supervision channel belongs to a school, not to the district office. */}
          {isDistrict ? null : (
            <>
              <Form.Item name="supervisionPhone" label="监督电话" rules={[zodRule(shape.supervisionPhone)]}>
                <Input placeholder="校务公开监督电话" />
              </Form.Item>
              <Form.Item name="supervisionEmail" label="监督邮箱" rules={[zodRule(shape.supervisionEmail)]}>
                <Input placeholder="校务公开监督邮箱（可不填）" />
              </Form.Item>
            </>
          )}
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            保存设置
          </Button>
        </Form>
      </Card>
      <div style={{ marginBottom: 16 }}>
        <RoleSection />
      </div>
      <Card
        title="数据与备份"
        extra={
          <Space>
            <Button loading={running === 'export'} disabled={running !== null} onClick={() => void runBackup('export')}>
              备份到其他位置（U盘）
            </Button>
            <Button loading={running === 'backup'} disabled={running !== null} onClick={() => void runBackup('backup')}>
              立即备份
            </Button>
          </Space>
        }
      >
        {info.error ? <QueryError error={info.error} /> : null}
        {job.progress ? (
          <div style={{ marginBottom: 16 }}>
            <JobProgress job={job.progress} />
          </div>
        ) : null}
        {info.data ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered labelStyle={{ width: 120 }}>
              <Descriptions.Item label="数据文件">
                <Typography.Text copyable>{info.data.storePath}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="备份文件夹">
                <Typography.Text copyable>{info.data.backupDir}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="程序版本">
                {info.data.appVersion}（数据结构第 {info.data.schemaVersion} 版）
              </Descriptions.Item>
            </Descriptions>
            <Space wrap>
              <Typography.Text type="secondary">每次启动时自动备份（每天最多一次），保留最近 30 份。</Typography.Text>
              <Upload accept=".db" showUploadList={false} beforeUpload={pickRestoreFile}>
                <Button size="small">从备份文件恢复…</Button>
              </Upload>
            </Space>
            <Table
              size="small"
              rowKey="fileName"
              dataSource={info.data.backups}
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
              locale={{ emptyText: '还没有备份' }}
              columns={[
                { title: '备份文件', dataIndex: 'fileName' },
                { title: '时间', dataIndex: 'createdAt', width: 200, render: (v: string) => formatTimestampCn(v) },
                { title: '大小', dataIndex: 'sizeBytes', width: 100, render: (v: number) => sizeText(v) },
                {
                  title: '操作',
                  key: 'restore',
                  width: 90,
                  render: (_: unknown, b: { fileName: string }) => (
                    <Button size="small" type="link" onClick={() => confirmRestore(b.fileName, { fileName: b.fileName })}>
                      恢复
                    </Button>
                  ),
                },
              ]}
            />
          </Space>
        ) : null}
      </Card>
      {(isDistrict ? [] : settingsSections).map(({ key, Section }) => (
        <div key={key} style={{ marginTop: 16 }}>
          <Section />
        </div>
      ))}
    </div>
  );
}
