/**
 * Registers the API over IPC. One channel carries every method to the same dispatch the browser
 * mode uses, so inputs are validated with the shared schemas here in main. Only our own pages
 * (file:// from the app) may call it.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '../../shared/api/bridge';
import type { ApiEnvelope } from '../../shared/api/errors';
import type { AppContext } from '../api/context';
import { dispatch } from '../api/dispatch';

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith('file://');
}

export function registerApiIpc(ipcMain: IpcMain, ctx: AppContext): void {
  ipcMain.handle(IPC_CHANNELS.invoke, async (event, method: unknown, input: unknown): Promise<ApiEnvelope<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝访问：请求不是来自工会台账的页面。' } };
    }
    return dispatch(ctx, method, input);
  });
}
