/**
 * The body of a notice: paragraphs and simple tables, nothing else.
 *
 * The body is sanitized in the main process on every save and read again in the renderer (editor,
 * board print), so the same code must run on both sides without a DOM: DOMPurify would need jsdom in
 * main. Instead the input is read by parse5, the WHATWG-conformant parser (the tree a browser would
 * build from the same bytes: implied and misnested tags, raw-text elements, comments, entities), and
 * the tree is walked into a small model of blocks (paragraphs of text and line breaks; tables of rows
 * of cells), which is then serialized again. The output therefore can only ever contain the tags p,
 * br, table, thead, tbody, tr, th, td, with no attributes except numeric colspan/rowspan, and escaped
 * text. A mistake in reading odd input can lose formatting, never let markup through. Contents of
 * script, style, iframe, object, svg and similar elements are dropped entirely, comments too.
 *
 * Why parse5 and not htmlparser2: htmlparser2 is a forgiving tokenizer that only knows script, style
 * and title as raw text and closes tags by its own table; what Word, WPS and web pages paste is read
 * by the browser per the HTML standard, and parse5 reads it the same way.
 */
import { defaultTreeAdapter, html as htmlSpec, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

export interface BodyCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  /** Lines of text; more than one means line breaks inside the cell. */
  lines: string[];
}

export type BodyBlock = { type: 'p'; lines: string[] } | { type: 'table'; headRows: number; rows: BodyCell[][] };

/** Elements whose whole content is junk for a notice body (never shown, never kept). */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'head',
  'title',
  'textarea',
  'select',
  'xmp',
  'audio',
  'video',
  'canvas',
  'button',
]);
/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'pre',
  'address',
  'center',
  'hr',
  'caption',
  'figure',
  'figcaption',
  'body',
  'html',
]);

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Event = { kind: 'text'; text: string } | { kind: 'start'; name: string; attrs: Record<string, string> } | { kind: 'end'; name: string };

/** Pasted HTML is read as a div's innerHTML would be: a whole document's html/head/body tags are ignored. */
const CONTEXT = defaultTreeAdapter.createElement('div', htmlSpec.NS.HTML, []);

/**
 * The parsed tree as start/text/end events, in document order. Elements outside the HTML namespace
 * (svg, math) and the junk elements are skipped with everything inside them; comments are skipped.
 * A loop over an explicit stack, not recursion: a pasted body may nest thousands of spans deep.
 */
function* treeEvents(html: string): Generator<Event> {
  const root = parseFragment(CONTEXT, html, {});
  const stack: { node: DefaultTreeAdapterTypes.ChildNode; exit: boolean }[] = [];
  const pushChildren = (nodes: DefaultTreeAdapterTypes.ChildNode[]) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, exit: false });
  };
  pushChildren(root.childNodes);
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (defaultTreeAdapter.isTextNode(node)) {
      yield { kind: 'text', text: node.value };
    } else if (defaultTreeAdapter.isElementNode(node)) {
      if (exit) {
        yield { kind: 'end', name: node.tagName };
        continue;
      }
      if (node.namespaceURI !== htmlSpec.NS.HTML || DROP_WITH_CONTENT.has(node.tagName)) continue;
      const attrs: Record<string, string> = {};
      for (const a of node.attrs) attrs[a.name] = a.value;
      yield { kind: 'start', name: node.tagName, attrs };
      stack.push({ node, exit: true });
      pushChildren(node.childNodes);
    }
  }
}

function spanValue(raw: string | undefined): number {
  const n = raw ? parseInt(raw, 10) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 50) : 1;
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ');
}

function tidyLines(lines: string[]): string[] {
  const out = lines.map((l) => l.replace(/^ +| +$/g, ''));
  while (out.length && out[0] === '') out.shift();
  while (out.length && out[out.length - 1] === '') out.pop();
  // Several empty lines in a row say no more than one.
  return out.filter((l, idx) => l !== '' || out[idx - 1] !== '');
}

