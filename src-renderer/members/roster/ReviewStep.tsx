/**
 * Step 3: every data row with its problems marked on the cell. Clicking a cell edits it and the
 * whole file is checked again (a fixed ID may now repeat another row's, for instance).
 */
import { Alert, Button, Checkbox, Flex, Segmented, Space, Statistic, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { maskResidentId } from '../../../shared/domain/resident-id';
import { IMPORT_FIELD_LABELS, type ImportField } from '../../../shared/members/roster/fields';
import type { CheckedRow, GridRow, RosterCheck } from '../../../shared/members/roster/schema';
import { maskPhone } from '../../components/format';
import { EditableCell } from '../../import/EditableCell';

type Filter = 'all' | 'error' | 'warning' | 'create' | 'update';

interface Props {
  headers: string[];
  mapping: Array<ImportField | null>;
  rows: GridRow[];
  check: RosterCheck;
  busy: boolean;
  committing: boolean;
  onEdit(row: number, column: number, value: string): void;
  onBack(): void;
  onCommit(skipInvalid: boolean): void;
}

interface ViewRow {
  checked: CheckedRow;
  grid: GridRow;
}

const ACTION_TAG: Record<NonNullable<CheckedRow['action']>, { color: string; text: string }> = {
  create: { color: 'green', text: '新增' },
  update: { color: 'blue', text: '更新' },
  unchanged: { color: 'default', text: '无变化' },
};

function shownValue(field: ImportField, value: string, reveal: boolean): string {
  if (reveal) return value;
  if (field === 'idNumber') return value.length >= 15 ? maskResidentId(value.replace(/\s+/g, '')) : value;
  if (field === 'phone') return maskPhone(value);
  return value;
}

export function ReviewStep({ headers, mapping, rows, check, busy, committing, onEdit, onBack, onCommit }: Props) {
  const [filter, setFilter] = useState<Filter>(check.counts.errors ? 'error' : 'all');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [reveal, setReveal] = useState(false);
  const counts = check.counts;

  const view = useMemo(() => {
    const grid = new Map(rows.map((r) => [r.row, r]));
    return check.rows
      .map((checked) => ({ checked, grid: grid.get(checked.row) ?? { row: checked.row, cells: [] } }))
      .filter(({ checked }) => {
        if (filter === 'error') return checked.status === 'error';
        if (filter === 'warning') return checked.status === 'warning';
        if (filter === 'create') return checked.action === 'create';
        if (filter === 'update') return checked.action === 'update';
        return true;
      });
  }, [rows, check, filter]);

  const mapped = mapping.map((field, index) => ({ field, index })).filter((c): c is { field: ImportField; index: number } => c.field !== null);
  const shownFields = new Set(mapped.map((c) => c.field));

  const columns: ColumnsType<ViewRow> = [
    { title: '行号', key: 'row', width: 64, fixed: 'left', render: (_: unknown, r) => r.checked.row },
    {
      title: '结果',
      key: 'status',
      width: 84,
      fixed: 'left',
      render: (_: unknown, { checked }) =>
        checked.status === 'error' ? (
          <Tag color="red">有错误</Tag>
        ) : checked.action ? (
          <Tag color={ACTION_TAG[checked.action].color}>{ACTION_TAG[checked.action].text}</Tag>
        ) : null,
    },
    {
      title: '说明',
      key: 'notes',
      width: 300,
      render: (_: unknown, { checked }) => {
        if (!checked.issues.length && !checked.changes.length) return null;
        return (
          <ul className="roster-changes">
            {checked.issues.map((i, n) => (
              <li key={`i${n}`}>
                <Typography.Text type={i.level === 'error' ? 'danger' : 'warning'}>
                  {i.field && shownFields.has(i.field) ? `「${i.column}」` : ''}
                  {i.message}
                </Typography.Text>
              </li>
            ))}
            {checked.changes.map((c) => (
              <li key={c.field}>
                {IMPORT_FIELD_LABELS[c.field]}：{c.from ?? '（空）'} → {c.to ?? '（空）'}
              </li>
            ))}
          </ul>
        );
      },
    },
    ...mapped.map(({ field, index }) => ({
      title: (
        <Tooltip title={`导入为：${IMPORT_FIELD_LABELS[field]}`}>
          <span>{headers[index]}</span>
        </Tooltip>
      ),
      key: `c${index}`,
      width: field === 'idNumber' ? 200 : field === 'name' ? 100 : field === 'notes' ? 160 : 120,
      render: (_: unknown, { checked, grid }: ViewRow) => {
        const value = grid.cells[index] ?? '';
        const issues = checked.issues.filter((i) => i.field === field);
        return (
          <EditableCell
            key={`${grid.row}-${index}-${value}`}
            value={value}
            shown={issues.length ? value : shownValue(field, value, reveal)}
            issues={issues}
            label={`第 ${grid.row} 行${headers[index] ?? ''}`}
            onChange={(v) => onEdit(grid.row, index, v)}
          />
        );
      },
    })),
  ];

  const importable = counts.valid;
  const blocked = counts.errors > 0 && !skipInvalid;

  return (
    <div>
      <Flex gap={32} wrap style={{ marginBottom: 16 }} data-testid="roster-counts">
        <Statistic title="数据行" value={counts.rows} />
        <Statistic title="无错误" value={counts.valid} valueStyle={{ color: '#389e0d' }} />
        <Statistic title="有错误" value={counts.errors} valueStyle={{ color: counts.errors ? '#cf1322' : undefined }} />
        <Statistic title="有提醒" value={counts.warnings} valueStyle={{ color: counts.warnings ? '#d46b08' : undefined }} />
        <Statistic title="将新增" value={counts.create} />
        <Statistic title="将更新" value={counts.update} />
        <Statistic title="无变化" value={counts.unchanged} />
      </Flex>
      {counts.skipped ? (
        <Typography.Paragraph type="secondary">另有 {counts.skipped} 行空行或合计、制表人等表尾行，不作为会员导入。</Typography.Paragraph>
      ) : null}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `全部 ${counts.rows}` },
            { value: 'error', label: `有错误 ${counts.errors}` },
            { value: 'warning', label: `有提醒 ${counts.warnings}` },
            { value: 'create', label: `新增 ${counts.create}` },
            { value: 'update', label: `更新 ${counts.update}` },
          ]}
        />
        <Space>
          <Typography.Text type="secondary">红色为错误，橙色为提醒；点击单元格即可修改</Typography.Text>
          <Switch checked={reveal} onChange={setReveal} aria-label="显示完整证件号与电话" />
          <span>显示完整证件号与电话</span>
        </Space>
      </Flex>
      <Table<ViewRow>
        rowKey={(r) => r.checked.row}
        size="small"
        columns={columns}
        dataSource={view}
        loading={busy}
        scroll={{ x: 'max-content' }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (t) => `共 ${t} 行` }}
        locale={{ emptyText: '没有符合条件的行' }}
      />
      {counts.errors > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          message={`有 ${counts.errors} 行存在错误`}
          description="改正标红的单元格后会自动重新检查；也可以勾选“只导入无错误的行”，有错误的行将被跳过，不会写入。"
        />
      ) : null}
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }} wrap gap={8}>
        <Button onClick={onBack}>上一步</Button>
        <Space>
          {counts.errors > 0 ? (
            <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)}>
              只导入无错误的行（跳过 {counts.errors} 行）
            </Checkbox>
          ) : null}
          <Button type="primary" disabled={blocked || importable === 0 || busy} loading={committing} onClick={() => onCommit(skipInvalid)}>
            {`导入 ${importable} 行`}
          </Button>
        </Space>
      </Flex>
    </div>
  );
}
