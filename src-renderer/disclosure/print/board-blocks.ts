/**
 * The 校务公开栏 is laid out in pages the program measures itself, so the preview shows exactly the
 * sheets the printer makes and each sheet after the first can carry its own 续 masthead. The unit
 * a page break may fall before is a block: a notice's title, each paragraph or table of its body,
 * and its closing lines (公示期 and the issuer). Within a page the columns flow as CSS makes them.
 */
import { blocksToHtml, htmlToBlocks } from '../../../shared/disclosure/body';

export type BoardBlock =
  | { notice: number; kind: 'head' }
  | { notice: number; kind: 'body'; html: string }
  | { notice: number; kind: 'tail' };

export function boardBlocks(bodies: readonly string[]): BoardBlock[] {
  const out: BoardBlock[] = [];
  bodies.forEach((body, notice) => {
    out.push({ notice, kind: 'head' });
    for (const b of htmlToBlocks(body)) out.push({ notice, kind: 'body', html: blocksToHtml([b]) });
    out.push({ notice, kind: 'tail' });
  });
  return out;
}

/** The blocks of one page grouped by notice, in order, with each block's index in the whole list. */
export function pageGroups(blocks: readonly BoardBlock[], start: number, end: number): { notice: number; items: { index: number; block: BoardBlock }[] }[] {
  const groups: { notice: number; items: { index: number; block: BoardBlock }[] }[] = [];
  for (let i = start; i < end; i++) {
    const block = blocks[i]!;
    const last = groups[groups.length - 1];
    if (last && last.notice === block.notice) last.items.push({ index: i, block });
    else groups.push({ notice: block.notice, items: [{ index: i, block }] });
  }
  return groups;
}

/** Where a page's content overflows: the first block with a part outside the page's column box. */
export function firstOverflowing(columns: HTMLElement): number | null {
  const box = columns.getBoundingClientRect();
  for (const el of columns.querySelectorAll<HTMLElement>('[data-block]')) {
    for (const r of el.getClientRects()) {
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1) return Number(el.dataset.block);
    }
  }
  return null;
}