/** Reads any HTML (a web page, Word, Excel's clipboard, our own output) into body blocks. */
export function htmlToBlocks(html: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let para: string[] = [''];
  let table: { headRows: number; rows: BodyCell[][]; inHead: boolean } | null = null;
  let row: BodyCell[] | null = null;
  let cell: BodyCell | null = null;
  let nested = 0;

  const addText = (t: string) => {
    const target = cell ? cell.lines : para;
    if (!cell && table) {
      // Text in a table but in no cell (a caption; loose text the parser has already moved before
      // the table): give it a cell so nothing typed is lost.
      if (!t.trim()) return;
      openCell(false, {});
      addText(t);
      return;
    }
    target[target.length - 1] += collapse(t);
  };
  const lineBreak = () => {
    const target = cell ? cell.lines : para;
    target.push('');
  };
  const flushPara = () => {
    const lines = tidyLines(para);
    if (lines.length) blocks.push({ type: 'p', lines });
    para = [''];
  };
  const closeCell = () => {
    if (cell && row) {
      cell.lines = tidyLines(cell.lines);
      row.push(cell);
    }
    cell = null;
  };
  const closeRow = () => {
    closeCell();
    if (row && table && row.length) {
      table.rows.push(row);
      if (table.inHead) table.headRows = table.rows.length;
    }
    row = null;
  };
  const openCell = (header: boolean, attrs: Record<string, string>) => {
    closeCell();
    if (!row) row = [];
    cell = { header, colspan: spanValue(attrs.colspan), rowspan: spanValue(attrs.rowspan), lines: [''] };
  };
  const closeTable = () => {
    closeRow();
    if (table && table.rows.length) {
      let headRows = table.headRows;
      // Excel and most pages have no thead: a first row of th cells is the header all the same.
      if (headRows === 0 && table.rows[0]?.every((c) => c.header)) headRows = 1;
      blocks.push({ type: 'table', headRows, rows: table.rows });
    }
    table = null;
  };

  for (const token of treeEvents(html)) {
    if (token.kind === 'text') {
      addText(token.text);
      continue;
    }
    const name = token.name;
    if (name === 'br' && token.kind === 'start') {
      lineBreak();
      continue;
    }
    if (name === 'table') {
      if (token.kind === 'start') {
        if (table) {
          nested++;
          if (cell) lineBreak();
        } else {
          flushPara();
          table = { headRows: 0, rows: [], inHead: false };
        }
      } else if (nested > 0) {
        nested--;
      } else if (table) {
        closeTable();
      }
      continue;
    }
    if (table && nested > 0) {
      // A table inside a cell becomes lines of text in that cell.
      if (token.kind === 'start' && (name === 'tr' || BLOCK.has(name)) && cell) lineBreak();
      if (token.kind === 'start' && (name === 'td' || name === 'th') && cell) addText(' ');
      continue;
    }
    if (table) {
      if (name === 'thead') {
        if (token.kind === 'start') {
          closeRow();
          table.inHead = true;
        } else {
          closeRow();
          table.inHead = false;
        }
      } else if (name === 'tbody' || name === 'tfoot') {
        closeRow();
        table.inHead = false;
      } else if (name === 'tr') {
        closeRow();
        if (token.kind === 'start') row = [];
      } else if (name === 'td' || name === 'th') {
        if (token.kind === 'start') openCell(name === 'th', token.attrs);
        else closeCell();
      } else if (BLOCK.has(name) && cell && token.kind === 'start') {
        const c: BodyCell = cell;
        if (c.lines[c.lines.length - 1] !== '') lineBreak();
      } else if (BLOCK.has(name) && cell && token.kind === 'end') {
        lineBreak();
      }
      continue;
    }
    if (BLOCK.has(name)) {
      flushPara();
      continue;
    }
    // Any other element (span, font, a, b, strong, o:p…) is unwrapped: its text stays, it does not.
  }
  if (table) closeTable();
  flushPara();
  return blocks;
}

function cellHtml(c: BodyCell): string {
  const tag = c.header ? 'th' : 'td';
  const span = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
  return `<${tag}${span}>${c.lines.map(escapeHtml).join('<br>')}</${tag}>`;
}

export function blocksToHtml(blocks: BodyBlock[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'p') return `<p>${b.lines.map(escapeHtml).join('<br>')}</p>`;
      const head = b.rows.slice(0, b.headRows);
      const body = b.rows.slice(b.headRows);
      const rows = (rs: BodyCell[][]) => rs.map((r) => `<tr>${r.map(cellHtml).join('')}</tr>`).join('');
      return `<table>${head.length ? `<thead>${rows(head)}</thead>` : ''}${body.length ? `<tbody>${rows(body)}</tbody>` : ''}</table>`;
    })
    .join('');
}

/** The one gate every stored body passes: any HTML in, only p/br/table markup out. */
export function sanitizeBodyHtml(html: string): string {
  return blocksToHtml(htmlToBlocks(html));
}

/**
 * Plain text typed or pasted: each line a paragraph; a run of lines with tabs (what Excel and WPS
 * put on the clipboard as text/plain) becomes a table.
 */
export function textToBlocks(text: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let tableRows: string[][] = [];
  const flushTable = () => {
    if (tableRows.length) {
      const width = Math.max(...tableRows.map((r) => r.length));
      blocks.push({
        type: 'table',
        headRows: 0,
        rows: tableRows.map((r) =>
          Array.from({ length: width }, (_, i) => ({ header: false, colspan: 1, rowspan: 1, lines: [(r[i] ?? '').trim()] })),
        ),
      });
    }
    tableRows = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) {
      tableRows.push(line.split('\t'));
      continue;
    }
    flushTable();
    const t = line.trim();
    if (t) blocks.push({ type: 'p', lines: [t] });
  }
  flushTable();
  return blocks;
}

/** The body as plain text (for the register's export and for searching). */
export function bodyToText(html: string): string {
  return htmlToBlocks(html)
    .map((b) => (b.type === 'p' ? b.lines.join('\n') : b.rows.map((r) => r.map((c) => c.lines.join(' ')).join('\t')).join('\n')))
    .join('\n');
}

/** Characters of visible text, to judge how long a notice is. */
export function bodyLength(html: string): number {
  return bodyToText(html).replace(/\s/g, '').length;
}
