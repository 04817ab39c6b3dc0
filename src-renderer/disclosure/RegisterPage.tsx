/**
 * 校务公开台账: every notice, filtered by year, category, scope and state; export to xlsx.
 */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { NOTICE_STATES, SCOPES, type Notice, type NoticeState, type RegisterQuery } from '../../shared/disclosure/schema';
import { useApiQuery } from '../api/hooks';
import { useExportJob } from '../jobs/useExportJob';
import { formatDateCn } from '../../shared/domain/dates';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { useColumnSettings } from '../components/useColumnSettings';
import { ImportButtons } from '../import/ImportButtons';
import { NoticeStateTag } from './common';

type Scope = Notice['scope'];

export function RegisterPage() {
  const navigate = useNavigate();
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const [categories, setCategories] = useState<string[]>([]);
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [states, setStates] = useState<NoticeState[]>([]);
  const [search, setSearch] = useState('');
  const exportJob = useExportJob('export:disclosure.register', ['disclosure.register.export']);
  const debounced = search;
  const query: RegisterQuery = { year, categories, scopes, states, search: debounced || undefined };
  const list = useApiQuery('disclosure.notices.list', query, { placeholderData: (p) => p });
  const settings = useApiQuery('disclosure.settings.get', undefined);
  const years = Array.from(new Set([new Date().getFullYear(), ...(list.data?.years ?? [])])).sort((a, b) => b - a);

  const exportXlsx = () => exportJob.run('disclosure.register.export', query, '导出校务公开台账');

  const columns: ColumnsType<Notice> = [
    {
      title: '公示标题',
      dataIndex: 'title',
      width: 220,
      render: (t: string, n) => (
        <a data-testid="notice-title" onClick={() => navigate(`/disclosure/notices/${n.id}`)}>
          {t}
        </a>
      ),
    },
    { title: '类别', dataIndex: 'category', width: 120 },
    { title: '范围', dataIndex: 'scope', width: 90 },
    { title: '形式', dataIndex: 'kind', width: 70 },
    { title: '责任部门', dataIndex: 'responsibleUnit', width: 120 },
    { title: '发布日期', dataIndex: 'publishDate', width: 130, render: (d: string) => formatDateCn(d) },
    { title: '公示期截止', dataIndex: 'endDate', width: 130, render: (d: string) => formatDateCn(d) },
    { title: '状态', dataIndex: 'state', width: 100, render: (s: NoticeState) => <NoticeStateTag state={s} /> },
    {
      title: '异议',
      dataIndex: 'objectionCount',
      width: 110,
      render: (c: number, n) =>
        c === 0 ? '无' : n.openObjections > 0 ? <Tag color="orange">{`${n.openObjections} 条待处理`}</Tag> : `${c} 条`,
    },
  ];
  const columnSettings = useColumnSettings('disclosure.notices', columns);

  return (
    <div>
      <PageHeader
        title="校务公开台账"
        subtitle={list.data ? `共 ${list.data.rows.length} 则` : ' '}
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exportJob.running === 'disclosure.register.export'} onClick={() => void exportXlsx()}>
              导出台账（Excel）
            </Button>
            <ImportButtons set="notices" invalidates={['disclosure.']} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/disclosure/notices/new')}>
              新建公示
            </Button>
          </>
        }
      />
      {exportJob.panel}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="按年度筛选"
          style={{ width: 120 }}
          value={year ?? 0}
          onChange={(v: number) => setYear(v === 0 ? null : v)}
          options={[{ value: 0, label: '全部年度' }, ...years.map((y) => ({ value: y, label: `${y}年` }))]}
        />
        <Select
          aria-label="按类别筛选"
          mode="multiple"
          allowClear
          placeholder="公开类别"
          style={{ minWidth: 180 }}
          value={categories}
          onChange={setCategories}
          maxTagCount="responsive"
          options={(settings.data?.noticeCategories ?? []).map((c) => ({ value: c, label: c }))}
        />
        <Select
          aria-label="按公开范围筛选"
          mode="multiple"
          allowClear
          placeholder="公开范围"
          style={{ minWidth: 140 }}
          value={scopes}
          onChange={setScopes}
          options={SCOPES.map((s) => ({ value: s, label: s }))}
        />
        <Select
          aria-label="按状态筛选"
          mode="multiple"
          allowClear
          placeholder="状态"
          style={{ minWidth: 160 }}
          value={states}
          onChange={setStates}
          maxTagCount="responsive"
          options={NOTICE_STATES.map((s) => ({ value: s, label: s }))}
        />
        <SearchBox aria-label="查找公示" placeholder="标题或责任部门" style={{ width: 220 }} onSearch={setSearch} />
        <div style={{ marginLeft: 'auto' }}>{columnSettings.button}</div>
      </Flex>
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<Notice>
        rowKey="id"
        size="middle"
        dataSource={list.data?.rows ?? []}
        loading={list.isFetching && !list.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 则` }}
        locale={{ emptyText: '没有符合条件的公示。点击右上角“新建公示”登记一则。' }}
        onRow={(n) => ({ onDoubleClick: () => navigate(`/disclosure/notices/${n.id}`) })}
        columns={columnSettings.columns}
        scroll={columnSettings.scroll}
      />
    </div>
  );
}
