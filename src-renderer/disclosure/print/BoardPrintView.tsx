/**
 * 校务公开栏 第N期 as printed: school, union and 校务公开栏, issue number and date, the notices in
 * columns that fill the page (a notice too long for its column flows on, onto the next page, never
 * cut), supervision phone and mailbox, the issuing body. The program pages the board itself (see
 * board-blocks.ts), so the preview shows the sheets the print makes; a sheet after the first starts
 * with a 续 masthead and every sheet ends with the supervision line; on A3 the type grows to fill a
 * one-sheet board.
 */
import { Radio } from 'antd';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { formatDateCn } from '../../../shared/domain/dates';
import { bodyLength } from '../../../shared/disclosure/body';
import { formalTitle, type Notice } from '../../../shared/disclosure/schema';
import type { PaperSize } from '../../../shared/api/bridge';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import { NoticeBody, printChoiceFrom } from '../common';
import { boardBlocks, firstOverflowing, pageGroups, type BoardBlock } from './board-blocks';
import './board.css';

const MARGIN_MM = 10;

function sheetHeightMm(pageSize: PaperSize, landscape: boolean): number {
  const [w, h] = pageSize === 'A4' ? [210, 297] : [297, 420];
  return landscape ? w : h;
}

/** Columns per sheet: about 9 cm each, so a 公示 reads like a newspaper column. */
export function boardColumns(pageSize: PaperSize, landscape: boolean): number {
  if (pageSize === 'A4') return landscape ? 3 : 2;
  return landscape ? 4 : 3;
}

/**
 * Type sizes tried on A3, in steps, when a board fills less than one sheet: the type grows until
 * the next step would need a second sheet. A4 keeps its base size (A4 boards are the dense ones).
 */
const A3_SCALES = [1, 1.1, 1.2, 1.3, 1.42, 1.55, 1.7, 1.85, 2];

interface Layout {
  key: string;
  scaleIndex: number;
  /** The first block of each page. */
  starts: number[];
  /** Pages holding one block taller than a sheet: they flow freely (and may print as several). */
  free: number[];
  /** The search went one step too far and came back: no more growing. */
  capped: boolean;
  done: boolean;
}
const fresh = (key: string, scaleIndex = 0, capped = false): Layout => ({ key, scaleIndex, starts: [0], free: [], capped, done: false });

/**
 * Pages the board by measuring it: the last page so far is drawn at the sheet's height; the first
 * block that runs outside it starts a new page; repeat until everything fits. Then, on A3, a
 * one-page board grows its type one step and pages again, stepping back once it needs two pages.
 * The preview and the print use the same pages, so they agree on the number of sheets.
 */
function useBoardLayout(root: React.RefObject<HTMLDivElement | null>, key: string, blockCount: number, scales: readonly number[], enabled: boolean) {
  const [state, setState] = useState<Layout>(() => fresh(key));
  const layout = state.key === key ? state : fresh(key);
  useLayoutEffect(() => {
    if (!enabled || layout.done || !root.current) return;
    const pages = root.current.querySelectorAll<HTMLElement>('[data-board-page]');
    const lastIndex = layout.starts.length - 1;
    const columns = pages[lastIndex]?.querySelector<HTMLElement>('.board-columns');
    if (!columns) return;
    const start = layout.starts[lastIndex]!;
    const over = layout.free.includes(lastIndex) ? null : firstOverflowing(columns);
    if (over !== null) {
      if (over > start) setState({ ...layout, starts: [...layout.starts, over] });
      else setState({ ...layout, free: [...layout.free, lastIndex], starts: start + 1 < blockCount ? [...layout.starts, start + 1] : layout.starts });
      return;
    }
    const pageCount = layout.starts.length;
    if (!layout.capped && pageCount === 1 && layout.scaleIndex + 1 < scales.length) setState(fresh(key, layout.scaleIndex + 1));
    else if (!layout.capped && pageCount > 1 && layout.scaleIndex > 0) setState(fresh(key, layout.scaleIndex - 1, true));
    else setState({ ...layout, done: true });
  }, [enabled, layout, root, scales.length, key, blockCount]);
  return { ...layout, scale: scales[layout.scaleIndex] ?? 1, done: layout.done || !enabled };
}

