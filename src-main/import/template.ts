/**
 * A record set's import template (…模板.xlsx): the header row under a title, every column
 * formatted as text before anyone types (so 0012 and long numbers survive), and a 填写说明 sheet.
 */
import type { Download } from '../../shared/api/common';
import type { RecordSet } from '../../shared/import/schema';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { recordSet } from './registry';

const TEMPLATE_ROWS = 500;

export async function recordTemplate(set: RecordSet): Promise<Download> {
  const t = recordSet(set).template;
  const wb = newWorkbook();
  const sheet = addTableSheet(wb, {
    name: t.sheetName,
    title: t.title,
    headers: t.columns.map((c) => c.header),
    widths: t.columns.map((c) => c.width),
    rows: [],
  });
  t.columns.forEach((_c, i) => {
    sheet.getColumn(i + 1).numFmt = '@';
    for (let r = 3; r < 3 + TEMPLATE_ROWS; r++) sheet.getRow(r).getCell(i + 1).numFmt = '@';
  });
  const help = wb.addWorksheet('填写说明');
  const lines = [
    '填写说明',
    `1. 请在“${t.sheetName}”工作表第 2 行表头下方逐行填写，每行一条；不要改动表头文字。所有列已设为文本格式。`,
    ...t.notes.map((n, i) => `${i + 2}. ${n}`),
    `${t.notes.length + 2}. 导入时先逐行检查并列出问题，确认无误后一次全部写入；导入后可在“导入记录”中整批撤销。`,
    '例：',
    t.columns.map((c) => `${c.header}：${c.example || '（可空）'}`).join('\u3000'),
  ];
  lines.forEach((text, i) => {
    const cell = help.getRow(i + 1).getCell(1);
    cell.value = text;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  help.getColumn(1).width = 120;
  return { fileName: t.fileName, contentBase64: (await workbookToBuffer(wb)).toString('base64') };
}
