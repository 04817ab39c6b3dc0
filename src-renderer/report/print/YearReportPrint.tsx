/**
 * 年度工作统计表 (A4 portrait, one or two pages): the union's name and the year, every figure of
 * the four areas with last year and the change, the breakdowns, the sentences of the 工作总结,
 * and the chair's signature and date lines. Counts go two to a line and breakdowns three, so the
 * year fits on two sheets; the welfare money and its change need a whole line.
 */
import { useParams } from 'react-router-dom';
import { formatFen } from '../../../shared/domain/money';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import { AREA_KEYS, AREA_TITLES, areaRows, changeOf, formatValue, type YearFigures } from '../figures';
import './report-print.css';
import { SignOff } from './SignOff';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Yuan without the ¥ sign, for the dense breakdown tables headed 「（元）」. */
const yuan = (fen: number) => formatFen(fen).replace('¥', '');

interface GridItem {
  cells: string[];
  /** A 其中 line, indented under the figure above it. */
  sub?: boolean;
}

interface GridProps {
  /** The columns of one group; widths in % of the whole table, so all groups add up to 100. */
  columns: { label: string; width: number }[];
  /** One entry per item; each has one cell per column. */
  items: GridItem[];
  groups: number;
  /** Fill the left half first (reads top to bottom), as a list continued in a second column. */
  columnMajor?: boolean;
  testId?: string;
}

