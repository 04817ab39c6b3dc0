/**
 * Registers the API over IPC. One channel carries every method to the same dispatch the browser
 * mode uses, so inputs are validated with the shared schemas here in main. Only the app's own
 * page (the bundled index.html) may call it.
 */
import { pathToFileURL } from 'node:url';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '../../shared/api/bridge';
import type { ApiEnvelope } from '../../shared/api/errors';
import type { AppContext } from '../api/context';
import { dispatch } from '../api/dispatch';

/** The address of the bundled index.html, as Electron reports a frame loaded from it. */
export function appPageUrl(rendererIndex: string): string {
  return pathToFileURL(rendererIndex).href;
}

/** `url` is the app's own page (any route in its hash), not merely some file:// page. */
export function isAppPage(url: string, appPage: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return false;
    parsed.hash = '';
    parsed.search = '';
    return parsed.href === appPage;
  } catch {
    return false;
  }
}

/**
 * Only the app's own page may call: the exact URL of the bundled index.html, not any file:// page
 * (a downloaded .html opened in a window of ours would otherwise reach the store).
 */
export function isTrustedSender(event: IpcMainInvokeEvent, appPage: string): boolean {
  return isAppPage(event.senderFrame?.url ?? '', appPage);
}

export function registerApiIpc(ipcMain: IpcMain, ctx: AppContext, appPage: string): void {
  ipcMain.handle(IPC_CHANNELS.invoke, async (event, method: unknown, input: unknown): Promise<ApiEnvelope<unknown>> => {
    if (!isTrustedSender(event, appPage)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝访问：请求不是来自工会台账的页面。' } };
    }
    return dispatch(ctx, method, input);
  });
}
