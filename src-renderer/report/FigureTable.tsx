/**
 * One area's figures as a compact table: 项目, 本年, 上年, 比上年. A countable figure is a link
 * that opens the list of the records it counts (this year's or last year's).
 */
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FigureKey } from '../../shared/report/schema';
import { changeOf, formatValue, type FigureRow } from './figures';

export interface FigureClick {
  figure: FigureKey;
  year: number;
}

const CHANGE_COLORS = { up: '#c62828', down: '#2e7d32', same: 'rgba(0,0,0,0.45)', none: 'rgba(0,0,0,0.45)' } as const;

function FigureValue({ row, value, year, previous, onOpen }: { row: FigureRow; value: number | null; year: number; previous: boolean; onOpen: (c: FigureClick) => void }) {
  const text = formatValue(row, value);
  const testId = `figure-${row.key}${previous ? '-prev' : ''}`;
  // A zero lists nothing: plain text, no link to an empty drawer.
  if (!row.figure || !value) {
    return (
      <span data-testid={testId} style={{ whiteSpace: 'nowrap', color: previous ? 'rgba(0,0,0,0.55)' : undefined }}>
        {text}
      </span>
    );
  }
  const figure = row.figure;
  return (
    <Button
      type="link"
      size="small"
      data-testid={testId}
      aria-label={`${year}年 ${row.label.replace('其中：', '')} ${text}，查看明细`}
      style={{ padding: 0, height: 'auto', fontWeight: previous ? undefined : 600 }}
      onClick={() => onOpen({ figure, year })}
    >
      {text}
    </Button>
  );
}

/** Last year's value and the change: the two columns of a comparison. */
function comparison(year: number, onOpen: (c: FigureClick) => void): ColumnsType<FigureRow> {
  return [
    {
      title: `${year - 1}年`,
      key: 'previous',
      align: 'right',
      width: 116,
      render: (_: unknown, row) => <FigureValue row={row} value={row.previous} year={year - 1} previous onOpen={onOpen} />,
    },
    {
      title: '比上年',
      key: 'change',
      align: 'right',
      width: 124,
      render: (_: unknown, row) => {
        const change = changeOf(row);
        return (
          <Typography.Text data-testid={`change-${row.key}`} style={{ color: CHANGE_COLORS[change.direction], whiteSpace: 'nowrap' }}>
            {change.text}
          </Typography.Text>
        );
      },
    },
  ];
}

/** `compare={false}`: this year only (the district's totals when it collected no report last year). */
export function FigureTable({ rows, year, onOpen, compare = true }: { rows: FigureRow[]; year: number; onOpen: (c: FigureClick) => void; compare?: boolean }) {
  return (
    <Table<FigureRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: '项目',
          dataIndex: 'label',
          render: (label: string, row) => (
            <span style={{ paddingLeft: row.sub ? 16 : 0, color: row.sub ? 'rgba(0,0,0,0.65)' : undefined }}>{label}</span>
          ),
        },
        {
          title: `${year}年`,
          key: 'current',
          align: 'right',
          width: 116,
          render: (_: unknown, row) => <FigureValue row={row} value={row.current} year={year} previous={false} onOpen={onOpen} />,
        },
        ...(compare ? comparison(year, onOpen) : []),
      ]}
    />
  );
}
