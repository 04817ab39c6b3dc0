/**
 * 会员花名册: search by name, pinyin initials, ID or phone; filter; page through thousands of rows
 * on the server; add, view, edit, change status, delete.
 */
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Space, Switch, Table } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { memo, startTransition, useCallback, useMemo, useRef, useState } from 'react';
import { EMPLOYMENT_TYPES, GENDERS, MEMBER_STATUSES } from '../../shared/domain/labels';
import type { Member, MemberListQuery } from '../../shared/members/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { openPrintView } from '../api/platform';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { useColumnSettings } from '../components/useColumnSettings';
import { MemberDetailDrawer } from './MemberDetailDrawer';
import { MemberFormDrawer } from './MemberFormDrawer';
import { RosterButtons } from './roster/RosterButtons';
import { StatusChangeModal } from './StatusChangeModal';
import { rosterFilterToParams } from './print/roster-query';
import { memberColumns } from './member-columns';
import { confirmAction } from '../components/confirm-action';

type Status = Member['status'];
type EmploymentType = NonNullable<Member['employmentType']>;
type Gender = NonNullable<Member['gender']>;
type SortBy = NonNullable<MemberListQuery['sortBy']>;

/**
 * How long the box waits after a key before the list asks: none. A query on 50,000 members takes
 * about 20 ms, so asking at every key costs little, while any wait adds straight onto the time from
 * the last key to the answer (issue 12: within 150 ms). A Chinese input method's pinyin is still
 * not sent while it composes.
 */
const SEARCH_DELAY = 0;

const toOptions = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/**
 * The table on its own, memoised: typing in the search box, a query going in flight or a drawer
 * opening re-renders the page but not the table, which only re-renders when its rows, columns or
 * paging change.
 */
