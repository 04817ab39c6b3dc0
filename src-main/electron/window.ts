/**
 * The main window and the rules every window of ours follows: isolated, sandboxed, no Node,
 * no navigation away from the app, no new windows, and the same CSP as the browser mode.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../app/csp';
import { isAppPage } from './ipc';

export function secureWebPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '工会台账',
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export function applyContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // No remote content: nothing outside the app's own files is ever fetched.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = /^(file|devtools|data|blob):/.test(details.url);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

/**
 * No window of ours ever leaves the app's page: not by a link, not by a redirect, not by a file
 * dropped onto the window (Chromium would open it in place of the app).
 */
export function lockDownContents(contents: WebContents, appPage: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayOnAppPage = (event: { preventDefault(): void }, url: string) => {
    if (!isAppPage(url, appPage)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppPage);
  contents.on('will-redirect', stayOnAppPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