/** A table that puts `groups` items side by side, each item being `columns.length` cells. */
function GridTable({ columns, items, groups, columnMajor = false, testId }: GridProps) {
  const rowCount = Math.ceil(items.length / groups);
  const rows: (GridItem | null)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const line: (GridItem | null)[] = [];
    for (let g = 0; g < groups; g++) line.push(items[columnMajor ? g * rowCount + r : r * groups + g] ?? null);
    rows.push(line);
  }
  return (
    <table className="print-table yr-table" data-testid={testId}>
      <colgroup>
        {Array.from({ length: groups }, (_, g) => columns.map((c, i) => <col key={`${g}-${i}`} style={{ width: `${c.width}%` }} />))}
      </colgroup>
      <thead>
        <tr>
          {Array.from({ length: groups }, (_, g) =>
            columns.map((c, i) => (
              <th key={`${g}-${i}`} className={i === 0 && g > 0 ? 'yr-group' : undefined}>
                {c.label}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((line, r) => (
          <tr key={r}>
            {line.map((item, g) =>
              columns.map((_, i) => (
                <td key={`${g}-${i}`} className={`${i === 0 ? 'yr-label' : 'num'}${i === 0 && g > 0 ? ' yr-group' : ''}${i === 0 && item?.sub ? ' yr-sub' : ''}`}>
                  {item ? item.cells[i] : ''}
                </td>
              )),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function mainColumns(year: number, groups: number) {
  const [label, current, previous, change] = groups === 1 ? [34, 22, 22, 22] : [17, 11.5, 11, 10.5];
  return [
    { label: '项目', width: label },
    { label: `${year}年`, width: current },
    { label: `${year - 1}年`, width: previous },
    { label: groups === 1 ? '比上年增减' : '增减', width: change },
  ];
}

function withPrevious(cur: { key?: string; label: string; count: number }[], prev: { key?: string; label: string; count: number }[]): GridItem[] {
  const id = (b: { key?: string; label: string }) => b.key ?? b.label;
  const out: GridItem[] = [];
  const seen = new Set<string>();
  for (const b of [...cur, ...prev]) {
    if (seen.has(id(b))) continue;
    seen.add(id(b));
    const c = cur.find((x) => id(x) === id(b))?.count ?? 0;
    const p = prev.find((x) => id(x) === id(b))?.count ?? 0;
    if (c === 0 && p === 0) continue;
    out.push({ cells: [b.label, String(c), String(p)] });
  }
  return out;
}

function Breakdown({ title, unit, items, groups = 3 }: { title: string; unit: string; items: GridItem[]; groups?: number }) {
  if (items.length === 0) return null;
  return (
    <>
      <div className="yr-caption">{title}（{unit}）</div>
      <GridTable columns={[{ label: '类别', width: 100 / groups - 14 }, { label: '本年', width: 7 }, { label: '上年', width: 7 }]} items={items} groups={groups} />
    </>
  );
}

function areaBreakdowns(area: (typeof AREA_KEYS)[number], cur: YearFigures, prev: YearFigures) {
  switch (area) {
    case 'members':
      return (
        <>
          <Breakdown title="按用工性质" unit="人" items={withPrevious(cur.members.byEmployment, prev.members.byEmployment)} />
          <Breakdown title="年龄结构" unit="人" items={withPrevious(cur.members.ageBands, prev.members.ageBands)} />
          <Breakdown title="按部门（年末在册）" unit="人" items={withPrevious(cur.members.byDepartment, prev.members.byDepartment)} />
        </>
      );
    case 'congress':
    case 'dues':
      return null;
    case 'disclosure':
      return (
        <>
          <Breakdown title="按公开类别" unit="项" items={withPrevious(cur.disclosure.byCategory, prev.disclosure.byCategory)} />
        </>
      );
    case 'welfare': {
      const reasons = cur.welfare.byReason
        .filter((r) => r.count > 0 || (prev.welfare.byReason.find((p) => p.key === r.key)?.count ?? 0) > 0)
        .map((r) => {
          const p = prev.welfare.byReason.find((x) => x.key === r.key);
          return { cells: [r.label, String(r.count), yuan(r.amountFen), String(p?.count ?? 0), yuan(p?.amountFen ?? 0)] };
        });
      const months = cur.welfare.byMonth;
      return (
        <>
          {reasons.length ? (
            <>
              <div className="yr-caption">按慰问事由（人次；慰问金，元）</div>
              <GridTable
                columns={[
                  { label: '慰问事由', width: 12 },
                  { label: '本年人次', width: 8.5 },
                  { label: '本年慰问金', width: 10.5 },
                  { label: '上年人次', width: 8.5 },
                  { label: '上年慰问金', width: 10.5 },
                ]}
                items={reasons}
                groups={2}
                testId="print-welfare-reasons"
              />
            </>
          ) : null}
          {cur.welfare.visits > 0 ? (
            <>
              <div className="yr-caption">本年各月（人次；慰问金，元）</div>
              <table className="print-table yr-table yr-months">
                <thead>
                  <tr>
                    <th>月份</th>
                    {months.map((m) => (
                      <th key={m.month}>{m.month}月</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <td className="yr-label">人次</td>
                    {months.map((m) => (
                      <td key={m.month} className="num">{m.count}</td>
                    ))}
                  </tr>
                  <tr>
                    <td className="yr-label">慰问金</td>
                    {months.map((m) => (
                      <td key={m.month} className="num">{m.amountFen % 100 === 0 ? String(m.amountFen / 100) : (m.amountFen / 100).toFixed(2)}</td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </>
          ) : null}
          <Breakdown title="困难职工档案按困难程度（年末在档）" unit="户" items={withPrevious(cur.welfare.hardshipByLevel, prev.welfare.hardshipByLevel)} />
        </>
      );
    }
  }
}

export function YearReportPrint() {
  const year = Number(useParams().year);
  const report = useApiQuery('report.year', { year });
  const r = report.data;
  const org = r ? r.org.unionName || r.org.schoolName : '';
  return (
    <PrintFrame title={`${year}年度工会工作统计表`} pageSize="A4" landscape={false} marginMm={12} ready={Boolean(r)} error={report.error ? errorMessage(report.error) : null}>
      {r ? (
        <div className="yr-sheet">
          <h1>{r.year}年度工会工作统计表</h1>
          <div className="yr-meta">
            <span data-testid="print-org">填报单位：{org || '＿＿＿＿＿＿＿＿＿＿＿＿'}</span>
            <span>
              统计时间：{r.year}年1月1日至{r.year}年12月31日
            </span>
          </div>
          {AREA_KEYS.map((area, i) => {
            const rows = areaRows(area, r.current, r.previous);
            // Money and its change (↑ ¥2,000.00) need the width of a whole line; counts fit two to a line.
            const groups = area === 'welfare' || area === 'dues' ? 1 : 2;
            return (
              <section key={area} className="yr-section">
                {/* The heading stays with its table: a page never ends on a heading and one row. */}
                <div className="yr-keep">
                  <h2>
                    {NUMERALS[i]}、{AREA_TITLES[area]}
                  </h2>
                  <GridTable
                  testId={`print-${area}`}
                    columns={mainColumns(r.year, groups)}
                    items={rows.map((row) => ({ cells: [row.label, formatValue(row, row.current), formatValue(row, row.previous), changeOf(row).text], sub: row.sub }))}
                    groups={groups}
                    columnMajor
                  />
                </div>
                {areaBreakdowns(area, r.current, r.previous)}
              </section>
            );
          })}
          <section className="yr-section yr-sentences">
            <h2>{NUMERALS[AREA_KEYS.length]}、工作总结用语</h2>
            {AREA_KEYS.map((area) =>
              r.sentences[area].length ? (
                <p key={area}>
                  <b>{AREA_TITLES[area]}：</b>
                  {r.sentences[area].join('')}
                </p>
              ) : null,
            )}
          </section>
          <SignOff signer="填表人" />
        </div>
      ) : null}
    </PrintFrame>
  );
}
