/**
 * 各校数字: one row per reported school, one column per figure, every column sortable (e.g. by
 * 答复率 or 人均慰问金), the school's name fixed at the left so a wide table still reads. A click on
 * a row opens the school's own report.
 */
import { Button, Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { SCHOOL_TYPES, type DistrictSummary, type SchoolRow } from '../../shared/district/schema';
import { columnTitle, compareValues, DEFAULT_COLUMNS, formatFlat, tableColumns, valueOf } from './figures';

export function SchoolFiguresTable({ summary }: { summary: DistrictSummary }) {
  const navigate = useNavigate();
  const all = useMemo(() => tableColumns(summary.columns), [summary.columns]);
  const [chosen, setChosen] = useState<string[]>(() => DEFAULT_COLUMNS.filter((k) => all.some((c) => c.key === k)));
  const rows = summary.schools.filter((s) => s.reported);
  const checkTitles = new Map(summary.checks.map((c) => [c.key, c.title]));
  const open = (s: SchoolRow) => navigate(`/district/schools/${s.schoolId}?year=${summary.year}`);

  const columns: ColumnsType<SchoolRow> = [
    {
      title: '学校',
      dataIndex: 'name',
      fixed: 'left',
      width: 180,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, s) => (
        <Button type="link" size="small" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }} onClick={() => open(s)}>
          {name}
        </Button>
      ),
    },
    {
      title: '类型',
      dataIndex: 'type',
      width: 80,
      filters: [...SCHOOL_TYPES, '未分类'].map((t) => ({ text: t, value: t })),
      onFilter: (v, s) => (s.type ?? '未分类') === v,
      render: (t: string | null) => t ?? '未分类',
    },
    {
      title: '教职工',
      dataIndex: 'staff',
      width: 84,
      align: 'right',
      sorter: (a, b) => compareValues(a.staff, b.staff),
      render: (v: number | null) => (v === null ? '—' : v),
    },
    ...all
      .filter((c) => chosen.includes(c.key))
      .sort((a, b) => chosen.indexOf(a.key) - chosen.indexOf(b.key))
      .map((c) => ({
        key: c.key,
        title: columnTitle(c),
        align: 'right' as const,
        width: c.kind === 'money' ? 120 : 96,
        sorter: (a: SchoolRow, b: SchoolRow) => compareValues(valueOf(a.figures, c.key), valueOf(b.figures, c.key)),
        sortDirections: ['descend' as const, 'ascend' as const],
        render: (_: unknown, s: SchoolRow) => <span style={{ whiteSpace: 'nowrap' }}>{formatFlat(c, valueOf(s.figures, c.key))}</span>,
      })),
    {
      title: '台账检查',
      key: 'failing',
      width: 200,
      filters: [{ text: '有未达标项', value: 'failing' }],
      onFilter: (_v, s) => s.failing.length > 0,
      render: (_: unknown, s) =>
        s.failing.length ? (
          <Space size={[4, 4]} wrap>
            {s.failing.map((k) => (
              <Tag key={k} color="red" style={{ marginInlineEnd: 0 }}>
                {checkTitles.get(k) ?? k}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="success">符合</Typography.Text>
        ),
    },
  ];

  const width = columns.reduce((w, c) => w + (typeof c.width === 'number' ? c.width : 100), 0);
  return (
    <Card
      size="small"
      title={`各校数字（${rows.length} 所已报送）`}
      data-testid="school-figures"
      extra={
        <Space wrap>
          <Typography.Text type="secondary">显示的数字</Typography.Text>
          <Tooltip title="点表头可按该列排序">
            <Select
              mode="multiple"
              aria-label="显示的数字"
              value={chosen}
              onChange={setChosen}
              maxTagCount="responsive"
              style={{ width: 320 }}
              // Grouped by area as the summary names them (会员, 教代会 …), in its order.
              options={[...new Set(all.map((c) => c.area))].map((area) => ({
                label: area,
                options: all.filter((c) => c.area === area).map((c) => ({ value: c.key, label: c.label })),
              }))}
            />
          </Tooltip>
        </Space>
      }
    >
      <Table<SchoolRow>
        rowKey="schoolId"
        size="small"
        dataSource={rows}
        columns={columns}
        scroll={{ x: width }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 所` }}
        locale={{ emptyText: `还没有学校报送${summary.year}年的台账` }}
        onRow={(s) => ({ 'data-testid': 'school-row', 'data-school': s.name }) as React.HTMLAttributes<HTMLElement>}
      />
    </Card>
  );
}
