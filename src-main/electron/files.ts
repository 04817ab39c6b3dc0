/**
 * Save dialogs: the renderer hands over bytes and a suggested name; main asks where and writes.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { IPC_CHANNELS, type SaveResult } from '../../shared/api/bridge';
import { isTrustedSender } from './ipc';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.xlsx': { name: 'Excel 工作簿', extensions: ['xlsx'] },
  '.pdf': { name: 'PDF 文件', extensions: ['pdf'] },
  '.csv': { name: 'CSV 文件', extensions: ['csv'] },
  '.db': { name: '工会台账数据文件', extensions: ['db'] },
};

/** Keeps a suggested name to a plain file name: no folders, nothing Windows forbids. */
export function safeFileName(name: string): string {
  const printable = [...name].map((c) => ((c.codePointAt(0) ?? 0) < 0x20 ? '_' : c)).join('');
  // Windows drops trailing dots and spaces, and '.'/'..' are folders, not names.
  const base = path
    .basename(printable.replace(/\\/g, '/'))
    .replace(/[<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!base) return '未命名';
  // CON, NUL, COM1 … are devices on Windows, whatever the extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(base) ? `_${base}` : base;
}

export async function saveBytesWithDialog(
  dialog: Dialog,
  window: BrowserWindow | null,
  defaultDir: string,
  fileName: string,
  bytes: Buffer | Uint8Array,
): Promise<SaveResult> {
  const name = safeFileName(fileName);
  const filter = FILTERS[path.extname(name).toLowerCase()];
  const options = {
    title: '保存文件',
    defaultPath: path.join(defaultDir, name),
    buttonLabel: '保存',
    filters: filter ? [filter, { name: '所有文件', extensions: ['*'] }] : [{ name: '所有文件', extensions: ['*'] }],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false };
  await fs.writeFile(result.filePath, bytes);
  return { saved: true, path: result.filePath };
}

export function registerFileIpc(
  ipcMain: IpcMain,
  dialog: Dialog,
  getWindow: () => BrowserWindow | null,
  defaultDir: () => string,
  appPage: string,
): void {
  ipcMain.handle(IPC_CHANNELS.saveFile, async (event, fileName: unknown, contentBase64: unknown) => {
    if (!isTrustedSender(event, appPage)) return { saved: false };
    if (typeof fileName !== 'string' || typeof contentBase64 !== 'string') return { saved: false };
    return saveBytesWithDialog(dialog, getWindow(), defaultDir(), fileName, Buffer.from(contentBase64, 'base64'));
  });
}
