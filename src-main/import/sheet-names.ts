/**
 * The workbook's sheet names, in tab order, keyed by the file each sheet lives in
 * (xl/worksheets/sheetN.xml). exceljs's streaming reader learns names from workbook.xml only if
 * that part comes before the sheets in the zip, which is not always so (exceljs's own writer varies
 * the order); reading the two small parts first makes names and order certain.
 */
import { readZipText } from './zip-check';

export interface SheetName {
  name: string;
  /** N of xl/worksheets/sheetN.xml. */
  sheetNo: string;
}

function attributes(tag: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) map.set(m[1]!, m[2]!);
  return map;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

export function sheetNames(bytes: Buffer): SheetName[] {
  const workbook = readZipText(bytes, 'xl/workbook.xml');
  const rels = readZipText(bytes, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return [];
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    const target = /worksheets\/sheet(\d+)\.xml$/.exec(a.get('Target') ?? '');
    if (target && a.get('Id')) targets.set(a.get('Id')!, target[1]!);
  }
  const names: SheetName[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    const rid = [...a.entries()].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const sheetNo = rid ? targets.get(rid) : undefined;
    if (sheetNo && a.has('name')) names.push({ name: unescapeXml(a.get('name')!), sheetNo });
  }
  return names;
}
