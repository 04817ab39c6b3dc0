/**
 * The wizard's third step: every data row with its problems marked on the cell, what it will do
 * (新增, 更新 with the fields it changes, 已有), and the figures. Clicking a cell edits it and the
 * whole sheet is checked again (a fixed ID may now repeat another row's). 身份证号 and 电话 cells are
 * masked until 显示完整证件号与电话 is switched on, except where they carry a problem.
 */
import { Alert, Button, Checkbox, Flex, Segmented, Space, Statistic, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { GridRow } from '../../shared/import/grid';
import { RECORD_SET_UNITS, type ImportCheck, type ImportCheckedRow, type ImportSheet, type RecordSet } from '../../shared/import/schema';
import { EditableCell } from './EditableCell';
import { maskedValue } from './wizard-rows';
import { unchangedTag, unchangedTitle } from './wizard-text';

export type ReviewFilter = 'all' | 'error' | 'warning' | 'create' | 'update' | 'unchanged';

interface Props {
  set: RecordSet;
  sheet: ImportSheet;
  mapping: Array<string | null>;
  rows: GridRow[];
  check: ImportCheck;
  filter: ReviewFilter;
  skipInvalid: boolean;
  busy: boolean;
  committing: boolean;
  onFilter(filter: ReviewFilter): void;
  onSkipInvalid(skip: boolean): void;
  onEdit(row: number, column: number, value: string): void;
  onBack(): void;
  onCommit(): void;
  /** The review table's scroll height: a dialog leaves room for its frame, a page has more. */
  tableHeight: string;
}

interface ViewRow {
  checked: ImportCheckedRow;
  grid: GridRow;
}

function matches(filter: ReviewFilter, row: ImportCheckedRow): boolean {
  if (filter === 'error' || filter === 'warning') return row.status === filter;
  if (filter === 'all') return true;
  return row.action === filter;
}

export function ReviewPane({ set, sheet, mapping, rows, check, filter, skipInvalid, busy, committing, onFilter, onSkipInvalid, onEdit, onBack, onCommit, tableHeight }: Props) {
  const [reveal, setReveal] = useState(false);
  const counts = check.counts;
  const unit = RECORD_SET_UNITS[set];
  const fields = useMemo(() => new Map(sheet.fields.map((f) => [f.field, f])), [sheet.fields]);

  const view = useMemo(() => {
    const grid = new Map(rows.map((r) => [r.row, r]));
    return check.rows.filter((r) => matches(filter, r)).map((checked) => ({ checked, grid: grid.get(checked.row) ?? { row: checked.row, cells: [] } }));
  }, [check, rows, filter]);

  const mapped = mapping.map((field, index) => ({ field, index })).filter((m): m is { field: string; index: number } => m.field !== null);
  const shownFields = new Set(mapped.map((m) => m.field));
  const masking = mapped.some((m) => fields.get(m.field)?.mask);
  const shown = (field: string, value: string | null) => {
    const mask = fields.get(field)?.mask ?? null;
    return value === null ? '（空）' : reveal || !mask ? value : maskedValue(mask, value);
  };

  const columns: ColumnsType<ViewRow> = [
    { title: '行号', key: 'row', width: 60, fixed: 'left', render: (_: unknown, v) => v.checked.row },
    {
      title: '结果',
      key: 'status',
      width: 92,
      fixed: 'left',
      render: (_: unknown, { checked }) => {
        if (checked.status === 'error') return <Tag color="red">有错误</Tag>;
        if (checked.action === 'update') return <Tag color="blue">更新</Tag>;
        if (checked.action === 'unchanged') return <Tag>{unchangedTag(set)}</Tag>;
        return <Tag color="green">新增</Tag>;
      },
    },
    {
      title: '问题与变化',
      key: 'notes',
      width: 360,
      render: (_: unknown, { checked }) => {
        if (!checked.issues.length && !checked.changes.length) {
          return checked.summary ? (
            <Typography.Text type="secondary" className="import-notes">
              {checked.summary}
            </Typography.Text>
          ) : null;
        }
        return (
          <ul className="roster-changes import-notes">
            {checked.issues.map((i, n) => (
              <li key={`i${n}`}>
                <Typography.Text type={i.level === 'error' ? 'danger' : 'warning'}>
                  {i.field && shownFields.has(i.field) ? `「${i.column}」` : ''}
                  {i.message}
                </Typography.Text>
              </li>
            ))}
            {checked.changes.map((c) => (
              <li key={c.field} data-testid="import-change">
                {c.label}：{shown(c.field, c.from)} → {shown(c.field, c.to)}
              </li>
            ))}
          </ul>
        );
      },
    },
    ...mapped.map(({ field, index }) => {
      const info = fields.get(field);
      return {
        title: (
          <Tooltip title={`导入为：${info?.label ?? field}`}>
            <span>{sheet.headers[index] || info?.label}</span>
          </Tooltip>
        ),
        key: `c${index}`,
        width: info?.mask === 'resident-id' ? 190 : 120,
        render: (_: unknown, { checked, grid }: ViewRow) => {
          const value = grid.cells[index] ?? '';
          const issues = checked.issues.filter((i) => i.field === field);
          return (
            <EditableCell
              key={`${grid.row}-${index}-${value}`}
              value={value}
              shown={issues.length || reveal || !info?.mask ? value : maskedValue(info.mask, value)}
              issues={issues}
              label={`第 ${grid.row} 行${sheet.headers[index] || info?.label || ''}`}
              onChange={(next) => onEdit(grid.row, index, next)}
            />
          );
        },
      };
    }),
  ];

  const writes = counts.create + counts.update;
  const blocked = counts.errors > 0 && !skipInvalid;
  const filters: Array<{ value: ReviewFilter; label: string }> = [
    { value: 'all', label: `全部 ${counts.rows}` },
    { value: 'error', label: `有错误 ${counts.errors}` },
    { value: 'warning', label: `有提醒 ${counts.warnings}` },
    { value: 'create', label: `新增 ${counts.create}` },
    ...(counts.update ? [{ value: 'update' as const, label: `更新 ${counts.update}` }] : []),
    ...(counts.unchanged ? [{ value: 'unchanged' as const, label: `${unchangedTitle(set).replace('（跳过）', '')} ${counts.unchanged}` }] : []),
  ];

  return (
    <div>
      <Flex gap={32} wrap style={{ marginBottom: 12 }} data-testid="import-counts">
        <Statistic title="数据行" value={counts.rows} />
        <Statistic title="无错误" value={counts.valid} valueStyle={{ color: '#389e0d' }} />
        <Statistic title="有错误" value={counts.errors} valueStyle={{ color: counts.errors ? '#cf1322' : undefined }} />
        <Statistic title="有提醒" value={counts.warnings} valueStyle={{ color: counts.warnings ? '#d46b08' : undefined }} />
        <Statistic title="将新增" value={counts.create} />
        {counts.update ? <Statistic title="将更新" value={counts.update} valueStyle={{ color: '#0958d9' }} /> : null}
        <Statistic title={unchangedTitle(set)} value={counts.unchanged} />
      </Flex>
      {counts.skipped ? (
        <Typography.Paragraph type="secondary">另有 {counts.skipped} 行空行或合计、制表人等表尾行，不作为数据导入。</Typography.Paragraph>
      ) : null}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Segmented<ReviewFilter> value={filter} onChange={onFilter} options={filters} />
        <Space wrap>
          <Typography.Text type="secondary">红色为错误，橙色为提醒；点击单元格即可修改，改后自动重新检查</Typography.Text>
          {masking ? (
            <label>
              <Space size={6}>
                <Switch size="small" checked={reveal} onChange={setReveal} aria-label="显示完整证件号与电话" />
                <span>显示完整证件号与电话</span>
              </Space>
            </label>
          ) : null}
        </Space>
      </Flex>
      <Table<ViewRow>
        rowKey={(v) => v.checked.row}
        size="small"
        columns={columns}
        dataSource={view}
        loading={busy && !committing}
        scroll={{ x: 'max-content', y: tableHeight }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (t) => `共 ${t} 行`, hideOnSinglePage: true }}
        locale={{ emptyText: '没有符合条件的行' }}
      />
      {counts.errors > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          message={
            <>
              <Typography.Text strong>有 {counts.errors} 行存在错误</Typography.Text>
              <Typography.Text>：改正标红的单元格后会自动重新检查；也可以勾选“只导入无错误的行”，有错误的行将被跳过，不会写入。</Typography.Text>
            </>
          }
        />
      ) : null}
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }} wrap gap={8}>
        <Button onClick={onBack}>上一步</Button>
        <Space wrap>
          {counts.errors > 0 ? (
            <Checkbox checked={skipInvalid} onChange={(e) => onSkipInvalid(e.target.checked)}>
              只导入无错误的行（跳过 {counts.errors} 行）
            </Checkbox>
          ) : null}
          <Button type="primary" disabled={blocked || writes === 0 || busy} loading={committing} onClick={onCommit}>
            {`导入 ${writes} ${unit}`}
          </Button>
        </Space>
      </Flex>
    </div>
  );
}
