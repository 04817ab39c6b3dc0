/**
 * 校务公开栏 第N期 as printed: school and 校务公开栏, issue number and date, the notices in columns
 * that fill the page (a notice too long for its column flows on, onto the next page, never cut),
 * supervision phone and mailbox, the issuing body.
 */
import { Radio } from 'antd';
import { useLayoutEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { formatDateCn } from '../../../shared/domain/dates';
import { bodyLength } from '../../../shared/disclosure/body';
import { formalTitle, type Notice } from '../../../shared/disclosure/schema';
import type { PaperSize } from '../../../shared/api/bridge';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import { NoticeBody, printChoiceFrom } from '../common';
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

/** Type sizes tried, in steps, when a board fills less than its sheet: the type grows to fill it. */
// Growing the type is switched off until the board prints notice titles without wrapping them
// mid-phrase (the disclosure e2e reads titles back whole); the search below then stays at 1.
const SCALES = [1];
const PX_PER_MM = 96 / 25.4;

/**
 * Grows the type step by step while the board still fits one sheet, so a short issue fills its A3
 * sheet instead of leaving half of it empty; a board already longer than a sheet keeps the base size.
 * Returns the scale and whether the search is over (the print waits for it).
 */
function useFillSheet(board: React.RefObject<HTMLDivElement | null>, availableMm: number, key: string, enabled: boolean) {
  const [step, setStep] = useState({ key, index: 0, done: false });
  const current = step.key === key ? step : { key, index: 0, done: false };
  useLayoutEffect(() => {
    if (!enabled || current.done || !board.current) return;
    const fits = board.current.getBoundingClientRect().height <= availableMm * PX_PER_MM;
    if (!fits) setStep({ key, index: Math.max(0, current.index - 1), done: true });
    else if (current.index + 1 < SCALES.length) setStep({ key, index: current.index + 1, done: false });
    else setStep({ key, index: current.index, done: true });
  }, [enabled, current.done, current.index, board, availableMm, key]);
  return { scale: SCALES[current.index]!, done: current.done || !enabled };
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

export function BoardNotice({ notice }: { notice: Notice }) {
  const long = bodyLength(notice.body) > LONG_NOTICE_CHARS;
  return (
    <article className={`board-notice${long ? ' board-notice-long' : ''}`} data-testid="board-notice">
      <h2>{formalTitle(notice.title)}</h2>
      <div className="board-notice-meta">
        {[notice.category, SCOPE_LABELS[notice.scope], notice.responsibleUnit ? `责任部门：${notice.responsibleUnit}` : ''].filter(Boolean).join(' · ')}
      </div>
      <NoticeBody html={notice.body} />
      <p className="board-period">
        公示期：{formatDateCn(notice.publishDate)}至{formatDateCn(notice.endDate)}。
        {notice.objectionContact ? `如有异议，${notice.objectionContact.replace(/^如有异议[，,]?/, '')}` : ''}
      </p>
      <p className="board-sign">
        {notice.issuer}
        {notice.issuer ? <br /> : null}
        {formatDateCn(notice.publishDate)}
      </p>
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
  const fill = useFillSheet(boardRef, availableMm, `${pageSize}-${landscape}-${shown.map((n) => n.id).join(',')}`, ready && !error);
  const baseFont = pageSize === 'A3' ? 13 : 10.5;
  const unionName = g?.unionName && g.unionName !== g.schoolName ? g.unionName : '';

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
      settling={!fill.done}
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
          className="board"
          ref={boardRef}
          data-scale={fill.scale}
          style={{
            ['--board-font' as string]: `${(baseFont * fill.scale).toFixed(1)}pt`,
            // A board that fits on one sheet still fills it: the footer sits at the bottom of the page.
            minHeight: `${availableMm}mm`,
          }}
        >
          <header className="board-head">
            {g.schoolName ? <div className="board-school">{g.schoolName}</div> : null}
            {unionName ? <div className="board-union">{unionName}</div> : null}
            <h1 className="board-title">校务公开栏</h1>
            <div className="board-meta">
              <span>{i.year}年 第{i.number}期</span>
              <span>{formatDateCn(i.issueDate)}</span>
            </div>
          </header>
          <div className="board-columns" style={{ columnCount: boardColumns(pageSize, landscape) }}>
            {shown.map((n) => (
              <BoardNotice key={n.id} notice={n} />
            ))}
          </div>
          <footer className="board-foot">
            <span>监督电话：{g.supervisionPhone || '＿＿＿＿＿＿'}</span>
            <span>监督邮箱：{g.supervisionEmail || '＿＿＿＿＿＿'}</span>
            <span>{issuing}</span>
          </footer>
        </div>
      ) : null}
    </PrintFrame>
  );
}
