/**
 * The pieces every register page (活动, 评优评先, 慰问 …) sets up the same way: the year picker, the
 * toolbar (filters on the left, actions on the right), paging that goes back to page 1 when a filter
 * changes, and the 导出 button (the export itself is a job of the page). Written once so the pages look
 * and behave alike and a new area starts from them.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Space, Table, type TablePaginationConfig } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState, type ReactNode } from 'react';
import { confirmAction } from './confirm-action';

export const THIS_YEAR = new Date().getFullYear();

/** The years to pick from: this year, the one picked and every year the records have, newest first. */
export function yearOptions(years: readonly number[] | undefined, picked?: number): { value: number; label: string }[] {
  const all = new Set([THIS_YEAR, ...(picked === undefined ? [] : [picked]), ...(years ?? [])]);
  return [...all].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年` }));
}

export function YearSelect({ value, years, onChange, label = '年度', width = 110 }: { value: number; years: readonly number[] | undefined; onChange(year: number): void; label?: string; width?: number }) {
  return <Select aria-label={label} value={value} onChange={onChange} options={yearOptions(years, value)} style={{ width }} />;
}

/** Filters on the left, the page's actions on the right; both wrap on a narrow window. */
export function ListToolbar({ children, actions }: { children: ReactNode; actions: ReactNode }) {
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
      {children}
      <Space style={{ marginLeft: 'auto' }} wrap>
        {actions}
      </Space>
    </Flex>
  );
}

/** Page and page size of a server-paged table; `filter(set)` wraps a filter's setter so a change goes back to page 1. */
export function usePaging(pageSizes: number[] = [20, 50, 100]) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(pageSizes[0] ?? 20);
  const filter = useCallback(
    <T,>(set: (value: T) => void) =>
      (value: T) => {
        set(value);
        setPage(1);
      },
    [],
  );
  /** The table's pagination: `unit` counts the rows (共 12 次, 共 12 项), or says the whole line. */
  const pagination = (total: number, unit: string | ((total: number) => string)): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: pageSizes,
    showTotal: (t) => (typeof unit === 'string' ? `共 ${t} ${unit}` : unit(t)),
    onChange: (p, s) => {
      setPage(p);
      setPageSize(s);
    },
  });
  return { page, pageSize, setPage, filter, pagination };
}

/** A register's 导出 button; the export itself runs as a job of the page (useExportJob). */
export function ExportButton({ busy, onClick, children = '导出' }: { busy: boolean; onClick(): void; children?: ReactNode }) {
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={onClick}>
      {children}
    </Button>
  );
}

/** A register's table: one row per record keyed by id, paged by the server, a sentence when empty. */
export function RecordTable<T extends { id: number }>({
  columns,
  rows,
  loading,
  scrollX,
  emptyText,
  pagination,
}: {
  columns: ColumnsType<T>;
  rows: T[] | undefined;
  loading: boolean;
  scrollX: number;
  emptyText: string;
  pagination: TablePaginationConfig;
}) {
  return <Table<T> rowKey="id" size="middle" columns={columns} dataSource={rows ?? []} loading={loading} scroll={{ x: scrollX }} locale={{ emptyText }} pagination={pagination} />;
}

/** The link buttons of a row's 操作 column. */
export function RowActions({ children }: { children: ReactNode }) {
  return <Space size={0}>{children}</Space>;
}

export function RowLink({ onClick, children }: { onClick(): void; children: ReactNode }) {
  return (
    <Button size="small" type="link" onClick={onClick}>
      {children}
    </Button>
  );
}

/** 删除 in a row: asks first (see confirmAction), then deletes and says so. */
export function DeleteLink({ title, content, run, success }: { title: string; content: ReactNode; run(): Promise<unknown>; success: string }) {
  const { modal, message } = App.useApp();
  return (
    <Button size="small" type="link" danger onClick={() => confirmAction({ modal, message }, { title, content, run, success })}>
      删除
    </Button>
  );
}
