/**
 * 会员花名册: search by name, pinyin initials, ID or phone; filter; page through thousands of rows
 * on the server; add, view, edit, change status, delete.
 */
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Select, Space, Switch, Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { EMPLOYMENT_TYPES, GENDERS, MEMBER_STATUSES } from '../../shared/domain/labels';
import type { Member, MemberListQuery } from '../../shared/members/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { openPrintView } from '../api/platform';
import { showIdNumber, showPhone } from '../components/format';
import { formatDateCn, formatMonthCn } from '../../shared/domain/dates';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { useColumnSettings } from '../components/useColumnSettings';
import { MemberDetailDrawer } from './MemberDetailDrawer';
import { MemberFormDrawer } from './MemberFormDrawer';
import { RosterButtons } from './roster/RosterButtons';
import { StatusChangeModal } from './StatusChangeModal';
import { rosterFilterToParams } from './print/roster-query';
import { StatusTag } from './StatusTag';
import { confirmAction } from '../components/confirm-action';

type Status = Member['status'];
type EmploymentType = NonNullable<Member['employmentType']>;
type Gender = NonNullable<Member['gender']>;
type SortBy = NonNullable<MemberListQuery['sortBy']>;

const toOptions = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

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

  const debouncedSearch = search;
  const query: MemberListQuery = {
    search: debouncedSearch || undefined,
    departments,
    statuses,
    employmentTypes,
    genders,
    page,
    pageSize,
    ...sort,
  };
  const list = useApiQuery('members.list', query, { placeholderData: (previous) => previous });
  const departmentOptions = useApiQuery('members.departments', undefined);
  // Whether the register is empty at all, so an empty page under the default 在册 filter (say, every
  // member retired) is not described as “还没有会员”.
  const everyone = useApiQuery('members.list', { page: 1, pageSize: 1 });
  const remove = useApiMutation('members.delete', ['members.']);

  const resetPage = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  const confirmDelete = (member: Member) => {
    confirmAction({ modal, message }, {
      title: `删除会员 ${member.name}？`,
      content: '删除后无法恢复。会员离开工会时，一般应“变更状态”（调出、退休、退会、去世），这样记录和历史都会保留。',
      run: () => remove.mutateAsync({ id: member.id }),
      success: `已删除会员 ${member.name}`,
    });
  };

  const sortOrderOf = (field: SortBy) =>
    sort.sortBy === field ? (sort.sortOrder === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;

  const columns: ColumnsType<Member> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 110,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      render: (name: string, m) => (
        <Typography.Link onClick={() => setViewingId(m.id)} data-testid="member-name">
          {name}
        </Typography.Link>
      ),
    },
    { title: '性别', dataIndex: 'gender', width: 60 },
    { title: '出生年月', dataIndex: 'birthDate', width: 110, sorter: true, sortOrder: sortOrderOf('birthDate'), render: (v: string | null) => formatMonthCn(v) },
    { title: '身份证号', dataIndex: 'idNumber', width: 175, render: (v: string | null) => <span className="masked">{showIdNumber(v, reveal)}</span> },
    { title: '部门/教研组', dataIndex: 'department', width: 120, sorter: true, sortOrder: sortOrderOf('department') },
    { title: '职务', dataIndex: 'position', width: 100, ellipsis: true },
    { title: '职称', dataIndex: 'title', width: 100, ellipsis: true },
    { title: '用工性质', dataIndex: 'employmentType', width: 90 },
    { title: '联系电话', dataIndex: 'phone', width: 130, render: (v: string | null) => <span className="masked">{showPhone(v, reveal)}</span> },
    { title: '入会时间', dataIndex: 'joinDate', width: 120, sorter: true, sortOrder: sortOrderOf('joinDate'), render: (v: string | null) => formatDateCn(v) },
    {
      title: '状态',
      dataIndex: 'status',
      // Wider only while a row on the page carries a scheduled change (将于2027年6月30日退休).
      width: list.data?.rows.some((r) => r.scheduledStatus) ? 200 : 70,
      render: (s: Status, m: Member) => <StatusTag status={s} scheduled={m.scheduledStatus} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 190,
      render: (_: unknown, m) => (
        <Space size={4}>
          <Button size="small" type="link" onClick={() => setEditing(m)}>
            编辑
          </Button>
          <Button size="small" type="link" onClick={() => setChangingStatus(m)}>
            变更状态
          </Button>
          <Dropdown
            menu={{ items: [{ key: 'delete', danger: true, label: '删除', onClick: () => confirmDelete(m) }] }}
            trigger={['click']}
          >
            <Button size="small" type="link">
              更多
            </Button>
          </Dropdown>
        </Space>
      ),
    },
  ];

  // What fits 1366×768 next to the menu; 出生年月, 职务 and 职称 are one click away in 列设置.
  const settings = useColumnSettings('members', columns, ['birthDate', 'position', 'title']);

  const onTableChange = (pagination: TablePaginationConfig, _f: unknown, sorter: SorterResult<Member> | SorterResult<Member>[]) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? (s.field as SortBy) : undefined;
    setSort(field ? { sortBy: field, sortOrder: s?.order === 'descend' ? 'desc' : 'asc' } : {});
    setPage(pagination.current ?? 1);
    setPageSize(pagination.pageSize ?? 20);
  };

  return (
    <div>
      <PageHeader
        title="会员花名册"
        subtitle={list.data ? `共 ${list.data.total} 人` : ' '}
        extra={
          <>
            <RosterButtons filter={{ search: debouncedSearch || undefined, departments, statuses, employmentTypes, genders, ...sort }} count={list.data?.total ?? 0} />
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
          onSearch={(text) => {
            setSearch(text);
            setPage(1);
          }}
          aria-label="查找会员"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="部门/教研组"
          style={{ minWidth: 160 }}
          value={departments}
          onChange={resetPage(setDepartments)}
          options={toOptions(departmentOptions.data ?? [])}
          maxTagCount="responsive"
          aria-label="按部门筛选"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="会员状态"
          style={{ minWidth: 140 }}
          value={statuses}
          onChange={resetPage(setStatuses)}
          options={toOptions(MEMBER_STATUSES)}
          aria-label="按会员状态筛选"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="用工性质"
          style={{ minWidth: 130 }}
          value={employmentTypes}
          onChange={resetPage(setEmploymentTypes)}
          options={toOptions(EMPLOYMENT_TYPES)}
          aria-label="按用工性质筛选"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="性别"
          style={{ minWidth: 100 }}
          value={genders}
          onChange={resetPage(setGenders)}
          options={toOptions(GENDERS)}
          aria-label="按性别筛选"
        />
        <Space style={{ marginLeft: 'auto' }}>
          {settings.button}
          <Switch checked={reveal} onChange={setReveal} aria-label="显示完整证件号与电话" />
          <span>显示完整证件号与电话</span>
        </Space>
      </Flex>
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<Member>
        rowKey="id"
        size="middle"
        columns={settings.columns}
        dataSource={list.data?.rows ?? []}
        loading={list.isFetching && !list.data}
        onChange={onTableChange}
        scroll={settings.scroll}
        sticky
        locale={{ emptyText: everyone.data?.total === 0 ? '还没有会员，点击右上角“新增会员”添加' : '没有符合条件的会员' }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => `共 ${total} 人`,
        }}
      />
      <MemberFormDrawer open={editing !== undefined} member={editing ?? null} onClose={() => setEditing(undefined)} />
      <MemberDetailDrawer
        memberId={viewingId}
        onClose={() => setViewingId(null)}
        onEdit={(m) => {
          setViewingId(null);
          setEditing(m);
        }}
      />
      <StatusChangeModal member={changingStatus} onClose={() => setChangingStatus(null)} />
    </div>
  );
}
