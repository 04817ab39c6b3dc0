/**
 * The notice body editor: text blocks (one paragraph per line) and tables. Pasting from Excel or
 * WPS (text/html with a <table>, or tab-separated text/plain) becomes a table; anything pasted from
 * a web page goes through the same sanitizer the main process applies on save, so what is shown
 * here is what will be stored.
 */
import { DeleteOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Input, Space, Switch, Typography } from 'antd';
import { useEffect, useRef, useState, type ClipboardEvent } from 'react';
import { blocksToHtml, htmlToBlocks, textToBlocks, type BodyBlock, type BodyCell } from '../../shared/disclosure/body';

interface TextBlock {
  key: number;
  type: 'text';
  text: string;
}
interface TableBlock {
  key: number;
  type: 'table';
  header: boolean;
  rows: BodyCell[][];
}
type EditorBlock = TextBlock | TableBlock;

let nextKey = 1;
const textBlock = (text: string): TextBlock => ({ key: nextKey++, type: 'text', text });
const emptyCell = (): BodyCell => ({ header: false, colspan: 1, rowspan: 1, lines: [''] });

/** Consecutive paragraphs share one text block: one line per paragraph. */
function toEditorBlocks(blocks: BodyBlock[]): EditorBlock[] {
  const out: EditorBlock[] = [];
  for (const b of blocks) {
    if (b.type === 'p') {
      const last = out[out.length - 1];
      const text = b.lines.join('\n');
      if (last?.type === 'text') last.text = last.text ? `${last.text}\n${text}` : text;
      else out.push(textBlock(text));
    } else {
      out.push({ key: nextKey++, type: 'table', header: b.headRows > 0, rows: b.rows.map((r) => r.map((c) => ({ ...c, header: false }))) });
    }
  }
  if (out[out.length - 1]?.type !== 'text') out.push(textBlock(''));
  return out;
}

