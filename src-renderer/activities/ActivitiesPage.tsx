/**
 * 活动: the year's union activities, filtered by type or a word; register, edit, print the
 * 活动记录表 (with photos), export the year, import a register, edit the type list.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Activity } from '../../shared/activities/schema';
import { formatDateCn } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { openPrintView } from '../api/platform';
import { useExportJob } from '../jobs/useExportJob';
import { errorMessage } from '../components/form-errors';
import { DeleteLink, ExportButton, ListToolbar, RecordTable, RowActions, RowLink, THIS_YEAR, usePaging, YearSelect } from '../components/list-page';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { ImportButtons } from '../import/ImportButtons';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { ListEditorButton } from './ListEditorModal';

export function dateRange(start: string, end: string | null): string {
  return end ? `${formatDateCn(start)}至${formatDateCn(end)}` : formatDateCn(start);
}

export function activityPrintRoute(id: number): string {
  return `/print/activities/${id}`;
}

export function ActivitiesPage() {
  const { message } = App.useApp();
  const [year, setYear] = useState(THIS_YEAR);
  const [types, setTypes] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const { page, pageSize, filter, pagination } = usePaging();
  const [editing, setEditing] = useState<Activity | null | undefined>(undefined);
  const exportJob = useExportJob('export:activities', ['activities.export']);
  const list = useApiQuery('activities.list', { year, types, search: search || undefined, page, pageSize }, { placeholderData: (p) => p });
  const typeList = useApiQuery('activities.types.get', undefined);
  const saveTypes = useApiMutation('activities.types.update', ['activities.']);
  const remove = useApiMutation('activities.delete', ['activities.', 'report.']);

  const print = (a: Activity) =>
    void openPrintView({ route: activityPrintRoute(a.id), pageSize: 'A4', landscape: false, fileName: `活动记录表-${a.name}.pdf` }, 'print').catch((e: unknown) =>
      message.error(errorMessage(e)),
    );
  const exportYear = () => exportJob.run('activities.export', { year }, `导出${year}年工会活动记录`);

  const columns: ColumnsType<Activity> = [
    { title: '活动日期', dataIndex: 'startDate', width: 150, render: (_: string, a) => dateRange(a.startDate, a.endDate) },
    { title: '活动名称', dataIndex: 'name', width: 220, ellipsis: true, render: (n: string) => <span data-testid="activity-name">{n}</span> },
    { title: '活动类型', dataIndex: 'type', width: 130 },
    { title: '地点', dataIndex: 'place', width: 120, ellipsis: true },
    { title: '参加人数', dataIndex: 'participants', width: 90, align: 'right', render: (n: number) => `${n} 人` },
    { title: '活动经费', dataIndex: 'spendingFen', width: 110, align: 'right', render: (f: number) => (f ? formatFen(f) : '') },
    { title: '照片', key: 'photos', width: 60, align: 'right', render: (_: unknown, a) => (a.attachments.length ? `${a.attachments.length} 张` : '') },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_: unknown, a) => (
        <RowActions>
          <RowLink onClick={() => setEditing(a)}>编辑</RowLink>
          <RowLink onClick={() => print(a)}>记录表</RowLink>
          <DeleteLink
            title={`删除活动“${a.name}”？`}
            content={`${dateRange(a.startDate, a.endDate)}，${a.attachments.length ? `连同 ${a.attachments.length} 张照片，` : ''}删除后无法恢复。`}
            run={() => remove.mutateAsync({ id: a.id })}
            success="已删除该活动"
          />
        </RowActions>
      ),
    },
  ];

  return (
    <div>
      <PageHeader title="工会活动" subtitle="文体、读书、培训、竞赛等活动的记录、照片与活动记录表" />
      <ListToolbar
        actions={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              登记活动
            </Button>
            <ExportButton busy={exportJob.running === 'activities.export'} onClick={() => void exportYear()} />
            <ImportButtons set="activities" invalidates={['activities.', 'report.']} />
            <ListEditorButton title="活动类型" itemWord="类型" items={typeList.data} maxLength={20} saving={saveTypes.isPending} onSave={(items) => saveTypes.mutateAsync({ types: items })} />
          </>
        }
      >
        <YearSelect value={year} years={list.data?.years} onChange={filter(setYear)} />
        <Select
          mode="multiple"
          allowClear
          placeholder="活动类型"
          aria-label="按活动类型筛选"
          style={{ minWidth: 180 }}
          value={types}
          onChange={filter(setTypes)}
          options={(typeList.data ?? []).map((t) => ({ value: t, label: t }))}
          maxTagCount="responsive"
        />
        <SearchBox placeholder="活动名称、地点或内容" aria-label="查找活动" style={{ width: 200 }} onSearch={filter(setSearch)} />
      </ListToolbar>
      {exportJob.panel}
      {list.data ? (
        <Typography.Paragraph type="secondary" data-testid="activities-summary">
          {year}年{types.length ? `（${types.join('、')}）` : ''}共 {list.data.total} 次活动，参加 {list.data.participants} 人次，活动经费 {formatFen(list.data.spendingFen)}。
        </Typography.Paragraph>
      ) : null}
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <RecordTable<Activity>
        columns={columns}
        rows={list.data?.rows}
        loading={list.isFetching && !list.data}
        scrollX={1050}
        emptyText={`${year}年还没有符合条件的活动记录`}
        pagination={pagination(list.data?.total ?? 0, '次')}
      />
      <ActivityFormDrawer open={editing !== undefined} activity={editing ?? null} onClose={() => setEditing(undefined)} />
    </div>
  );
}