const SCOPE_LABELS: Record<Notice['scope'], string> = { 对内: '对内公开', 对外: '对外公开', 对内对外: '对内对外公开' };

/**
 * Page numbers in the bottom margin, so sheets that came apart go back in order. The label is built
 * from numbers only; it never carries user text into CSS.
 */
export function pageFooterCss(label: string): string {
  return `@page { @bottom-right { content: "${label.replace(/["\\]/g, '')}\u3000第 " counter(page) " 页，共 " counter(pages) " 页"; font-family: 'SimSun', 'Songti SC', 'Noto Serif CJK SC', serif; font-size: 9pt; } }`;
}

/** Longer than about a column of a page: may break inside rather than jump to a new column. */
const LONG_NOTICE_CHARS = 700;

/** The part of a notice that falls on one page: its title, some of its body, its closing lines. */
function BoardNoticePart({ notice, items }: { notice: Notice; items: { index: number; block: BoardBlock }[] }) {
  const long = bodyLength(notice.body) > LONG_NOTICE_CHARS;
  const first = items[0]!.block.kind === 'head';
  return (
    <article className={`board-notice${long ? ' board-notice-long' : ''}${first ? '' : ' board-notice-cont'}`} data-testid="board-notice">
      {items.map(({ index, block }) =>
        block.kind === 'head' ? (
          <div key={index} data-block={index} className="board-notice-head">
            <h2>{formalTitle(notice.title)}</h2>
            <div className="board-notice-meta">
              {[notice.category, SCOPE_LABELS[notice.scope], notice.responsibleUnit ? `责任部门：${notice.responsibleUnit}` : ''].filter(Boolean).join(' · ')}
            </div>
          </div>
        ) : block.kind === 'body' ? (
          <div key={index} data-block={index}>
            <NoticeBody html={block.html} />
          </div>
        ) : (
          <div key={index} data-block={index} className="board-notice-tail">
            <p className="board-period">
              公示期：{formatDateCn(notice.publishDate)}至{formatDateCn(notice.endDate)}。
              {notice.objectionContact ? `如有异议，${notice.objectionContact.replace(/^如有异议[，,]?/, '')}` : ''}
            </p>
            <p className="board-sign">
              {notice.issuer}
              {notice.issuer ? <br /> : null}
              {formatDateCn(notice.publishDate)}
            </p>
          </div>
        ),
      )}
    </article>
  );
}

