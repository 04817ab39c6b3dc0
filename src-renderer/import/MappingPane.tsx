/**
 * The wizard's second step: which sheet, which row holds the headers, and which field each column
 * fills, with a few sample values of each column to go by.
 */
import { Alert, Button, Flex, Form, Select, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ImportSheet } from '../../shared/import/schema';
import { columnLetter, maskedValue } from './wizard-rows';

interface Props {
  sheet: ImportSheet;
  mapping: Array<string | null>;
  busy: boolean;
  /** What the set asks beyond the columns (提案汇总表: add proposers as delegates). */
  extra?: ReactNode;
  onMapping(mapping: Array<string | null>): void;
  onReread(options: { sheet?: string; headerRow?: number }): void;
  onBack(): void;
  onNext(): void;
}

function formatTag(sheet: ImportSheet): string {
  if (sheet.format === 'csv') return `CSV（${sheet.encoding ?? ''}）`;
  return sheet.format === 'xls' ? '旧版 Excel（.xls）' : 'Excel 工作簿';
}

export function MappingPane({ sheet, mapping, busy, extra, onMapping, onReread, onBack, onNext }: Props) {
  const missing = sheet.fields.filter((f) => f.required && !mapping.includes(f.field));
  const duplicated = sheet.fields.filter((f) => mapping.filter((m) => m === f.field).length > 1);
  const duplicatedFields = new Set(duplicated.map((f) => f.field));
  const options = [{ value: '', label: '不导入' }, ...sheet.fields.map((f) => ({ value: f.field, label: f.required ? `${f.label}（必选）` : f.label }))];

  return (
    <div>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        {sheet.sheets.length > 1 ? (
          <Form.Item label="工作表">
            <Select
              style={{ width: 220 }}
              value={sheet.sheet}
              disabled={busy}
              aria-label="工作表"
              onChange={(name: string) => onReread({ sheet: name })}
              options={sheet.sheets.map((s) => ({ value: s.name, label: s.hasNameColumn ? s.name : `${s.name}（未找到表头）` }))}
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
            options={sheet.topRows.map((r) => ({ value: r.row, label: `第 ${r.row} 行：${r.cells.filter((c) => c.trim()).slice(0, 6).join(' ').slice(0, 60) || '（空）'}` }))}
          />
        </Form.Item>
        <Form.Item>
          <Space size={4} wrap>
            <Tag>{formatTag(sheet)}</Tag>
            <Tag>表头下共 {sheet.rows.length} 行</Tag>
          </Space>
        </Form.Item>
      </Form>
      {sheet.stoppedAtRow ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          message={`第 ${sheet.stoppedAtRow} 行之前已连续 1000 行为空，其后的空白格式行不再读取。如果更下面还有数据，请删除中间的空行后重新导入。`}
        />
      ) : null}
      {missing.length ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="error"
          showIcon
          data-testid="import-missing"
          message={`没有找到“${missing.map((f) => f.label).join('、')}”列`}
          description="请在下表中为这些列选择对应的字段；如果表头不在所选的行，请先更换“表头所在行”。"
        />
      ) : null}
      {duplicated.length ? (
        <Alert style={{ marginBottom: 12 }} type="error" showIcon message={`“${duplicated.map((f) => f.label).join('、')}”被选给了多列，每个字段只能对应一列。`} />
      ) : null}
      <Table
        rowKey="index"
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={sheet.headers.map((header, index) => ({
          index,
          header,
          // Samples of a column taken as personal data (身份证号, 电话) are shown masked, as in the review.
          samples: sheet.rows
            .slice(0, 40)
            .map((r) => r.cells[index] ?? '')
            .filter((v) => v.trim() !== '')
            .slice(0, 3)
            .map((v) => maskedValue(sheet.fields.find((f) => f.field === mapping[index])?.mask ?? null, v)),
        }))}
        columns={[
          { title: '列', dataIndex: 'index', width: 56, render: (i: number) => columnLetter(i) },
          { title: '表头', dataIndex: 'header', width: 180 },
          { title: '示例数据', dataIndex: 'samples', ellipsis: true, render: (s: string[]) => <Typography.Text type="secondary">{s.join('，') || '（空）'}</Typography.Text> },
          {
            title: '导入为',
            key: 'field',
            width: 200,
            render: (_: unknown, row: { index: number; header: string }) => {
              const field = mapping[row.index] ?? null;
              return (
                <Select
                  style={{ width: 176 }}
                  value={field ?? ''}
                  aria-label={`“${row.header}”列导入为`}
                  status={field && duplicatedFields.has(field) ? 'error' : undefined}
                  options={options}
                  onChange={(v: string) => {
                    const next = [...mapping];
                    next[row.index] = v === '' ? null : v;
                    onMapping(next);
                  }}
                />
              );
            },
          },
        ]}
      />
      {extra}
      <Flex justify="space-between" style={{ marginTop: 16 }}>
        <Button onClick={onBack}>重新选择文件</Button>
        <Button type="primary" disabled={missing.length > 0 || duplicated.length > 0} loading={busy} onClick={onNext}>
          下一步：检查数据
        </Button>
      </Flex>
    </div>
  );
}
