/**
 * Writing cells safely: text that Excel or WPS would read as a formula (= + - @, and the tab/CR
 * tricks) is written as a text cell, so an exported roster can never run anything.
 */
import type { Cell } from 'exceljs';

const FORMULA_START = /^[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Sets a cell to a value; strings always land as text (numFmt '@'), never as formulas. */
export function setTextCell(cell: Cell, value: string | null | undefined): void {
  cell.numFmt = '@';
  // A string value is stored as a shared/inline string, which Excel never evaluates; the '@'
  // format keeps it text when the user edits it, so IDs and phones keep their digits.
  cell.value = value ?? '';
}

export function setCell(cell: Cell, value: string | number | Date | null | undefined): void {
  if (typeof value === 'string' || value === null || value === undefined) setTextCell(cell, value);
  else cell.value = value;
}

/** Column widths in characters, counting a CJK character as two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}