export function BoardPrintView() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { pageSize, landscape } = printChoiceFrom(params, { pageSize: 'A3', landscape: true });
  const issue = useApiQuery('disclosure.issues.get', { id: Number(id) });
  const general = useApiQuery('settings.get', undefined);
  const settings = useApiQuery('disclosure.settings.get', undefined);
  // A notice withdrawn after the issue was made must not go up on the board.
  const shown = issue.data?.notices.filter((n) => n.state !== '已撤回') ?? [];
  const nothingLeft = issue.data && shown.length === 0 ? '本期的公示均已撤回，没有可以张贴的内容。请编辑这一期，换上其他公示。' : null;
  const fault = issue.error ?? general.error ?? settings.error;
  const error = fault ? errorMessage(fault) : nothingLeft;
  const ready = Boolean(issue.data && general.data && settings.data);
  const i = issue.data;
  const g = general.data;
  const issuing = settings.data?.issuingBody || g?.unionName || g?.schoolName || '';
  const title = i ? `校务公开栏 ${i.year}年第${i.number}期` : '校务公开栏';
  const boardRef = useRef<HTMLDivElement>(null);
  const availableMm = sheetHeightMm(pageSize, landscape) - 2 * MARGIN_MM - 2;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `shown` is derived from issue.data on every render
  const blocks = useMemo(() => boardBlocks(shown.map((n) => n.body)), [issue.data]);
  const scales = pageSize === 'A3' ? A3_SCALES : [1];
  const layout = useBoardLayout(boardRef, `${pageSize}-${landscape}-${shown.map((n) => `${n.id}:${n.updatedAt}`).join(',')}`, blocks.length, scales, ready && !error);
  const baseFont = pageSize === 'A3' ? 13 : 10.5;
  const unionName = g?.unionName && g.unionName !== g.schoolName ? g.unionName : '';
  // A board of one or two short notices uses as many columns as it has notices, so its type can
  // grow across the sheet; a long notice may flow over all the columns.
  const columnCount = Math.min(boardColumns(pageSize, landscape), Math.max(1, shown.reduce((n, x) => n + (bodyLength(x.body) > LONG_NOTICE_CHARS ? 99 : 1), 0)));

  const setChoice = (size: PaperSize, land: boolean) => {
    const next = new URLSearchParams(params);
    next.set('size', size);
    next.set('orient', land ? 'landscape' : 'portrait');
    next.delete('autoprint');
    navigate({ search: `?${next.toString()}` }, { replace: true });
  };

  return (
    <PrintFrame
      title={title}
      pageSize={pageSize}
      landscape={landscape}
      ready={ready}
      settling={!layout.done}
      error={error}
      marginMm={MARGIN_MM}
      toolbar={
        <>
          <Radio.Group size="small" value={pageSize} onChange={(e) => setChoice(e.target.value as PaperSize, landscape)} optionType="button" options={['A4', 'A3']} />
          <Radio.Group
            size="small"
            value={landscape}
            onChange={(e) => setChoice(pageSize, e.target.value as boolean)}
            optionType="button"
            options={[
              { value: false, label: '纵向' },
              { value: true, label: '横向' },
            ]}
          />
        </>
      }
    >
      {i && g ? <style>{pageFooterCss(`校务公开栏 ${i.year}年第${i.number}期`)}</style> : null}
      {i && g ? (
        <div
          className="board board-pages"
          ref={boardRef}
          data-scale={layout.scale}
          data-page-count={layout.done ? layout.starts.length : undefined}
          style={{ ['--board-font' as string]: `${(baseFont * layout.scale).toFixed(1)}pt` }}
        >
          {layout.starts.map((start, p) => {
            const end = layout.starts[p + 1] ?? blocks.length;
            const last = p === layout.starts.length - 1;
            const free = layout.free.includes(p);
            return (
              <div
                key={p}
                className={`board-page${free ? ' board-page-free' : ''}`}
                data-board-page={p + 1}
                data-testid="board-page"
                style={free ? { minHeight: `${availableMm}mm` } : { height: `${availableMm}mm` }}
              >
                {p === 0 ? (
                  <header className="board-head">
                    {g.schoolName ? <div className="board-school">{g.schoolName}</div> : null}
                    {unionName ? <div className="board-union">{unionName}</div> : null}
                    <h1 className="board-title">校务公开栏</h1>
                    <div className="board-meta">
                      <span>{i.year}年 第{i.number}期</span>
                      <span>{formatDateCn(i.issueDate)}</span>
                    </div>
                  </header>
                ) : (
                  <header className="board-head board-head-cont" data-testid="board-head-cont">
                    <span>{g.schoolName}</span>
                    <span className="board-title-cont">
                      校务公开栏 {i.year}年第{i.number}期（续）
                    </span>
                    <span>{formatDateCn(i.issueDate)}</span>
                  </header>
                )}
                <div className={`board-columns${last ? ' board-columns-last' : ''}`} style={{ columnCount }}>
                  {pageGroups(blocks, start, end).map((group) => (
                    <BoardNoticePart key={group.notice} notice={shown[group.notice]!} items={group.items} />
                  ))}
                </div>
                {/* Every sheet carries the supervision line: sheets go up side by side, and a page
                    measured as the last one keeps the same room when a later page follows it. */}
                <footer className="board-foot">
                  <span>监督电话：{g.supervisionPhone || '＿＿＿＿＿＿'}</span>
                  <span>监督邮箱：{g.supervisionEmail || '＿＿＿＿＿＿'}</span>
                  <span>{issuing}</span>
                </footer>
              </div>
            );
          })}
        </div>
      ) : null}
    </PrintFrame>
  );
}
