/**
 * 列设置 for every list: the user chooses which columns a list shows and in what order, remembered
 * per list in localStorage. Lists declare a few columns hidden by default so the key ones fit a
 * 1366×768 screen without sideways scrolling; the 操作 column (key 'actions') always comes last
 * and is never fixed, so it can never cover a data column (when the user adds more columns than
 * fit, the list scrolls sideways instead).
 */
import { ArrowDownOutlined, ArrowUpOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import type { ColumnType, ColumnsType } from 'antd/es/table';
import { useMemo, useState, type ReactNode } from 'react';

const STORAGE_PREFIX = 'union-ledger.columns.';

interface Saved {
  order: string[];
  hidden: string[];
}

export function columnKey<T>(c: ColumnType<T>): string {
  if (c.key !== undefined) return String(c.key);
  const di = c.dataIndex;
  return Array.isArray(di) ? di.join('.') : String(di ?? '');
}

function load(listKey: string): Saved | null {
  try {
    const raw = localStorage.getItem(STORAGE_PREFIX + listKey);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Saved>;
    return Array.isArray(v.order) && Array.isArray(v.hidden) ? { order: v.order.map(String), hidden: v.hidden.map(String) } : null;
  } catch {
    return null;
  }
}

function store(listKey: string, saved: Saved | null): void {
  try {
    if (saved) localStorage.setItem(STORAGE_PREFIX + listKey, JSON.stringify(saved));
    else localStorage.removeItem(STORAGE_PREFIX + listKey);
  } catch {
    // A full or blocked storage only means the choice is not remembered.
  }
}

/** Sum of the widths of the shown columns: the table's scroll width, so it scrolls only when it must. */
function totalWidth<T>(columns: ColumnsType<T>): number {
  return columns.reduce((s, c) => s + (typeof c.width === 'number' ? c.width : 100), 0);
}

export interface ColumnSettings<T> {
  /** The columns to give the Table: chosen, ordered, 操作 last and unfixed. */
  columns: ColumnsType<T>;
  /** The Table's scroll prop. */
  scroll: { x: number };
  /** The 列设置 button with its panel, for the list's toolbar. */
  button: ReactNode;
}

export function useColumnSettings<T>(listKey: string, all: ColumnsType<T>, defaultHidden: string[] = []): ColumnSettings<T> {
  const [saved, setSaved] = useState<Saved | null>(() => load(listKey));
  const configurable = all.filter((c) => columnKey(c as ColumnType<T>) !== 'actions');
  const actions = all.filter((c) => columnKey(c as ColumnType<T>) === 'actions');
  const keys = configurable.map((c) => columnKey(c as ColumnType<T>));

  // Saved order first (skipping columns a newer version dropped), then columns it does not know yet.
  const known = (saved?.order ?? []).filter((k) => keys.includes(k));
  const order = [...known, ...keys.filter((k) => !known.includes(k))];
  const hidden = new Set(saved ? saved.hidden : defaultHidden);

  const update = (next: Saved | null) => {
    setSaved(next);
    store(listKey, next);
  };
  const currentHidden = () => (saved ? saved.hidden : defaultHidden).filter((k) => keys.includes(k));
  const toggle = (key: string, show: boolean) => {
    const h = currentHidden().filter((k) => k !== key);
    if (!show) h.push(key);
    if (h.length >= keys.length) return; // at least one column stays
    update({ order, hidden: h });
  };
  const move = (key: string, by: -1 | 1) => {
    const i = order.indexOf(key);
    const j = i + by;
    if (j < 0 || j >= order.length) return;
    const next = [...order];
    [next[i], next[j]] = [next[j]!, next[i]!];
    update({ order: next, hidden: currentHidden() });
  };

  const byKey = new Map(configurable.map((c) => [columnKey(c as ColumnType<T>), c]));
  // The same array while the list's columns and the choice stay the same: a new array makes the
  // table re-render every cell (a list that memoises its columns gets a table that keeps still).
  const shownKey = order.filter((k) => !hidden.has(k)).join('\u0000');
  const columns = useMemo<ColumnsType<T>>(() => {
    const shown = shownKey ? shownKey.split('\u0000').map((k) => byKey.get(k)!) : [];
    return [...shown, ...actions.map((c) => ({ ...c, fixed: undefined }))];
    // byKey and actions are derived from `all`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [all, shownKey]);
  const scroll = useMemo(() => ({ x: totalWidth(columns) }), [columns]);

  const titleOf = (c: ColumnType<T> | undefined) => (typeof c?.title === 'string' ? c.title : columnKey(c ?? {}));
  const panel = (
    <div style={{ width: 240 }} data-testid={`column-settings-${listKey}`}>
      {order.map((k, i) => (
        <Flex key={k} align="center" justify="space-between" style={{ padding: '2px 0' }}>
          <Checkbox checked={!hidden.has(k)} onChange={(e) => toggle(k, e.target.checked)}>
            {titleOf(byKey.get(k) as ColumnType<T>)}
          </Checkbox>
          <span>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={`上移 ${titleOf(byKey.get(k) as ColumnType<T>)}`} onClick={() => move(k, -1)} />
            <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === order.length - 1} aria-label={`下移 ${titleOf(byKey.get(k) as ColumnType<T>)}`} onClick={() => move(k, 1)} />
          </span>
        </Flex>
      ))}
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          列多时表格可左右滚动
        </Typography.Text>
        <Button size="small" onClick={() => update(null)}>
          恢复默认
        </Button>
      </Flex>
    </div>
  );
  const button = (
    <Popover trigger="click" placement="bottomRight" title="列设置：选择并排列显示的列" content={panel}>
      <Button icon={<SettingOutlined />}>列设置</Button>
    </Popover>
  );
  return { columns, scroll, button };
}
