/**
 * 慰问记录: every visit, filtered by year, reason, department, name or over-standard; totals of
 * what is shown; register, batch, export and sign-off sheet from here.
 */
import { PlusOutlined, PrinterOutlined, TeamOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatDateCn } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import type { Visit } from '../../shared/welfare/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { useColumnSettings } from '../components/useColumnSettings';
import { ExportButton, ListToolbar, THIS_YEAR, usePaging, YearSelect } from '../components/list-page';
import { useExportJob } from '../jobs/useExportJob';
import { SignoffModal } from './SignoffModal';
import { VisitFormDrawer } from './VisitFormDrawer';
import { ImportButtons } from '../import/ImportButtons';
import { confirmAction } from '../components/confirm-action';


export function VisitsPage() {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [year, setYear] = useState<number>(THIS_YEAR);
  const [reasons, setReasons] = useState<string[]>([]);
  const [departments, setDepartments] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [overOnly, setOverOnly] = useState(false);
  const { page, pageSize, filter: reset, pagination } = usePaging([20, 50, 100, 200]);
  const [editing, setEditing] = useState<Visit | null | undefined>(undefined);
  const [signoffOpen, setSignoffOpen] = useState(false);
  const exportJob = useExportJob('export:welfare.visits', ['welfare.export']);
  const debounced = search;

  const list = useApiQuery(
    'welfare.visits.list',
    { year, reasons, departments, search: debounced || undefined, overStandardOnly: overOnly || undefined, page, pageSize },
    { placeholderData: (p) => p },
  );
  const stats = useApiQuery('welfare.stats', { year });
  const standards = useApiQuery('welfare.standards.get', undefined);
  const departmentOptions = useApiQuery('welfare.visits.departments', undefined);
  const remove = useApiMutation('welfare.visits.delete', ['welfare.']);

  const confirmDelete = (v: Visit) =>
    confirmAction({ modal, message }, {
      title: `删除对 ${v.displayName} 的慰问记录？`,
      content: `${formatDateCn(v.visitDate)} ${v.reason}，慰问金 ${formatFen(v.amountFen)}。删除后无法恢复。`,
      run: () => remove.mutateAsync({ id: v.id }),
      success: '已删除该慰问记录',
    });

  const exportYear = () => exportJob.run('welfare.export', { year }, `导出${year}年慰问登记表`);

  const columns: ColumnsType<Visit> = [
    { title: '慰问日期', dataIndex: 'visitDate', width: 130, render: (v: string) => formatDateCn(v) },
    {
      title: '慰问对象',
      dataIndex: 'displayName',
      width: 150,
      render: (name: string, v) => (
        <span data-testid="visit-name">
          {name}
          {v.memberId === null && v.recipientRelation ? <Typography.Text type="secondary">（{v.recipientRelation}）</Typography.Text> : null}
        </span>
      ),
    },
    { title: '部门', dataIndex: 'department', width: 110 },
    { title: '慰问事由', dataIndex: 'reason', width: 110 },
    { title: '慰问金', dataIndex: 'amountFen', width: 110, align: 'right', render: (f: number) => formatFen(f) },
    {
      title: '慰问品',
      dataIndex: 'goods',
      width: 170,
      ellipsis: true,
      render: (g: string | null, v) => (g ? `${g}${v.goodsValueFen ? `（${formatFen(v.goodsValueFen)}）` : ''}` : ''),
    },
    { title: '走访人员', dataIndex: 'visitors', width: 140, ellipsis: true },
    {
      title: '标准',
      dataIndex: 'overStandard',
      width: 90,
      render: (over: boolean, v) =>
        over ? (
          <Tooltip title={`${v.overStandardReasons ?? ''}${v.overStandardNote ? `（说明：${v.overStandardNote}）` : ''}`}>
            <Tag color="red">超标准</Tag>
          </Tooltip>
        ) : (
          <Tag color="green">符合</Tag>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_: unknown, v) => (
        <Space size={4}>
          <Button size="small" type="link" onClick={() => setEditing(v)}>
            编辑
          </Button>
          <Button size="small" type="link" danger onClick={() => confirmDelete(v)}>
            删除
          </Button>
        </Space>
      ),
    },
  ];

  // 走访人员 is one click away in 列设置: without it the list fits 1366×768 next to the menu.
  const settings = useColumnSettings('welfare.visits', columns, ['visitors']);
  const t = stats.data?.totals;
  return (
    <div>
      <ListToolbar
        actions={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              登记慰问
            </Button>
            <Button icon={<TeamOutlined />} onClick={() => navigate('/welfare/batch')}>
              批量慰问
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => setSignoffOpen(true)}>
              打印签收表
            </Button>
            <ExportButton busy={exportJob.running === 'welfare.export'} onClick={() => void exportYear()}>
              导出登记表
            </ExportButton>
            <ImportButtons set="visits" invalidates={['welfare.']} />
            {settings.button}
          </>
        }
      >
        <YearSelect value={year} years={stats.data?.years} onChange={reset(setYear)} />
        <Select
          mode="multiple"
          allowClear
          placeholder="慰问事由"
          aria-label="按慰问事由筛选"
          style={{ minWidth: 160 }}
          value={reasons}
          onChange={reset(setReasons)}
          options={(standards.data?.items ?? []).map((s) => ({ value: s.reason, label: s.reason }))}
          maxTagCount="responsive"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="部门"
          aria-label="按部门筛选"
          style={{ minWidth: 140 }}
          value={departments}
          onChange={reset(setDepartments)}
          options={(departmentOptions.data ?? []).map((d) => ({ value: d, label: d }))}
          maxTagCount="responsive"
        />
        <SearchBox
          placeholder="姓名或拼音首字母"
          aria-label="查找慰问对象"
          style={{ width: 200 }}
          onSearch={reset(setSearch)}
        />
        <Space>
          <Switch checked={overOnly} onChange={reset(setOverOnly)} aria-label="只看超标准" />
          <span>只看超标准</span>
        </Space>
      </ListToolbar>
      {exportJob.panel}
      {t ? (
        <Typography.Paragraph type="secondary" data-testid="year-summary">
          {year}年共慰问 {t.visits} 人次（{t.people} 人，{t.households} 户），发放慰问金 {formatFen(t.amountFen)}，慰问品折合 {formatFen(t.goodsValueFen)}
          {t.overStandard ? `；其中超标准 ${t.overStandard} 人次` : ''}。
        </Typography.Paragraph>
      ) : null}
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<Visit>
        rowKey="id"
        size="middle"
        columns={settings.columns}
        dataSource={list.data?.rows ?? []}
        loading={list.isFetching && !list.data}
        scroll={settings.scroll}
        locale={{ emptyText: `${year}年还没有符合条件的慰问记录` }}
        pagination={pagination(list.data?.total ?? 0, (total) => `共 ${total} 条，慰问金合计 ${formatFen(list.data?.amountFen ?? 0)}`)}
      />
      <VisitFormDrawer open={editing !== undefined} visit={editing ?? null} onClose={() => setEditing(undefined)} />
      <SignoffModal open={signoffOpen} onClose={() => setSignoffOpen(false)} />
    </div>
  );
}
