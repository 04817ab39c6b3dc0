/**
 * The pieces every congress form repeats: the heading (the school and meeting above the title,
 * the 编号/类别/日期 line below it), the column widths, and the numbered list tables (签到表,
 * 代表名单). Styled by congress-print.css.
 */
import type { ReactNode } from 'react';

export interface SheetHeadProps {
  /** The line above the title: the school, and usually the meeting. */
  org: ReactNode;
  title: ReactNode;
  /** The items of the line under the title, spread across the sheet; none → no line. */
  meta?: ReactNode[];
  /** Printed between the title and the meta line (e.g. the 合并立案 note). */
  children?: ReactNode;
}

export function SheetHead({ org, title, meta, children }: SheetHeadProps) {
  return (
    <>
      <p className="cg-org">{org}</p>
      <h1>{title}</h1>
      {children}
      {meta?.length ? (
        <div className="cg-meta">
          {meta.map((item, i) => (
            <span key={i}>{item}</span>
          ))}
        </div>
      ) : null}
    </>
  );
}

/** A table's column widths (CSS lengths); `null` takes the rest, `false` leaves the column out. */
export function SheetCols({ widths }: { widths: (string | null | false)[] }) {
  return (
    <colgroup>
      {widths.map((w, i) => (w === false ? null : <col key={i} style={w ? { width: w } : undefined} />))}
    </colgroup>
  );
}

export interface SheetColumn<R> {
  title: ReactNode;
  /** CSS length; left out → the column takes the rest. */
  width?: string;
  center?: boolean;
  cell: (row: R, index: number) => ReactNode;
}

/** A ruled list: one header row (repeated on every printed page) and one line per row. */
export function SheetList<R>({ columns, rows, rowKey }: { columns: (SheetColumn<R> | false)[]; rows: R[]; rowKey: (row: R, index: number) => string | number }) {
  const shown = columns.filter((c): c is SheetColumn<R> => c !== false);
  return (
    <table className="cg-form cg-list">
      <SheetCols widths={shown.map((c) => c.width ?? null)} />
      <thead>
        <tr>
          {shown.map((c, i) => (
            <th key={i}>{c.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, index) => (
          <tr key={rowKey(r, index)}>
            {shown.map((c, i) => (
              <td key={i} className={c.center ? 'cg-c' : undefined}>
                {c.cell(r, index)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
