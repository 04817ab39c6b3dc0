/**
 * The 接收台账 page left while its check or its 接收 ran as a job: the list it showed and what the
 * job was given, kept for the page's next visit, where the page follows the job (found by its key)
 * to its end and puts the answer into the list. Kept in the renderer's memory like a wizard's
 * left import (import/left-imports.ts): the job itself lives in the main process.
 */
import type { Picked } from './ReceivePage';

/** A file as read from the disk before checking; a file that could not be read has a problem. */
export interface ReadLine {
  key: string;
  fileName: string;
  contentBase64: string | null;
  problem: string | null;
}

export interface LeftReceive {
  year: number;
  picked: Picked[];
  /** The last line key given out, so files picked after the return get new keys. */
  counter: number;
  /** The job running when the page was left: a check of these files, or 接收 of these lines. */
  pending: { kind: 'preview'; read: ReadLine[] } | { kind: 'commit'; keys: string[] } | null;
}

export const RECEIVE_JOB_KEY = 'district:receive';

let left: LeftReceive | null = null;

export function keepLeftReceive(state: LeftReceive): void {
  left = state;
}

/** The page's state left with a job (read on mount; pure, so a double render is harmless). */
export function leftReceive(): LeftReceive | null {
  return left;
}

export function forgetLeftReceive(): void {
  left = null;
}
