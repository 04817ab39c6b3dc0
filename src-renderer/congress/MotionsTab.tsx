/**
 * 提案 of a session: the list with state filters, new motion, 提案汇总表 export, batch printing of
 * 提案表 and of the chosen motions' 答复反馈单, and the 提案汇编.
 */
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MOTION_STATES, type Motion, type MotionState, type Session } from '../../shared/congress/schema';
import { useApiQuery } from '../api/hooks';
import { useExportJob } from '../jobs/useExportJob';
import { openPrintView } from '../api/platform';
import { formatDateCn } from '../../shared/domain/dates';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { useColumnSettings } from '../components/useColumnSettings';
import { errorMessage } from '../components/form-errors';
import { MotionFormDrawer } from './MotionFormDrawer';
import { MotionStateTag } from './MotionStateTag';
import { ImportButtons } from '../import/ImportButtons';

export function MotionsTab({ session }: { session: Session }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [states, setStates] = useState<MotionState[]>([]);
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const exportJob = useExportJob('export:congress.motions', ['congress.export']);
  const [selected, setSelected] = useState<number[]>([]);
  const q = search;
  const list = useApiQuery('congress.motions.list', { sessionId: session.id, states, search: q || undefined }, { placeholderData: (p) => p });

  const exportXlsx = () => exportJob.run('congress.export', { sessionId: session.id }, `导出${session.name}提案汇总表`);

  const printAll = () =>
    void openPrintView(
      { route: `/print/congress/sessions/${session.id}/motions`, pageSize: 'A4', landscape: false, fileName: `${session.name}提案表.pdf` },
      'pdf',
    ).catch((e: unknown) => message.error(errorMessage(e)));

  const printReplies = () => {
    // In the list's order, whatever order the boxes were ticked in.
    const order = (list.data ?? []).map((m) => m.id).filter((id) => selected.includes(id));
    void openPrintView(
      { route: `/print/congress/sessions/${session.id}/replies?ids=${order.join(',')}`, pageSize: 'A4', landscape: false, fileName: `${session.name}提案答复反馈单（${order.length}件）.pdf` },
      'pdf',
    ).catch((e: unknown) => message.error(errorMessage(e)));
  };

  const printCompilation = () =>
    void openPrintView(
      { route: `/print/congress/sessions/${session.id}/compilation`, pageSize: 'A4', landscape: false, fileName: `${session.name}提案汇编.pdf` },
      'pdf',
    ).catch((e: unknown) => message.error(errorMessage(e)));

  const shownSelected = selected.filter((id) => (list.data ?? []).some((m) => m.id === id));

  const columns: ColumnsType<Motion> = [
    { title: '编号', dataIndex: 'number', width: 90 },
    {
      title: '案由',
      dataIndex: 'title',
      render: (title: string, m) => (
        <>
          <Typography.Link onClick={() => navigate(`/congress/motions/${m.id}`)} data-testid="motion-title">
            {title}
          </Typography.Link>
          {m.late ? <Tag style={{ marginLeft: 6 }}>逾期提交</Tag> : null}
          {m.excellent ? <Tag color="gold" style={{ marginLeft: 6 }}>优秀提案</Tag> : null}
        </>
      ),
    },
    { title: '提案人', dataIndex: 'proposerName', width: 90 },
    { title: '附议人', dataIndex: 'cosigners', width: 160, ellipsis: true, render: (c: Motion['cosigners']) => c.map((x) => x.name).join('、') },
    { title: '类别', dataIndex: 'category', width: 90 },
    { title: '承办部门', dataIndex: 'leadUnit', width: 110 },
    { title: '答复期限', dataIndex: 'deadline', width: 130, render: (v: string | null) => formatDateCn(v) },
    { title: '状态', dataIndex: 'state', width: 150, render: (s: MotionState, m) => <MotionStateTag state={s} overdue={m.overdue} /> },
    { title: '反馈', dataIndex: 'rating', width: 90, render: (r: Motion['rating']) => (r ? <Tag color={r === '不满意' ? 'red' : 'green'}>{r}</Tag> : null) },
  ];
  const columnSettings = useColumnSettings('congress.motions', columns);

  return (
    <div>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <SearchBox placeholder="编号、案由、提案人或承办部门" style={{ width: 280 }} onSearch={setSearch} aria-label="查找提案" />
        <Select
          mode="multiple"
          allowClear
          placeholder="办理状态"
          style={{ minWidth: 200 }}
          value={states}
          onChange={setStates}
          options={MOTION_STATES.map((s) => ({ value: s, label: s }))}
          aria-label="按办理状态筛选"
        />
        <Flex gap={8} style={{ marginLeft: 'auto' }}>
          <Button icon={<DownloadOutlined />} loading={exportJob.running === 'congress.export'} onClick={() => void exportXlsx()} disabled={session.motionCount === 0}>
            导出提案汇总表
          </Button>
          <ImportButtons set="motions" options={{ sessionId: session.id }} target={session.name} invalidates={['congress.']} />
          <Button icon={<PrinterOutlined />} onClick={printAll} disabled={session.motionCount === 0}>
            批量打印提案表
          </Button>
          <Button icon={<PrinterOutlined />} onClick={printReplies} disabled={shownSelected.length === 0} title={shownSelected.length === 0 ? '先在列表中勾选提案' : undefined}>
            打印答复反馈单{shownSelected.length > 0 ? `（${shownSelected.length}）` : ''}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={printCompilation} disabled={session.motionCount === 0}>
            提案汇编
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新提案
          </Button>
          {columnSettings.button}
        </Flex>
      </Flex>
      {exportJob.panel}
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<Motion>
        rowKey="id"
        size="middle"
        rowSelection={{ selectedRowKeys: shownSelected, onChange: (keys) => setSelected(keys.map(Number)), preserveSelectedRowKeys: true }}
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 件` }}
        locale={{ emptyText: search || states.length ? '没有符合条件的提案' : '还没有提案，点击“新提案”登记' }}
        columns={columnSettings.columns}
        scroll={columnSettings.scroll}
      />
      <MotionFormDrawer open={adding} session={session} onClose={() => setAdding(false)} onSaved={(m) => navigate(`/congress/motions/${m.id}`)} />
    </div>
  );
}
