/**
 * The Electron shell with `electron` mocked: every contract method reaches its handler over the one
 * IPC channel, only our own pages may call it, and the window and menu follow the house rules.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, IPC_CHANNELS } from '../../shared/api/bridge';
import { METHODS } from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/csp';
import { storePathFromArgv } from '../../src-main/electron/args';
import { registerFileIpc, safeFileName } from '../../src-main/electron/files';
import { appPageUrl, registerApiIpc } from '../../src-main/electron/ipc';
import { buildMenuTemplate } from '../../src-main/electron/menu';
import { isPrintRequest, registerPrintIpc } from '../../src-main/electron/print';
import { applyContentSecurityPolicy, lockDownContents, mainWindowOptions } from '../../src-main/electron/window';
import { tempStore } from '../helpers/store';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  rendererInvoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, data: null })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.rendererInvoke },
}));

/** An ipcMain that keeps the handlers so the test can call them as Electron would. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipcMain: { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) } as unknown as Electron.IpcMain,
  };
}

const fromUrl = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;
const APP_INDEX = '/opt/union-ledger/resources/app.asar/dist/renderer/index.html';
const APP_PAGE = 'file:///opt/union-ledger/resources/app.asar/dist/renderer/index.html#/members';
const APP_URL = appPageUrl(APP_INDEX);

let store: ReturnType<typeof tempStore>;
beforeAll(() => {
  store = tempStore();
});
afterAll(() => store.close());

describe('IPC registration', () => {
  it('every contract method reaches its handler through the registered channel and is validated there', async () => {
    const { handlers, ipcMain } = fakeIpcMain();
    registerApiIpc(ipcMain, { ...store.ctx, shell: 'electron' }, APP_URL);
    const invoke = handlers.get(IPC_CHANNELS.invoke);
    expect(invoke).toBeTypeOf('function');
    expect(METHODS.length).toBeGreaterThan(5);
    // A symbol passes no schema: a VALIDATION answer proves the method was found and its schema ran.
    const invalid = Symbol('invalid');
    for (const method of METHODS) {
      const result = (await invoke!(fromUrl(APP_PAGE), method, invalid)) as ApiEnvelope<unknown>;
      expect(result.ok, method).toBe(false);
      expect(!result.ok && result.error.code, method).toBe('VALIDATION');
    }
    const unknown = (await invoke!(fromUrl(APP_PAGE), 'members.drop', {})) as ApiEnvelope<unknown>;
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_METHOD');
    const ok = (await invoke!(fromUrl(APP_PAGE), 'members.list', {})) as ApiEnvelope<unknown>;
    expect(ok).toMatchObject({ ok: true, data: { total: 0 } });
  });

  it('refuses a sender that is not one of our file:// pages', async () => {
    const { handlers, ipcMain } = fakeIpcMain();
    registerApiIpc(ipcMain, store.ctx, APP_URL);
    const invoke = handlers.get(IPC_CHANNELS.invoke)!;
    for (const url of ['https://evil.example/', 'http://127.0.0.1:3960/', 'about:blank', '', 'devtools://devtools/']) {
      const result = (await invoke(fromUrl(url), 'members.create', { name: '入侵者' })) as ApiEnvelope<unknown>;
      expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(!result.ok && result.error.message).toContain('拒绝访问');
    }
    const noFrame = (await invoke({} as IpcMainInvokeEvent, 'members.list', {})) as ApiEnvelope<unknown>;
    expect(noFrame.ok).toBe(false);
    expect(store.ctx.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(0);
  });

  it('the save and print channels ignore other senders too', async () => {
    const { handlers, ipcMain } = fakeIpcMain();
    const dialog = { showSaveDialog: vi.fn() } as unknown as Electron.Dialog;
    const createWindow = vi.fn();
    registerFileIpc(ipcMain, dialog, () => null, () => '/tmp', APP_URL);
    registerPrintIpc({
      ipcMain,
      dialog,
      createWindow,
      windowOptions: () => ({}),
      rendererIndex: '/nowhere/index.html',
      getWindow: () => null,
      defaultDir: () => '/tmp',
    });
    const request = { route: '/print/members', pageSize: 'A4', landscape: true, fileName: '花名册.pdf' };
    const evil = fromUrl('https://evil.example/');
    expect(await handlers.get(IPC_CHANNELS.saveFile)!(evil, 'x.xlsx', 'AAAA')).toEqual({ saved: false });
    expect(await handlers.get(IPC_CHANNELS.printToPdf)!(evil, request)).toEqual({ saved: false });
    expect(await handlers.get(IPC_CHANNELS.print)!(evil, request)).toEqual({ printed: false });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(createWindow).not.toHaveBeenCalled();
  });
});

describe('preload', () => {
  it('exposes only the bridge object, whose invoke goes over the one API channel', async () => {
    await import('../../src-main/electron/preload');
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_KEY]);
    const bridge = electron.exposed.get(BRIDGE_KEY) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'print', 'printToPdf', 'saveFile', 'shell']);
    expect(bridge.shell).toBe('electron');
    await (bridge.invoke as (m: string, i: unknown) => Promise<unknown>)('members.list', { page: 1 });
    expect(electron.rendererInvoke).toHaveBeenCalledWith(IPC_CHANNELS.invoke, 'members.list', { page: 1 });
  });
});

describe('window and content rules', () => {
  it('isolates the renderer: contextIsolation, sandbox, no Node', () => {
    const options = mainWindowOptions('/app/preload.cjs');
    expect(options.title).toBe('工会台账');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(options.webPreferences).not.toHaveProperty('nodeIntegrationInSubFrames', true);
  });

  it('has a strict CSP: scripts only from the app, never eval', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }));
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('adds the CSP to every response, blocks remote requests and denies permissions', () => {
    let onHeaders: Listener | undefined;
    let onBefore: Listener | undefined;
    let onPermission: Listener | undefined;
    const session = {
      webRequest: { onHeadersReceived: (l: Listener) => (onHeaders = l), onBeforeRequest: (l: Listener) => (onBefore = l) },
      setPermissionRequestHandler: (l: Listener) => (onPermission = l),
    } as unknown as Electron.Session;
    applyContentSecurityPolicy(session);
    const headers = vi.fn();
    onHeaders!({ responseHeaders: { 'X-Other': ['1'] } }, headers);
    expect(headers).toHaveBeenCalledWith({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    const decide = (url: string) => {
      const cb = vi.fn();
      onBefore!({ url }, cb);
      return (cb.mock.calls[0]![0] as { cancel: boolean }).cancel;
    };
    expect(decide('file:///app/index.html')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://cdn.example/x.js')).toBe(true);
    expect(decide('http://127.0.0.1:3960/')).toBe(true);
    const allow = vi.fn();
    onPermission!(null, 'media', allow);
    expect(allow).toHaveBeenCalledWith(false);
  });

  it('denies new windows, webviews and navigation away from the app', () => {
    const listeners = new Map<string, Listener>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (h: () => unknown) => (openHandler = h),
      on: (name: string, l: Listener) => listeners.set(name, l),
    } as unknown as Electron.WebContents;
    lockDownContents(contents, appPageUrl('/app/index.html'));
    expect(openHandler!()).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get('will-navigate')!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///app/index.html#/members')).toBe(false);
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('menu', () => {
  it('is Chinese throughout, on Windows and on macOS', () => {
    const actions = { openDataFolder: vi.fn(), backupNow: vi.fn(), showAbout: vi.fn() };
    for (const isMac of [false, true]) {
      const labels: string[] = [];
      const walk = (items: Electron.MenuItemConstructorOptions[]) => {
        for (const item of items) {
          if (item.type === 'separator') continue;
          labels.push(item.label ?? '');
          if (Array.isArray(item.submenu)) walk(item.submenu);
        }
      };
      walk(buildMenuTemplate(actions, isMac));
      expect(labels.length).toBeGreaterThan(10);
      for (const label of labels) expect(label, `menu label “${label}”`).toMatch(/[\u4e00-\u9fff]/);
    }
    const file = buildMenuTemplate(actions, false)[0]!;
    const backup = (file.submenu as Electron.MenuItemConstructorOptions[]).find((i) => i.label === '立即备份')!;
    (backup.click as () => void)();
    expect(actions.backupNow).toHaveBeenCalledOnce();
  });
});

describe('small helpers', () => {
  it('storePathFromArgv reads --db FILE and --db=FILE and ignores everything else', () => {
    expect(storePathFromArgv(['electron', '.', '--db', 'D:\\工会\\台账.db'])).toBe('D:\\工会\\台账.db');
    expect(storePathFromArgv(['app.exe', '--db=/data/x.db', '--inspect'])).toBe('/data/x.db');
    expect(storePathFromArgv(['app.exe', '--no-sandbox'])).toBeUndefined();
    expect(storePathFromArgv(['app.exe', '--db'])).toBeUndefined();
  });

  it('isPrintRequest accepts only print routes with a known paper size', () => {
    const ok = { route: '/print/members', pageSize: 'A4', landscape: true, fileName: '花名册.pdf' };
    expect(isPrintRequest(ok)).toBe(true);
    expect(isPrintRequest({ ...ok, pageSize: 'A3' })).toBe(true);
    expect(isPrintRequest({ ...ok, route: '/members' })).toBe(false);
    expect(isPrintRequest({ ...ok, route: 'https://evil.example/print/' })).toBe(false);
    expect(isPrintRequest({ ...ok, pageSize: 'Letter' })).toBe(false);
    expect(isPrintRequest({ ...ok, landscape: 'yes' })).toBe(false);
    expect(isPrintRequest({ ...ok, fileName: 3 })).toBe(false);
    expect(isPrintRequest(null)).toBe(false);
  });

  it('safeFileName keeps a plain file name with nothing Windows forbids', () => {
    expect(safeFileName('会员花名册.xlsx')).toBe('会员花名册.xlsx');
    expect(safeFileName('../../Windows/System32/evil.dll')).toBe('evil.dll');
    expect(safeFileName('C:\\Users\\x\\报表.xlsx')).toBe('报表.xlsx');
    expect(safeFileName('a<b>c:d"e|f?g*h.pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(safeFileName('line\nbreak.csv')).toBe('line_break.csv');
    expect(safeFileName('   ')).toBe('未命名');
    expect(safeFileName('..')).toBe('未命名');
    expect(safeFileName('报表.xlsx. ')).toBe('报表.xlsx');
    expect(safeFileName('CON.xlsx')).toBe('_CON.xlsx');
  });
});
