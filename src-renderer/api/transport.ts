/**
 * Picks the transport: the Electron preload's bridge when present, else HTTP to the browser-mode
 * server with the per-launch token from the URL (kept for this tab in sessionStorage).
 */
import { BRIDGE_KEY, type DesktopBridge } from '../../shared/api/bridge';
import { createApiClient, type Transport } from '../../shared/api/client';
import type { ApiEnvelope } from '../../shared/api/errors';

export const TOKEN_STORAGE_KEY = 'union-ledger-token';
const TOKEN_KEY = TOKEN_STORAGE_KEY;

export function desktopBridge(): DesktopBridge | undefined {
  return (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_KEY];
}

/** Reads ?token=… once, keeps it for reloads, and removes it from the address bar. */
export function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function currentToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function httpTransport(token: string, fetchImpl: typeof fetch = fetch): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-union-token': token },
        body: input === undefined ? '' : JSON.stringify(input),
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: '无法连接到工会台账的后台服务，请确认它仍在运行。' } };
    }
    try {
      return (await response.json()) as ApiEnvelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `后台服务返回了无法识别的内容（HTTP ${response.status}）。` } };
    }
  };
}

export function defaultTransport(): Transport {
  const bridge = desktopBridge();
  if (bridge) return (method, input) => bridge.invoke(method, input);
  return httpTransport(takeToken());
}

export const api = createApiClient(defaultTransport());
