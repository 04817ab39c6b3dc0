/**
 * A pass over a workbook's zip before exceljs sees it: every entry must inflate to its recorded
 * size and checksum, and the whole must not inflate to more than a roster could need. exceljs's
 * streaming reader can wait forever on a damaged deflate stream, so damage is found here first.
 */
import zlib from 'node:zlib';

/** A roster of 100,000 rows is about 60 MB of XML; far more than that is not a roster. */
const MAX_INFLATED_BYTES = 600 * 1024 * 1024;

export type ZipProblem = 'damaged' | 'too-large';

export interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export function centralEntries(bytes: Buffer): CentralEntry[] | null {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function inflateChecked(data: Buffer, entry: CentralEntry, budget: { left: number }): Promise<ZipProblem | null> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw();
    let crc = 0;
    let size = 0;
    let settled = false;
    const finish = (problem: ZipProblem | null) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(problem);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      budget.left -= chunk.length;
      if (budget.left < 0) return finish('too-large');
      crc = zlib.crc32(chunk, crc);
    });
    inflate.on('error', () => finish('damaged'));
    inflate.on('end', () => finish(crc === entry.crc && size === entry.size ? null : 'damaged'));
    inflate.end(data);
  });
}

export async function checkZip(bytes: Buffer): Promise<ZipProblem | null> {
  const entries = centralEntries(bytes);
  if (!entries || entries.length === 0) return 'damaged';
  const budget = { left: MAX_INFLATED_BYTES };
  for (const entry of entries) {
    // Zip64 sizes do not occur in rosters small enough to import; the reader is left to judge them.
    if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) continue;
    const at = entry.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) return 'damaged';
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    if (start + entry.compressedSize > bytes.length) return 'damaged';
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      if (zlib.crc32(data) !== entry.crc) return 'damaged';
    } else if (entry.method === 8) {
      const problem = await inflateChecked(data, entry, budget);
      if (problem) return problem;
    } else return 'damaged';
  }
  return null;
}

/** A small part of the zip (workbook.xml, its relationships) as text; null when absent. */
export function readZipText(bytes: Buffer, name: string): string | null {
  const entry = centralEntries(bytes)?.find((e) => e.name === name);
  if (!entry) return null;
  const at = entry.localOffset;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const raw = entry.method === 0 ? data : zlib.inflateRawSync(data, { maxOutputLength: 16 * 1024 * 1024 });
  return raw.toString('utf8');
}
