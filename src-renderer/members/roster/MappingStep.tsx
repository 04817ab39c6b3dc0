/**
 * Step 2: which sheet, which row holds the headers, and which member field each column fills.
 */
import { Alert, Button, Flex, Form, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS, type ImportField } from '../../../shared/members/roster/fields';
import type { RosterSheet } from '../../../shared/members/roster/schema';

interface ColumnRow {
  index: number;
  header: string;
  samples: string[];
  field: ImportField | null;
}

interface Props {
  sheet: RosterSheet;
  mapping: Array<ImportField | null>;
  busy: boolean;
  onMapping(mapping: Array<ImportField | null>): void;
  onReread(options: { sheet?: string; headerRow?: number }): void;
  onBack(): void;
  onNext(): void;
}

function letter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const FIELD_OPTIONS = [
  { value: '', label: '不导入' },
  ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] })),
];

export function MappingStep({ sheet, mapping, busy, onMapping, onReread, onBack, onNext }: Props) {
  const rows: ColumnRow[] = sheet.headers.map((header, index) => ({
    index,
    header,
    field: mapping[index] ?? null,
    samples: sheet.rows
      .slice(0, 40)
      .map((r) => r.cells[index] ?? '')
      .filter((v) => v.trim() !== '')
      .slice(0, 3),
  }));
  const hasName = mapping.includes('name');
  const duplicated = IMPORT_FIELDS.filter((f) => mapping.filter((m) => m === f).length > 1);

  const setField = (index: number, value: string) => {
    const next = [...mapping];
    next[index] = value === '' ? null : (value as ImportField);
    onMapping(next);
  };

  const columns: ColumnsType<ColumnRow> = [
    { title: '列', dataIndex: 'index', width: 60, render: (i: number) => letter(i) },
    { title: '表头', dataIndex: 'header', width: 180 },
    {
      title: '示例数据',
      dataIndex: 'samples',
      render: (samples: string[]) => (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
          {samples.join('，') || '（空）'}
        </Typography.Text>
      ),
    },
    {
      title: '导入为',
      dataIndex: 'field',
      width: 200,
      render: (field: ImportField | null, row) => (
        <Select
          style={{ width: 170 }}
          value={field ?? ''}
          options={FIELD_OPTIONS}
          onChange={(v: string) => setField(row.index, v)}
          aria-label={`“${row.header}”列导入为`}
          status={field && duplicated.includes(field) ? 'error' : undefined}
        />
      ),
    },
  ];

  const headerOptions = sheet.topRows.map((r) => ({
    value: r.row,
    label: `第 ${r.row} 行：${r.cells.filter((c) => c.trim()).slice(0, 6).join(' ').slice(0, 60) || '（空）'}`,
  }));

  return (
    <div>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        {sheet.sheets.length > 1 ? (
          <Form.Item label="工作表">
            <Select
              style={{ width: 220 }}
              value={sheet.sheet}
              disabled={busy}
              aria-label="工作表"
              onChange={(name: string) => onReread({ sheet: name })}
              options={sheet.sheets.map((s) => ({ value: s.name, label: s.hasNameColumn ? s.name : `${s.name}（未找到姓名列）` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item label="表头所在行">
          <Select
            style={{ width: 420 }}
            value={sheet.headerRow}
            disabled={busy}
            aria-label="表头所在行"
            onChange={(row: number) => onReread({ sheet: sheet.sheet, headerRow: row })}
            options={headerOptions}
          />
        </Form.Item>
        <Form.Item>
          <Space size={4} wrap>
            <Tag>{sheet.format === 'csv' ? `CSV（${sheet.encoding ?? ''}）` : 'Excel 工作簿'}</Tag>
            <Tag>表头下共 {sheet.rows.length} 行</Tag>
          </Space>
        </Form.Item>
      </Form>
      {sheet.stoppedAtRow ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          message={`第 ${sheet.stoppedAtRow} 行之前已连续 1000 行为空，其后的空白格式行不再读取。如果更下面还有会员数据，请删除中间的空行后重新导入。`}
        />
      ) : null}
      {!hasName ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="error"
          showIcon
          message="没有找到“姓名”列"
          description="请在下表中为姓名所在的列选择“姓名”；如果表头不在所选的行，请先更换“表头所在行”。"
          data-testid="roster-no-name"
        />
      ) : null}
      {duplicated.length ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="error"
          showIcon
          message={`“${duplicated.map((f) => IMPORT_FIELD_LABELS[f]).join('、')}”被选给了多列，每个字段只能对应一列。`}
        />
      ) : null}
      <Table<ColumnRow> rowKey="index" size="small" columns={columns} dataSource={rows} pagination={false} />
      <Flex justify="space-between" style={{ marginTop: 16 }}>
        <Button onClick={onBack}>重新选择文件</Button>
        <Button type="primary" disabled={!hasName || duplicated.length > 0} loading={busy} onClick={onNext}>
          下一步：检查数据
        </Button>
      </Flex>
    </div>
  );
}
