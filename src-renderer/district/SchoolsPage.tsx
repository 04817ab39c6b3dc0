/**
 * 基层工会名单: the schools the district expects a ledger from, with the contact to call. Typed in
 * one by one or imported from a sheet; a school's name is how a received ledger finds it.
 */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { SCHOOL_TYPES, type School } from '../../shared/district/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { confirmAction } from '../components/confirm-action';
import { showPhone } from '../components/format';
import { ImportButtons } from '../import/ImportButtons';
import { QueryError } from '../components/QueryError';
import { SearchBox } from '../components/SearchBox';
import { SchoolFormModal } from './SchoolFormModal';
import { useDistrictYear } from './useDistrictYear';

export function SchoolsPage() {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { year } = useDistrictYear();
  const schools = useApiQuery('district.schools.list', undefined);
  const remove = useApiMutation('district.schools.delete', ['district.']);
  const [editing, setEditing] = useState<School | null | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [type, setType] = useState<string | null>(null);
  const [fullPhones, setFullPhones] = useState(false);

  const all = useMemo(() => schools.data?.schools ?? [], [schools.data]);
  const rows = useMemo(
    () => all.filter((s) => (!type || (s.type ?? '') === type) && (!search || s.name.includes(search) || (s.contact ?? '').includes(search))),
    [all, type, search],
  );

  const askDelete = (s: School) => {
    // The received reports are the district's record of what a school sent: such a school stays.
    if (s.reportedYears.length) {
      modal.info({
        title: `“${s.name}”不能从名单中删除`,
        content: `该校已报送 ${s.reportedYears.map((y) => `${y}年`).join('、')}的台账。如学校已撤并，可在备注中注明。`,
        okText: '知道了',
      });
      return;
    }
    confirmAction(
      { modal, message },
      {
        title: `从名单中删除“${s.name}”？`,
        content: '该校还没有报送过台账，删除后可以重新添加。',
        run: () => remove.mutateAsync({ id: s.id }),
        success: `已删除“${s.name}”`,
      },
    );
  };

  return (
    <div>
      {schools.error ? <QueryError error={schools.error} onRetry={() => void schools.refetch()} /> : null}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <SearchBox placeholder="学校名称或联系人" allowClear style={{ width: 220 }} onSearch={setSearch} aria-label="搜索学校" />
          <Select
            aria-label="学校类型"
            allowClear
            placeholder="全部类型"
            value={type}
            onChange={(v: string | undefined) => setType(v ?? null)}
            options={[...SCHOOL_TYPES, '未分类'].map((t) => ({ value: t === '未分类' ? '' : t, label: t }))}
            style={{ width: 120 }}
          />
          <Space size={6}>
            <Switch size="small" checked={fullPhones} onChange={setFullPhones} aria-label="显示完整电话" />
            <Typography.Text type="secondary">显示完整电话</Typography.Text>
          </Space>
        </Space>
        <Space wrap>
          <ImportButtons set="schools" invalidates={['district.']} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            新增学校
          </Button>
        </Space>
      </Flex>
      <Table<School>
        rowKey="id"
        size="small"
        loading={schools.isLoading}
        dataSource={rows}
        data-testid="schools-table"
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 所` }}
        locale={{ emptyText: all.length ? '没有符合条件的学校' : '名单中还没有学校：点“新增学校”逐一添加，或点“导入”从 Excel 表格导入' }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: '学校名称',
            dataIndex: 'name',
            sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
            render: (name: string, s) =>
              s.reportedYears.includes(year) ? (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => navigate(`/district/schools/${s.id}?year=${year}`)}>
                  {name}
                </Button>
              ) : (
                name
              ),
          },
          { title: '类型', dataIndex: 'type', width: 80, sorter: (a, b) => (a.type ?? '').localeCompare(b.type ?? '', 'zh-CN'), render: (t: string | null) => t ?? <Typography.Text type="secondary">未分类</Typography.Text> },
          { title: '联系人', dataIndex: 'contact', width: 100, render: (v: string | null) => v ?? '' },
          { title: '联系电话', dataIndex: 'phone', width: 140, render: (v: string | null) => showPhone(v, fullPhones) },
          { title: '教职工', dataIndex: 'staff', width: 90, align: 'right', sorter: (a, b) => (a.staff ?? -1) - (b.staff ?? -1), render: (v: number | null) => (v === null ? '' : `${v} 人`) },
          {
            title: '已报送',
            dataIndex: 'reportedYears',
            width: 180,
            render: (years: number[]) =>
              years.length ? (
                <Flex gap={4} wrap>
                  {years.slice(0, 4).map((y) => (
                    <Tag key={y} color={y === year ? 'green' : undefined} style={{ marginInlineEnd: 0 }}>
                      {y}年
                    </Tag>
                  ))}
                  {years.length > 4 ? <Tag style={{ marginInlineEnd: 0 }}>等 {years.length} 年</Tag> : null}
                </Flex>
              ) : (
                <Typography.Text type="secondary">尚未报送</Typography.Text>
              ),
          },
          { title: '备注', dataIndex: 'notes', ellipsis: true, render: (v: string | null) => v ?? '' },
          {
            title: '操作',
            key: 'actions',
            width: 170,
            fixed: 'right',
            render: (_: unknown, s) => (
              <Space size={4}>
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(s)} aria-label={`编辑${s.name}`}>
                  编辑
                </Button>
                <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={() => askDelete(s)} aria-label={`删除${s.name}`}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <SchoolFormModal open={editing !== undefined} school={editing ?? null} onClose={() => setEditing(undefined)} />
    </div>
  );
}
