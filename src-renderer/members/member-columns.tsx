/**
 * The columns of 会员花名册. Built once per (sort, reveal, wide status) by the page, never per
 * render: a new columns array makes Ant Design's table re-render every cell of every row.
 */
import { Button, Dropdown, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Member, MemberListQuery } from '../../shared/members/schema';
import { formatDateCn, formatMonthCn } from '../../shared/domain/dates';
import { showIdNumber, showPhone } from '../components/format';
import { StatusTag } from './StatusTag';

type SortBy = NonNullable<MemberListQuery['sortBy']>;

export interface MemberColumnOptions {
  sort: { sortBy?: SortBy; sortOrder?: 'asc' | 'desc' };
  reveal: boolean;
  /** A row on the page carries a scheduled change (将于2027年6月30日退休): the 状态 column is wider. */
  wideStatus: boolean;
  onView(member: Member): void;
  onEdit(member: Member): void;
  onChangeStatus(member: Member): void;
  onDelete(member: Member): void;
}

export function memberColumns({ sort, reveal, wideStatus, onView, onEdit, onChangeStatus, onDelete }: MemberColumnOptions): ColumnsType<Member> {
  const sortOrderOf = (field: SortBy) =>
    sort.sortBy === field ? (sort.sortOrder === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;
  return [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 110,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      render: (name: string, m) => (
        <Typography.Link onClick={() => onView(m)} data-testid="member-name">
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
      width: wideStatus ? 200 : 70,
      render: (s: Member['status'], m: Member) => <StatusTag status={s} scheduled={m.scheduledStatus} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 190,
      render: (_: unknown, m) => (
        <Space size={4}>
          <Button size="small" type="link" onClick={() => onEdit(m)}>
            编辑
          </Button>
          <Button size="small" type="link" onClick={() => onChangeStatus(m)}>
            变更状态
          </Button>
          <Dropdown menu={{ items: [{ key: 'delete', danger: true, label: '删除', onClick: () => onDelete(m) }] }} trigger={['click']}>
            <Button size="small" type="link">
              更多
            </Button>
          </Dropdown>
        </Space>
      ),
    },
  ];
}
