/**
 * 困难职工档案: the register with its re-verification reminders (over 12 months since the last
 * check), the file form, quick re-verification and the printable 困难职工档案表.
 */
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Dropdown, Flex, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateCn } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import { HARDSHIP_LEVELS, HARDSHIP_STATUSES, REVERIFY_MONTHS, type HardshipDetail, type HardshipFile } from '../../shared/welfare/schema';
import { useApi } from '../api/context';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { useExportJob } from '../jobs/useExportJob';
import { openPrintView } from '../api/platform';
import { ImportButtons } from '../import/ImportButtons';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { useColumnSettings } from '../components/useColumnSettings';
import { errorMessage } from '../components/form-errors';
import { HardshipFormDrawer } from './HardshipFormDrawer';
import { confirmAction } from '../components/confirm-action';

type Status = HardshipFile['status'];
type Level = HardshipFile['level'];

const LEVEL_COLORS: Record<Level, string> = { 深度困难: 'red', 相对困难: 'orange', 意外致困: 'purple' };

export function printHardshipFile(file: { id: number; memberName: string }, mode: 'pdf' | 'print' = 'print') {
  return openPrintView({ route: `/print/welfare/hardship/${file.id}`, pageSize: 'A4', landscape: false, fileName: `困难职工档案表-${file.memberName}.pdf` }, mode);
}

