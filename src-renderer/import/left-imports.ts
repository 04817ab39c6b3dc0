/**
 * The wizard of a record-set import left while its read, check or commit ran as a job: what the
 * wizard held (file, sheet, columns, rows, the last check), kept for the page's next visit, where
 * the wizard opens again and follows the job (found by the page key) to its end. Kept in the
 * renderer's memory: the job itself lives in the main process, the header shows it meanwhile.
 */
import type { GridRow } from '../../shared/import/grid';
import type { ImportCheck, ImportSheet, RecordSet } from '../../shared/import/schema';

export interface LeftImport {
  step: number;
  file: { fileName: string; contentBase64: string } | null;
  sheet: ImportSheet | null;
  mapping: Array<string | null>;
  rows: GridRow[];
  check: ImportCheck | null;
  skipInvalid: boolean;
  addDelegates: boolean;
}

const left = new Map<string, LeftImport>();

export const importJobKey = (set: RecordSet) => `import:${set}`;

export function keepLeftImport(set: RecordSet, state: LeftImport): void {
  left.set(importJobKey(set), state);
}

/** The wizard's state left with a job (read on mount; pure, so a double render is harmless). */
export function leftImport(set: RecordSet): LeftImport | null {
  return left.get(importJobKey(set)) ?? null;
}

/** Forgets it once the wizard has opened again with it. */
export function forgetLeftImport(set: RecordSet): void {
  left.delete(importJobKey(set));
}
