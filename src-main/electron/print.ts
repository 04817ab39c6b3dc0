/**
 * Printing: a print view is a route of the renderer. It is loaded in a hidden window, which waits
 * until the view marks itself ready (body[data-print-ready]), then prints or saves as PDF.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, IpcMain } from 'electron';
import { IPC_CHANNELS, type PrintRequest } from '../../shared/api/bridge';
import { saveBytesWithDialog } from './files';
import { appPageUrl, isTrustedSender } from './ipc';

export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
const READY_TIMEOUT_MS = 20_000;

export function isPrintRequest(value: unknown): value is PrintRequest {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.route === 'string' &&
    r.route.startsWith('/print/') &&
    (r.pageSize === 'A4' || r.pageSize === 'A3') &&
    typeof r.landscape === 'boolean' &&
    typeof r.fileName === 'string'
  );
}

export async function waitForPrintReady(win: BrowserWindow, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const ready: unknown = await win.webContents.executeJavaScript(
      `document.body.getAttribute('${PRINT_READY_ATTRIBUTE}') === 'true'`,
      true,
    );
    if (ready === true) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('打印页面加载超时，请重试。');
}

export interface PrintDeps {
  ipcMain: IpcMain;
  dialog: Dialog;
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  windowOptions: () => BrowserWindowConstructorOptions;
  rendererIndex: string;
  getWindow: () => BrowserWindow | null;
  defaultDir: () => string;
}

async function renderHidden(deps: PrintDeps, request: PrintRequest): Promise<BrowserWindow> {
  const win = deps.createWindow({ ...deps.windowOptions(), show: false });
  await win.loadFile(deps.rendererIndex, { hash: request.route });
  await waitForPrintReady(win);
  return win;
}

export function registerPrintIpc(deps: PrintDeps): void {
  const appPage = appPageUrl(deps.rendererIndex);
  deps.ipcMain.handle(IPC_CHANNELS.printToPdf, async (event, request: unknown) => {
    if (!isTrustedSender(event, appPage) || !isPrintRequest(request)) return { saved: false };
    const win = await renderHidden(deps, request);
    try {
      const pdf = await win.webContents.printToPDF({
        pageSize: request.pageSize,
        landscape: request.landscape,
        printBackground: true,
        preferCSSPageSize: true,
      });
      return await saveBytesWithDialog(deps.dialog, deps.getWindow(), deps.defaultDir(), request.fileName, pdf);
    } finally {
      win.destroy();
    }
  });
  deps.ipcMain.handle(IPC_CHANNELS.print, async (event, request: unknown) => {
    if (!isTrustedSender(event, appPage) || !isPrintRequest(request)) return { printed: false };
    const win = await renderHidden(deps, request);
    return new Promise<{ printed: boolean }>((resolve) => {
      win.webContents.print(
        { silent: false, printBackground: true, landscape: request.landscape, pageSize: request.pageSize },
        (success) => {
          win.destroy();
          resolve({ printed: success });
        },
      );
    });
  });
}
