/**
 * What the Electron preload exposes on window.unionLedger: the API and the few things only the
 * shell can do (save dialogs, printing). Nothing else of Node or Electron reaches the renderer.
 */
import type { ApiEnvelope } from './errors';

export type PaperSize = 'A4' | 'A3';

export interface PrintRequest {
  /** The hash route of the print view, e.g. '/print/members'. */
  route: string;
  pageSize: PaperSize;
  landscape: boolean;
  /** Suggested file name for 'pdf', without folder. */
  fileName: string;
}

export interface SaveResult {
  saved: boolean;
  path?: string;
}

export interface DesktopBridge {
  shell: 'electron';
  invoke(method: string, input: unknown): Promise<ApiEnvelope<unknown>>;
  /** Shows a save dialog and writes the bytes; `saved` is false when the user cancelled. */
  saveFile(fileName: string, contentBase64: string): Promise<SaveResult>;
  /** Renders a print view and saves it as PDF through a save dialog. */
  printToPdf(request: PrintRequest): Promise<SaveResult>;
  /** Renders a print view and opens the system print dialog. */
  print(request: PrintRequest): Promise<{ printed: boolean }>;
}

export const BRIDGE_KEY = 'unionLedger';
export const IPC_CHANNELS = {
  invoke: 'api:invoke',
  saveFile: 'shell:save-file',
  printToPdf: 'shell:print-to-pdf',
  print: 'shell:print',
} as const;