const MemberTable = memo(function MemberTable({
  columns,
  scroll,
  rows,
  total,
  page,
  pageSize,
  loading,
  emptyText,
  onChange,
}: {
  columns: ColumnsType<Member>;
  scroll: { x: number };
  rows: Member[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  emptyText: string;
  onChange(pagination: TablePaginationConfig, filters: unknown, sorter: SorterResult<Member> | SorterResult<Member>[]): void;
}) {
  // Rows are keyed by their place on the page, not by member: the next search's answer then reuses
  // the 20 rows' components and only their text changes. Keyed by id, every answer unmounted and
  // mounted 20 rows of Ant Design buttons, links and tags, and each mount registers its styles in
  // the document head: that was most of the time between the last keystroke and the answer shown.
  const slot = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  const pagination = useMemo<TablePaginationConfig>(
    () => ({ current: page, pageSize, total, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (n) => `共 ${n} 人` }),
    [page, pageSize, total],
  );
  const locale = useMemo(() => ({ emptyText }), [emptyText]);
  return (
    <Table<Member>
      rowKey={(m) => slot.get(m.id) ?? m.id}
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      onChange={onChange}
      scroll={scroll}
      sticky
      locale={locale}
      pagination={pagination}
    />
  );
});

interface FilterHandlers {
  departments(v: string[]): void;
  statuses(v: Status[]): void;
  employmentTypes(v: EmploymentType[]): void;
  genders(v: Gender[]): void;
}

/** The four filters, memoised: they re-render when a filter changes, not at every search answer. */
const FilterSelects = memo(function FilterSelects({
  departments,
  statuses,
  employmentTypes,
  genders,
  departmentOptions,
  on,
}: {
  departments: string[];
  statuses: Status[];
  employmentTypes: EmploymentType[];
  genders: Gender[];
  departmentOptions: string[] | undefined;
  on: FilterHandlers;
}) {
  return (
    <>
    <Select
      mode="multiple"
      allowClear
      placeholder="部门/教研组"
      style={{ minWidth: 160 }}
      value={departments}
      onChange={on.departments}
      options={toOptions(departmentOptions ?? [])}
      maxTagCount="responsive"
      aria-label="按部门筛选"
    />
    <Select
      mode="multiple"
      allowClear
      placeholder="会员状态"
      style={{ minWidth: 140 }}
      value={statuses}
      onChange={on.statuses}
      options={toOptions(MEMBER_STATUSES)}
      aria-label="按会员状态筛选"
    />
    <Select
      mode="multiple"
      allowClear
      placeholder="用工性质"
      style={{ minWidth: 130 }}
      value={employmentTypes}
      onChange={on.employmentTypes}
      options={toOptions(EMPLOYMENT_TYPES)}
      aria-label="按用工性质筛选"
    />
    <Select
      mode="multiple"
      allowClear
      placeholder="性别"
      style={{ minWidth: 100 }}
      value={genders}
      onChange={on.genders}
      options={toOptions(GENDERS)}
      aria-label="按性别筛选"
    />
    </>
  );
});

const FormDrawer = memo(MemberFormDrawer);
const DetailDrawer = memo(MemberDetailDrawer);
const StatusModal = memo(StatusChangeModal);

const NO_ROWS: Member[] = [];
const HIDDEN_BY_DEFAULT = ['birthDate', 'position', 'title'];

export function MemberListPage() {
  const { modal, message } = App.useApp();
  const [search, setSearch] = useState('');
  const [departments, setDepartments] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<Status[]>(['在册']);
  const [employmentTypes, setEmploymentTypes] = useState<EmploymentType[]>([]);
  const [genders, setGenders] = useState<Gender[]>([]);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [sort, setSort] = useState<{ sortBy?: SortBy; sortOrder?: 'asc' | 'desc' }>({});
  const [reveal, setReveal] = useState(false);
  const [editing, setEditing] = useState<Member | null | undefined>(undefined);
  const [viewingId, setViewingId] = useState<number | null>(null);
  const [changingStatus, setChangingStatus] = useState<Member | null>(null);

  const query: MemberListQuery = {
    search: search || undefined,
    departments,
    statuses,
    employmentTypes,
    genders,
    page,
    pageSize,
    ...sort,
  };
  // Each answer is kept under its own query key, so an answer to an earlier, shorter query that
  // arrives late is never shown for the text now in the box; until the current one arrives the
  // previous list stays on screen (no flash of an empty table).
  // Re-rendered when the answer (or its error) changes, not when a query merely goes in flight.
  const list = useApiQuery('members.list', query, { placeholderData: (previous) => previous, notifyOnChangeProps: ['data', 'error', 'isPending'] });
  const departmentOptions = useApiQuery('members.departments', undefined);
  // Whether the register is empty at all, so an empty page under the default 在册 filter (say, every
  // member retired) is not described as “还没有会员”.
  const everyone = useApiQuery('members.list', { page: 1, pageSize: 1 });
  const remove = useApiMutation('members.delete', ['members.']);

  const filterHandlers = useMemo<FilterHandlers>(() => {
    const resetPage = <T,>(set: (v: T) => void) => (v: T) => {
      set(v);
      setPage(1);
    };
    return { departments: resetPage(setDepartments), statuses: resetPage(setStatuses), employmentTypes: resetPage(setEmploymentTypes), genders: resetPage(setGenders) };
  }, []);
  const closeForm = useCallback(() => setEditing(undefined), []);
  const closeDetail = useCallback(() => setViewingId(null), []);
  const editFromDetail = useCallback((m: Member) => {
    setViewingId(null);
    setEditing(m);
  }, []);
  const closeStatus = useCallback(() => setChangingStatus(null), []);
  const onSearch = useCallback((text: string) => {
    // The list's answer is less urgent than the box's own echo of the keys.
    startTransition(() => {
      setSearch(text);
      setPage(1);
    });
  }, []);

  const confirmDelete = (member: Member) => {
    confirmAction({ modal, message }, {
      title: `删除会员 ${member.name}？`,
      content: '删除后无法恢复。会员离开工会时，一般应“变更状态”（调出、退休、退会、去世），这样记录和历史都会保留。',
      run: () => remove.mutateAsync({ id: member.id }),
      success: `已删除会员 ${member.name}`,
    });
  };
  // The columns hold the latest delete handler through a ref, so they need not be rebuilt for it.
  const deleteRef = useRef(confirmDelete);
  deleteRef.current = confirmDelete;

  const rows = list.data?.rows ?? NO_ROWS;
  const wideStatus = rows.some((r) => r.scheduledStatus);
  const columns = useMemo(
    () =>
      memberColumns({
        sort,
        reveal,
        wideStatus,
        onView: (m) => setViewingId(m.id),
        onEdit: setEditing,
        onChangeStatus: setChangingStatus,
        onDelete: (m) => deleteRef.current(m),
      }),
    [sort, reveal, wideStatus],
  );

  // What fits 1366×768 next to the menu; 出生年月, 职务 and 职称 are one click away in 列设置.
  const settings = useColumnSettings('members', columns, HIDDEN_BY_DEFAULT);

  const onTableChange = useCallback((pagination: TablePaginationConfig, _f: unknown, sorter: SorterResult<Member> | SorterResult<Member>[]) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? (s.field as SortBy) : undefined;
    setSort(field ? { sortBy: field, sortOrder: s?.order === 'descend' ? 'desc' : 'asc' } : {});
    setPage(pagination.current ?? 1);
    setPageSize(pagination.pageSize ?? 20);
  }, []);

  return (
    <div>
      <PageHeader
        title="会员花名册"
        subtitle={list.data ? `共 ${list.data.total} 人` : ' '}
        extra={
          <>
            <RosterButtons filter={{ search: search || undefined, departments, statuses, employmentTypes, genders, ...sort }} count={list.data?.total ?? 0} />
            <Button
              icon={<PrinterOutlined />}
              disabled={!list.data?.total}
              onClick={() =>
                void openPrintView(
                  { route: `/print/members?${rosterFilterToParams(query, reveal)}`, pageSize: 'A4', landscape: true, fileName: '会员花名册.pdf' },
                  'print',
                )
              }
            >
              打印花名册
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              新增会员
            </Button>
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
        <SearchBox
          placeholder="姓名、拼音首字母（如 zs）、身份证号或电话"
          style={{ width: 300 }}
          onSearch={onSearch}
          delay={SEARCH_DELAY}
          aria-label="查找会员"
        />
        <FilterSelects
          departments={departments}
          statuses={statuses}
          employmentTypes={employmentTypes}
          genders={genders}
          departmentOptions={departmentOptions.data}
          on={filterHandlers}
        />
        <Space style={{ marginLeft: 'auto' }}>
          {settings.button}
          <Switch checked={reveal} onChange={setReveal} aria-label="显示完整证件号与电话" />
          <span>显示完整证件号与电话</span>
        </Space>
      </Flex>
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <MemberTable
        columns={settings.columns}
        scroll={settings.scroll}
        rows={rows}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.isPending}
        emptyText={everyone.data?.total === 0 ? '还没有会员，点击右上角“新增会员”添加' : '没有符合条件的会员'}
        onChange={onTableChange}
      />
      <FormDrawer open={editing !== undefined} member={editing ?? null} onClose={closeForm} />
      <DetailDrawer memberId={viewingId} onClose={closeDetail} onEdit={editFromDetail} />
      <StatusModal member={changingStatus} onClose={closeStatus} />
    </div>
  );
}
