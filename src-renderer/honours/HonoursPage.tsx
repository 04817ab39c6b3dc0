/**
 * 评优评先: the year's honours recommended and awarded, filtered by level and state; register,
 * edit, export, import, the title list, and the 荣誉榜 for the 校务公开栏.
 */
import { DownloadOutlined, PlusOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { formatDateCn } from '../../shared/domain/dates';
import { HONOUR_LEVELS, HONOUR_STATES, type Honour, type HonourLevel } from '../../shared/honours/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { useExportJob } from '../jobs/useExportJob';
import { openPrintView } from '../api/platform';
import { ListEditorModal } from '../activities/ListEditorModal';
import { confirmAction } from '../components/confirm-action';
import { errorMessage } from '../components/form-errors';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { ImportButtons } from '../import/ImportButtons';
import { HonourFormDrawer } from './HonourFormDrawer';

const THIS_YEAR = dayjs().year();

export const LEVEL_COLORS: Record<HonourLevel, string> = { 国家级: 'red', 省级: 'volcano', 市级: 'orange', 区县级: 'blue', 校级: 'default' };

export function honourBoardRoute(year: number): string {
  return `/print/honours/board/${year}`;
}

export function HonoursPage() {
  const { message, modal } = App.useApp();
  const [year, setYear] = useState(THIS_YEAR);
  const [levels, setLevels] = useState<HonourLevel[]>([]);
  const [states, setStates] = useState<Honour['state'][]>([]);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<Honour | null | undefined>(undefined);
  const [titlesOpen, setTitlesOpen] = useState(false);
  const exportJob = useExportJob('export:honours', ['honours.export']);
  const list = useApiQuery('honours.list', { year, levels, states, search: search || undefined, page, pageSize }, { placeholderData: (p) => p });
  const titles = useApiQuery('honours.titles.get', undefined);
  const saveTitles = useApiMutation('honours.titles.update', ['honours.']);
  const remove = useApiMutation('honours.delete', ['honours.', 'report.']);
  const years = [...new Set([THIS_YEAR, year, ...(list.data?.years ?? [])])].sort((a, b) => b - a);

  const exportYear = () => exportJob.run('honours.export', { year }, `导出${year}年评优评先记录`);
  const printBoard = () =>
    void openPrintView({ route: honourBoardRoute(year), pageSize: 'A4', landscape: false, fileName: `${year}年荣誉榜.pdf` }, 'print').catch((e: unknown) => message.error(errorMessage(e)));

  const columns: ColumnsType<Honour> = [
    { title: '获得日期', dataIndex: 'awardedOn', width: 130, render: (d: string) => formatDateCn(d) },
    {
      title: '获奖个人或集体',
      dataIndex: 'holder',
      width: 200,
      ellipsis: true,
      render: (h: string, r) => (
        <span data-testid="honour-holder">
          {h}
          {r.groupName ? <Tag style={{ marginLeft: 6 }}>集体</Tag> : null}
        </span>
      ),
    },
    { title: '荣誉称号', dataIndex: 'title', width: 170 },
    { title: '级别', dataIndex: 'level', width: 80, render: (l: HonourLevel) => <Tag color={LEVEL_COLORS[l]}>{l}</Tag> },
    { title: '授予单位', dataIndex: 'awardingBody', width: 160, ellipsis: true },
    { title: '状态', dataIndex: 'state', width: 70, render: (s: string) => <Tag color={s === '获评' ? 'green' : 'gold'}>{s}</Tag> },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_: unknown, h) => (
        <Space size={0}>
          <Button size="small" type="link" onClick={() => setEditing(h)}>
            编辑
          </Button>
          <Button
            size="small"
            type="link"
            danger
            onClick={() =>
              confirmAction({ modal, message }, {
                title: `删除“${h.holder} · ${h.title}”？`,
                content: `${formatDateCn(h.awardedOn)}，${h.level}，${h.state}。删除后无法恢复。`,
                run: () => remove.mutateAsync({ id: h.id }),
                success: '已删除该记录',
              })
            }
          >
            删除
          </Button>
        </Space>
      ),
    },
  ];

  const awarded = list.data?.rows.filter((r) => r.state === '获评').length ?? 0;
  return (
    <div>
      <PageHeader title="评优评先" subtitle="推荐与获评的各级荣誉、荣誉榜" />
      <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
        <Select aria-label="年度" value={year} onChange={(y: number) => (setYear(y), setPage(1))} options={years.map((y) => ({ value: y, label: `${y}年` }))} style={{ width: 110 }} />
        <Select mode="multiple" allowClear placeholder="级别" aria-label="按级别筛选" style={{ minWidth: 140 }} value={levels} onChange={(v: HonourLevel[]) => (setLevels(v), setPage(1))} options={HONOUR_LEVELS.map((l) => ({ value: l, label: l }))} maxTagCount="responsive" />
        <Select mode="multiple" allowClear placeholder="状态" aria-label="按状态筛选" style={{ minWidth: 110 }} value={states} onChange={(v: Honour['state'][]) => (setStates(v), setPage(1))} options={HONOUR_STATES.map((s) => ({ value: s, label: s }))} />
        <SearchBox placeholder="姓名、称号或集体" aria-label="查找荣誉" style={{ width: 180 }} onSearch={(t) => (setSearch(t), setPage(1))} />
        <Space style={{ marginLeft: 'auto' }} wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            登记荣誉
          </Button>
          <Button icon={<PrinterOutlined />} onClick={printBoard}>
            打印荣誉榜
          </Button>
          <Button icon={<DownloadOutlined />} loading={exportJob.running === 'honours.export'} onClick={() => void exportYear()}>
            导出
          </Button>
          <ImportButtons set="honours" invalidates={['honours.', 'report.']} />
          <Button icon={<SettingOutlined />} onClick={() => setTitlesOpen(true)}>
            荣誉称号
          </Button>
        </Space>
      </Flex>
      {exportJob.panel}
      {list.data && levels.length === 0 && states.length === 0 && !search ? (
        <Typography.Paragraph type="secondary" data-testid="honours-summary">
          {year}年共 {list.data.total} 项{list.data.total <= pageSize ? `：获评 ${awarded} 项，推荐 ${list.data.total - awarded} 项` : ''}。
        </Typography.Paragraph>
      ) : null}
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<Honour>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.rows ?? []}
        loading={list.isFetching && !list.data}
        scroll={{ x: 930 }}
        locale={{ emptyText: `${year}年还没有符合条件的评优评先记录` }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (t) => `共 ${t} 项`, onChange: (p, s) => (setPage(p), setPageSize(s)) }}
      />
      <HonourFormDrawer open={editing !== undefined} honour={editing ?? null} onClose={() => setEditing(undefined)} />
      <ListEditorModal open={titlesOpen} title="荣誉称号" itemWord="称号" items={titles.data} maxLength={30} saving={saveTitles.isPending} onSave={(items) => saveTitles.mutateAsync({ titles: items })} onClose={() => setTitlesOpen(false)} />
    </div>
  );
}
