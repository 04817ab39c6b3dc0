/**
 * 评优评先: the year's honours recommended and awarded, filtered by level and state; register,
 * edit, export, import, the title list, and the 荣誉榜 for the 校务公开栏.
 */
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatDateCn } from '../../shared/domain/dates';
import { HONOUR_LEVELS, HONOUR_STATES, type Honour, type HonourLevel } from '../../shared/honours/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { openPrintView } from '../api/platform';
import { ListEditorButton } from '../activities/ListEditorModal';
import { useExportJob } from '../jobs/useExportJob';
import { errorMessage } from '../components/form-errors';
import { DeleteLink, ExportButton, ListToolbar, RecordTable, RowActions, RowLink, THIS_YEAR, usePaging, YearSelect } from '../components/list-page';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { ImportButtons } from '../import/ImportButtons';
import { HonourFormDrawer } from './HonourFormDrawer';

export const LEVEL_COLORS: Record<HonourLevel, string> = { 国家级: 'red', 省级: 'volcano', 市级: 'orange', 区县级: 'blue', 校级: 'default' };

export function honourBoardRoute(year: number): string {
  return `/print/honours/board/${year}`;
}

export function HonoursPage() {
  const { message } = App.useApp();
  const [year, setYear] = useState(THIS_YEAR);
  const [levels, setLevels] = useState<HonourLevel[]>([]);
  const [states, setStates] = useState<Honour['state'][]>([]);
  const [search, setSearch] = useState('');
  const { page, pageSize, filter, pagination } = usePaging();
  const [editing, setEditing] = useState<Honour | null | undefined>(undefined);
  const exportJob = useExportJob('export:honours', ['honours.export']);
  const list = useApiQuery('honours.list', { year, levels, states, search: search || undefined, page, pageSize }, { placeholderData: (p) => p });
  const titles = useApiQuery('honours.titles.get', undefined);
  const saveTitles = useApiMutation('honours.titles.update', ['honours.']);
  const remove = useApiMutation('honours.delete', ['honours.', 'report.']);

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
        <RowActions>
          <RowLink onClick={() => setEditing(h)}>编辑</RowLink>
          <DeleteLink
            title={`删除“${h.holder} · ${h.title}”？`}
            content={`${formatDateCn(h.awardedOn)}，${h.level}，${h.state}。删除后无法恢复。`}
            run={() => remove.mutateAsync({ id: h.id })}
            success="已删除该记录"
          />
        </RowActions>
      ),
    },
  ];

  const awarded = list.data?.rows.filter((r) => r.state === '获评').length ?? 0;
  return (
    <div>
      <PageHeader title="评优评先" subtitle="推荐与获评的各级荣誉、荣誉榜" />
      <ListToolbar
        actions={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              登记荣誉
            </Button>
            <Button icon={<PrinterOutlined />} onClick={printBoard}>
              打印荣誉榜
            </Button>
            <ExportButton busy={exportJob.running === 'honours.export'} onClick={() => void exportYear()} />
            <ImportButtons set="honours" invalidates={['honours.', 'report.']} />
            <ListEditorButton title="荣誉称号" itemWord="称号" items={titles.data} maxLength={30} saving={saveTitles.isPending} onSave={(items) => saveTitles.mutateAsync({ titles: items })} />
          </>
        }
      >
        <YearSelect value={year} years={list.data?.years} onChange={filter(setYear)} />
        <Select mode="multiple" allowClear placeholder="级别" aria-label="按级别筛选" style={{ minWidth: 140 }} value={levels} onChange={filter(setLevels)} options={HONOUR_LEVELS.map((l) => ({ value: l, label: l }))} maxTagCount="responsive" />
        <Select mode="multiple" allowClear placeholder="状态" aria-label="按状态筛选" style={{ minWidth: 110 }} value={states} onChange={filter(setStates)} options={HONOUR_STATES.map((s) => ({ value: s, label: s }))} />
        <SearchBox placeholder="姓名、称号或集体" aria-label="查找荣誉" style={{ width: 180 }} onSearch={filter(setSearch)} />
      </ListToolbar>
      {exportJob.panel}
      {list.data && levels.length === 0 && states.length === 0 && !search ? (
        <Typography.Paragraph type="secondary" data-testid="honours-summary">
          {year}年共 {list.data.total} 项{list.data.total <= pageSize ? `：获评 ${awarded} 项，推荐 ${list.data.total - awarded} 项` : ''}。
        </Typography.Paragraph>
      ) : null}
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <RecordTable<Honour>
        columns={columns}
        rows={list.data?.rows}
        loading={list.isFetching && !list.data}
        scrollX={930}
        emptyText={`${year}年还没有符合条件的评优评先记录`}
        pagination={pagination(list.data?.total ?? 0, '项')}
      />
      <HonourFormDrawer open={editing !== undefined} honour={editing ?? null} onClose={() => setEditing(undefined)} />
    </div>
  );
}
