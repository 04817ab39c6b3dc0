/**
 * The body of a notice: paragraphs and simple tables, nothing else.
 *
 * Why a hand-written sanitizer instead of DOMPurify: the body is sanitized in the main process on
 * every save, and DOMPurify needs a DOM there (jsdom is a dev-only dependency). Rather than trusting
 * the renderer and re-checking, the same code runs on both sides and is safe by construction:
 * whatever HTML comes in is tokenized (tolerantly, the way a browser would read it) into a small
 * model of blocks (paragraphs of text and line breaks; tables of rows of cells) and then serialized
 * again from that model. The output therefore can only ever contain the tags p, br, table, thead,
 * tbody, tr, th, td, with no attributes except numeric colspan/rowspan, and escaped text. A mistake
 * in reading odd input can lose formatting, never let markup through. Contents of script, style,
 * iframe, object, svg and similar elements are dropped entirely, comments too.
 */

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
  'svg',
  'math',
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
/** Elements whose content is read as raw text by browsers: find the matching end tag literally. */
const RAW_TEXT = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'noscript', 'xmp', 'textarea', 'title', 'template']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr', 'area', 'base', 'embed', 'param', 'source', 'track']);
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

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  middot: '·',
  times: '×',
  divide: '÷',
  yen: '¥',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  copy: '©',
  reg: '®',
  deg: '°',
  plusmn: '±',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body.toLowerCase()];
    return named ?? whole;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'end'; name: string };

function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    const name = (m[1] ?? '').toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Finds the '>' closing a tag, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      // Only a quote right after '=' (possibly spaced) opens a value; stray quotes elsewhere do not.
      let j = i - 1;
      while (j > from && /\s/.test(html[j] ?? '')) j--;
      if (html[j] === '=') quote = ch;
    } else if (ch === '>') return i;
  }
  return -1;
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text: decodeEntities(text) });
    text = '';
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i + 2);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const endTag = html[i + 1] === '/';
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9:-]*/.exec(html.slice(i + (endTag ? 2 : 1), i + (endTag ? 2 : 1) + 40));
    if (!nameMatch) {
      text += '<';
      i++;
      continue;
    }
    const close = tagEnd(html, i + 1);
    if (close < 0) {
      // An unfinished tag at the very end: browsers drop it, so do we.
      i = html.length;
      break;
    }
    flush();
    const name = nameMatch[0].toLowerCase();
    if (endTag) {
      tokens.push({ kind: 'end', name });
      i = close + 1;
      continue;
    }
    const inner = html.slice(i + 1 + name.length, close);
    const selfClosing = /\/\s*$/.test(inner);
    tokens.push({ kind: 'start', name, attrs: readAttributes(inner.replace(/\/\s*$/, '')), selfClosing });
    i = close + 1;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const re = new RegExp(`</${name}[\\s/>]`, 'i');
      const rest = html.slice(i);
      const m = re.exec(rest);
      if (!m) {
        i = html.length;
      } else {
        // The raw content is skipped here; the end tag is read as a normal token next.
        i += m.index;
      }
    }
  }
  flush();
  return tokens;
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
  let dropping: string | null = null;
  let dropDepth = 0;

  const addText = (t: string) => {
    const target = cell ? cell.lines : para;
    if (!cell && table) {
      // Text loose inside a table but outside any cell: give it a cell so nothing typed is lost.
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

  for (const token of tokenize(html)) {
    if (dropping) {
      if (token.kind === 'start' && token.name === dropping && !token.selfClosing) dropDepth++;
      if (token.kind === 'end' && token.name === dropping && --dropDepth === 0) dropping = null;
      continue;
    }
    if (token.kind === 'text') {
      addText(token.text);
      continue;
    }
    const name = token.name;
    if (token.kind === 'start' && DROP_WITH_CONTENT.has(name)) {
      if (!token.selfClosing && !VOID.has(name)) {
        dropping = name;
        dropDepth = 1;
      }
      continue;
    }
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