function ReverifyModal({ file, onClose }: { file: HardshipFile | null; onClose(): void }) {
  const [form] = Form.useForm<{ verifiedOn: Dayjs; verifiedBy: string; notes?: string }>();
  const { message } = App.useApp();
  const reverify = useApiMutation('welfare.hardship.reverify', ['welfare.']);
  const submit = async () => {
    if (!file) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await reverify.mutateAsync({ id: file.id, verifiedOn: v.verifiedOn.format('YYYY-MM-DD'), verifiedBy: v.verifiedBy, notes: v.notes ?? null });
      message.success(`已记录 ${file.memberName} 档案的复核`);
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title={file ? `复核困难职工档案：${file.memberName}` : ''} open={file !== null} onCancel={onClose} onOk={() => void submit()} okText="记录复核" cancelText="取消" confirmLoading={reverify.isPending} destroyOnHidden>
      <p style={{ color: '#666' }}>上次核实：{formatDateCn(file?.verifiedOn)}，核实人 {file?.verifiedBy}。家庭情况有变化时，请改用“编辑”修改档案内容。</p>
      <Form form={form} layout="vertical" initialValues={{ verifiedOn: dayjs(), verifiedBy: file?.verifiedBy }} preserve={false}>
        <Form.Item name="verifiedOn" label="复核日期" rules={[{ required: true, message: '请选择复核日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="verifiedBy" label="核实人" rules={[{ required: true, whitespace: true, message: '请填写核实人' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="notes" label="复核情况">
          <Input.TextArea rows={2} maxLength={200} placeholder="例如：入户走访，家庭情况未变" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function HardshipPage() {
  const { modal, message } = App.useApp();
  const api = useApi();
  const [statuses, setStatuses] = useState<Status[]>(['在档']);
  const [levels, setLevels] = useState<Level[]>([]);
  const [search, setSearch] = useState('');
  const [dueOnly, setDueOnly] = useState(false);
  const [editing, setEditing] = useState<HardshipDetail | null | undefined>(undefined);
  const [reverifying, setReverifying] = useState<HardshipFile | null>(null);
  const exportJob = useExportJob('export:welfare.hardship', ['welfare.hardship.export']);
  const debounced = search;
  const query = { statuses, levels, search: debounced || undefined, dueOnly: dueOnly || undefined };
  const list = useApiQuery('welfare.hardship.list', query, { placeholderData: (p) => p });
  const counts = useApiQuery('welfare.stats', { year: dayjs().year() });
  const remove = useApiMutation('welfare.hardship.delete', ['welfare.']);
  const due = counts.data?.hardshipFiles.reverifyDue ?? 0;

  const edit = async (f: HardshipFile) => {
    try {
      setEditing(await api.call('welfare.hardship.get', { id: f.id }));
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const exportXlsx = () => exportJob.run('welfare.hardship.export', query, '导出困难职工档案');

  const confirmDelete = (f: HardshipFile) =>
    confirmAction({ modal, message }, {
      title: `删除 ${f.memberName} 的困难职工档案？`,
      content: '删除后无法恢复。家庭已脱困或调离时，一般应把档案状态改为“脱困”或“退出”，档案会保留。',
      run: () => remove.mutateAsync({ id: f.id }),
      success: '已删除该档案',
    });

  const columns: ColumnsType<HardshipFile> = [
    { title: '姓名', dataIndex: 'memberName', width: 100, render: (n: string) => <span data-testid="hardship-name">{n}</span> },
    { title: '部门', dataIndex: 'department', width: 110 },
    { title: '困难类别', dataIndex: 'level', width: 100, render: (l: Level) => <Tag color={LEVEL_COLORS[l]}>{l}</Tag> },
    { title: '主要致困原因', dataIndex: 'mainCause', width: 130 },
    { title: '次要原因', dataIndex: 'secondaryCauses', width: 170, render: (c: string[]) => c.join('、') },
    { title: '家庭人口', dataIndex: 'householdSize', width: 80, render: (n: number) => `${n} 人` },
    { title: '人均月收入', dataIndex: 'perCapitaIncomeFen', width: 110, align: 'right', render: (f: number) => formatFen(f) },
    {
      title: '核实',
      dataIndex: 'verifiedOn',
      width: 190,
      render: (d: string, f) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDateCn(d)}
          {f.reverifyDue ? (
            <Tag color="red" style={{ marginLeft: 6 }}>
              待复核
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 130,
      render: (s: Status, f) => (
        <span>
          <Tag color={s === '在档' ? 'blue' : 'default'}>{s}</Tag>
          {f.statusDate ? <div style={{ fontSize: 12, color: '#888', whiteSpace: 'nowrap' }}>{formatDateCn(f.statusDate)}</div> : null}
        </span>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_: unknown, f) => (
        <Space size={4}>
          <Button size="small" type="link" onClick={() => void edit(f)}>
            编辑
          </Button>
          {f.status === '在档' ? (
            <Button size="small" type="link" onClick={() => setReverifying(f)}>
              复核
            </Button>
          ) : null}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'print', icon: <PrinterOutlined />, label: '打印档案表', onClick: () => void printHardshipFile(f) },
                { key: 'delete', danger: true, label: '删除', onClick: () => confirmDelete(f) },
              ],
            }}
          >
            <Button size="small" type="link">
              更多
            </Button>
          </Dropdown>
        </Space>
      ),
    },
  ];

  // 次要原因 and 家庭人口 are one click away in 列设置: without them the list fits 1366×768.
  const settings = useColumnSettings('welfare.hardship', columns, ['secondaryCauses', 'householdSize']);

  return (
    <div>
      {due > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`有 ${due} 份在档的困难职工档案超过 ${REVERIFY_MONTHS} 个月未复核`}
          description="困难职工档案应至少每年核实一次（入户走访、核对收入），请及时复核或更新档案状态。"
          action={<Button size="small" onClick={() => setDueOnly(true)}>只看待复核</Button>}
        />
      ) : null}
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <SearchBox placeholder="姓名或拼音首字母" aria-label="查找档案" style={{ width: 200 }} onSearch={setSearch} />
        <Select mode="multiple" allowClear placeholder="档案状态" aria-label="按档案状态筛选" style={{ minWidth: 140 }} value={statuses} onChange={setStatuses} options={HARDSHIP_STATUSES.map((value) => ({ value, label: value }))} />
        <Select mode="multiple" allowClear placeholder="困难类别" aria-label="按困难类别筛选" style={{ minWidth: 140 }} value={levels} onChange={setLevels} options={HARDSHIP_LEVELS.map((value) => ({ value, label: value }))} />
        <Space>
          <Switch checked={dueOnly} onChange={setDueOnly} aria-label="只看待复核" />
          <span>只看待复核</span>
        </Space>
        <Space style={{ marginLeft: 'auto' }}>
          {settings.button}
          <Button icon={<DownloadOutlined />} loading={exportJob.running === 'welfare.hardship.export'} onClick={() => void exportXlsx()}>
            导出
          </Button>
          <ImportButtons set="hardship" invalidates={['welfare.']} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            新建档案
          </Button>
        </Space>
      </Flex>
      {exportJob.panel}
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<HardshipFile>
        rowKey="id"
        size="middle"
        columns={settings.columns}
        dataSource={list.data ?? []}
        loading={list.isLoading}
        scroll={settings.scroll}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 份` }}
        locale={{ emptyText: '没有符合条件的困难职工档案' }}
      />
      <HardshipFormDrawer open={editing !== undefined} file={editing ?? null} onClose={() => setEditing(undefined)} />
      <ReverifyModal file={reverifying} onClose={() => setReverifying(null)} />
    </div>
  );
}