function toBodyBlocks(blocks: EditorBlock[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (const b of blocks) {
    if (b.type === 'text') {
      for (const line of b.text.split('\n')) if (line.trim()) out.push({ type: 'p', lines: [line.trim()] });
    } else {
      const rows = b.rows
        .map((r, i) => r.map((c) => ({ ...c, header: b.header && i === 0, lines: c.lines.map((l) => l.trim()) })))
        .filter((r) => r.length > 0);
      if (rows.some((r) => r.some((c) => c.lines.some((l) => l !== '')))) out.push({ type: 'table', headRows: b.header ? 1 : 0, rows });
    }
  }
  return out;
}

function mergeTexts(blocks: EditorBlock[]): EditorBlock[] {
  const out: EditorBlock[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (b.type === 'text' && last?.type === 'text') last.text = [last.text, b.text].filter(Boolean).join('\n');
    else out.push(b);
  }
  if (out[out.length - 1]?.type !== 'text') out.push(textBlock(''));
  return out;
}

export interface BodyEditorProps {
  value?: string;
  onChange?(html: string): void;
  id?: string;
}

export function BodyEditor({ value = '', onChange, id }: BodyEditorProps) {
  const emitted = useRef<string | null>(null);
  const [blocks, setBlocks] = useState<EditorBlock[]>(() => toEditorBlocks(htmlToBlocks(value)));

  useEffect(() => {
    // Only a value that did not come from this editor (a record loaded for editing) resets it.
    if (value !== emitted.current) {
      setBlocks(toEditorBlocks(htmlToBlocks(value)));
      emitted.current = value;
    }
  }, [value]);

  const update = (next: EditorBlock[]) => {
    setBlocks(next);
    const html = blocksToHtml(toBodyBlocks(next));
    emitted.current = html;
    onChange?.(html);
  };
  const replace = (key: number, b: EditorBlock) => update(blocks.map((x) => (x.key === key ? b : x)));
  const remove = (key: number) => update(mergeTexts(blocks.filter((x) => x.key !== key)));

  const onPaste = (block: TextBlock) => (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = e.clipboardData.getData('text/html');
    const plain = e.clipboardData.getData('text/plain');
    let pasted: BodyBlock[] | null = null;
    if (html && /<table[\s>]/i.test(html)) pasted = htmlToBlocks(html);
    else if (plain.includes('\t')) pasted = textToBlocks(plain);
    if (!pasted) return;
    e.preventDefault();
    const el = e.currentTarget;
    const before = block.text.slice(0, el.selectionStart ?? block.text.length);
    const after = block.text.slice(el.selectionEnd ?? block.text.length);
    // Excel marks no header row; a pasted list almost always starts with one (the switch undoes it).
    const inserted = toEditorBlocks(pasted)
      .filter((b) => b.type === 'table' || b.text)
      .map((b) => (b.type === 'table' && b.rows.length > 1 ? { ...b, header: true } : b));
    const next = blocks.flatMap((b) => (b.key === block.key ? [textBlock(before.replace(/\n$/, '')), ...inserted, textBlock(after.replace(/^\n/, ''))] : [b]));
    update(mergeTexts(next.filter((b) => b.type === 'table' || b.text !== '' || b === next[next.length - 1])));
  };

  const addTable = () => {
    const table: TableBlock = {
      key: nextKey++,
      type: 'table',
      header: true,
      rows: Array.from({ length: 3 }, () => Array.from({ length: 3 }, emptyCell)),
    };
    update(mergeTexts([...blocks, table]));
  };

  return (
    <div className="body-editor" id={id}>
      {blocks.map((b, index) =>
        b.type === 'text' ? (
          <Input.TextArea
            key={b.key}
            aria-label={index === 0 ? '公示内容' : '公示内容（续）'}
            value={b.text}
            autoSize={{ minRows: index === 0 && blocks.length === 1 ? 8 : 2, maxRows: 24 }}
            placeholder={index === 0 ? '正文：每行一段。可直接粘贴 Word 文字，或从 Excel / WPS 表格复制的名单（会自动变成表格）' : '表格下方的文字（可不填）'}
            onChange={(e) => replace(b.key, { ...b, text: e.target.value })}
            onPaste={onPaste(b)}
            style={{ marginBottom: 8 }}
          />
        ) : (
          <TableEditor key={b.key} block={b} onChange={(t) => replace(b.key, t)} onRemove={() => remove(b.key)} />
        ),
      )}
      <Space>
        <Button icon={<TableOutlined />} onClick={addTable}>
          插入表格
        </Button>
        <Typography.Text type="secondary">提示：在 Excel 中选中名单区域复制，再粘贴到正文框中，即成为表格。</Typography.Text>
      </Space>
    </div>
  );
}

function TableEditor({ block, onChange, onRemove }: { block: TableBlock; onChange(b: TableBlock): void; onRemove(): void }) {
  const width = Math.max(1, ...block.rows.map((r) => r.reduce((n, c) => n + c.colspan, 0)));
  const setCell = (r: number, c: number, text: string) =>
    onChange({ ...block, rows: block.rows.map((row, i) => (i === r ? row.map((cell, j) => (j === c ? { ...cell, lines: text.split('\n') } : cell)) : row)) });
  return (
    <div className="body-editor-table" style={{ border: '1px dashed #d9d9d9', padding: 8, marginBottom: 8, borderRadius: 6 }}>
      <Space wrap style={{ marginBottom: 6 }}>
        <Typography.Text strong>表格（{block.rows.length} 行 × {width} 列）</Typography.Text>
        <Switch size="small" checked={block.header} onChange={(header) => onChange({ ...block, header })} aria-label="首行作为表头" />
        <span>首行作为表头</span>
        <Button size="small" onClick={() => onChange({ ...block, rows: [...block.rows, Array.from({ length: width }, emptyCell)] })}>
          加一行
        </Button>
        <Button size="small" disabled={block.rows.length <= 1} onClick={() => onChange({ ...block, rows: block.rows.slice(0, -1) })}>
          删末行
        </Button>
        <Button size="small" onClick={() => onChange({ ...block, rows: block.rows.map((r) => [...r, emptyCell()]) })}>
          加一列
        </Button>
        <Button size="small" disabled={width <= 1} onClick={() => onChange({ ...block, rows: block.rows.map((r) => (r.length > 1 ? r.slice(0, -1) : r)) })}>
          删末列
        </Button>
        <Button size="small" danger icon={<DeleteOutlined />} onClick={onRemove}>
          删除表格
        </Button>
      </Space>
      <div style={{ overflowX: 'auto', maxHeight: 420, overflowY: 'auto' }}>
        <table className="body-editor-grid" style={{ borderCollapse: 'collapse', width: '100%' }}>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} colSpan={cell.colspan} rowSpan={cell.rowspan} style={{ border: '1px solid #e5e5e5', padding: 0 }}>
                    <input
                      aria-label={`表格第${r + 1}行第${c + 1}列`}
                      value={cell.lines.join(' ')}
                      onChange={(e) => setCell(r, c, e.target.value)}
                      style={{
                        width: '100%',
                        minWidth: 80,
                        border: 'none',
                        padding: '4px 6px',
                        boxSizing: 'border-box',
                        fontWeight: block.header && r === 0 ? 600 : 400,
                        background: block.header && r === 0 ? '#fafafa' : '#fff',
                      }}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
