/**
 * The shell's tighter rules with `electron` mocked: only the bundled index.html may call the API or
 * be navigated to (a dropped file does not replace the app), and the packaging configuration flips
 * the fuses and builds a per-user Chinese installer with shortcuts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/api/bridge';
import type { ApiEnvelope } from '../../shared/api/errors';
import { registerFileIpc } from '../../src-main/electron/files';
import { appPageUrl, isAppPage, registerApiIpc } from '../../src-main/electron/ipc';
import { registerPrintIpc } from '../../src-main/electron/print';
import { lockDownContents } from '../../src-main/electron/window';
import { tempStore } from '../helpers/store';

type Listener = (...args: unknown[]) => unknown;
const INDEX = '/opt/工会台账/resources/app.asar/dist/renderer/index.html';
const APP = appPageUrl(INDEX);
const fromUrl = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

/** file:// pages that are not the app: another page of the bundle, a download, a look-alike. */
const OTHER_FILE_PAGES = [
  'file:///opt/%E5%B7%A5%E4%BC%9A%E5%8F%B0%E8%B4%A6/resources/app.asar/dist/renderer/other.html',
  'file:///C:/Users/teacher/Downloads/%E8%8A%B1%E5%90%8D%E5%86%8C.html',
  'file:///opt/%E5%B7%A5%E4%BC%9A%E5%8F%B0%E8%B4%A6/resources/app.asar/dist/renderer/index.html.evil',
  'file:///tmp/index.html',
  'file://evil-host/opt/%E5%B7%A5%E4%BC%9A%E5%8F%B0%E8%B4%A6/resources/app.asar/dist/renderer/index.html',
];

describe('the app page', () => {
  it('is the bundled index.html with any route in its hash, and nothing else', () => {
    expect(isAppPage(`${APP}#/members`, APP)).toBe(true);
    expect(isAppPage(`${APP}#/print/roster?autoprint=1`, APP)).toBe(true);
    for (const url of OTHER_FILE_PAGES) expect(isAppPage(url, APP), url).toBe(false);
    expect(isAppPage('not a url', APP)).toBe(false);
  });

  it('is the only sender the API, save and print channels answer', async () => {
    const store = tempStore();
    try {
      const handlers = new Map<string, Listener>();
      const ipcMain = { handle: (channel: string, l: Listener) => handlers.set(channel, l) } as unknown as Electron.IpcMain;
      const dialog = { showSaveDialog: vi.fn() } as unknown as Electron.Dialog;
      const createWindow = vi.fn();
      registerApiIpc(ipcMain, store.ctx, APP);
      registerFileIpc(ipcMain, dialog, () => null, () => '/tmp', APP);
      registerPrintIpc({ ipcMain, dialog, createWindow, windowOptions: () => ({}), rendererIndex: INDEX, getWindow: () => null, defaultDir: () => '/tmp' });
      const request = { route: '/print/members', pageSize: 'A4', landscape: true, fileName: '花名册.pdf' };
      for (const url of OTHER_FILE_PAGES) {
        const answer = (await handlers.get(IPC_CHANNELS.invoke)!(fromUrl(url), 'members.create', { name: '入侵者' })) as ApiEnvelope<unknown>;
        expect(answer, url).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
        expect(await handlers.get(IPC_CHANNELS.saveFile)!(fromUrl(url), 'x.xlsx', 'AAAA')).toEqual({ saved: false });
        expect(await handlers.get(IPC_CHANNELS.printToPdf)!(fromUrl(url), request)).toEqual({ saved: false });
      }
      expect(store.ctx.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(0);
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
      expect(createWindow).not.toHaveBeenCalled();
      const ok = (await handlers.get(IPC_CHANNELS.invoke)!(fromUrl(`${APP}#/members`), 'members.create', { name: '张三' })) as ApiEnvelope<unknown>;
      expect(ok.ok).toBe(true);
    } finally {
      store.close();
    }
  });
});

describe('navigation', () => {
  function contents() {
    const listeners = new Map<string, Listener>();
    const wc = {
      setWindowOpenHandler: vi.fn(),
      on: (name: string, l: Listener) => listeners.set(name, l),
    } as unknown as Electron.WebContents;
    lockDownContents(wc, APP);
    const blocked = (name: string, url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { blocked };
  }

  it('a file dropped onto the window does not replace the app, nor does any other file:// page', () => {
    const { blocked } = contents();
    // Dropping a file makes Chromium navigate to it.
    expect(blocked('will-navigate', 'file:///C:/Users/teacher/Desktop/%E8%8A%B1%E5%90%8D%E5%86%8C.xlsx')).toBe(true);
    for (const url of OTHER_FILE_PAGES) expect(blocked('will-navigate', url), url).toBe(true);
    expect(blocked('will-navigate', 'https://evil.example/')).toBe(true);
    expect(blocked('will-redirect', 'https://evil.example/')).toBe(true);
    expect(blocked('will-navigate', `${APP}#/members`)).toBe(false);
  });
});

/** The two levels of electron-builder.yml this test reads (`key: value` under `section:`). */
function yamlSection(text: string, section: string): Record<string, string> {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `${section}:`);
  expect(start, section).toBeGreaterThanOrEqual(0);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) {
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      break;
    }
    const m = /^ {2}([A-Za-z]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.replace(/^'(.*)'$/, '$1');
  }
  return out;
}

describe('packaging (electron-builder.yml)', () => {
  const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8');

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or --inspect, asar integrity, app only from asar', () => {
    expect(yamlSection(text, 'electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
    expect(text).toMatch(/^asar: true$/m);
  });

  it('builds a per-user (no administrator rights) Chinese installer with desktop and start-menu shortcuts', () => {
    const nsis = yamlSection(text, 'nsis');
    // An assisted installer with perMachine: false would still offer an all-users install.
    expect(nsis).toMatchObject({ oneClick: 'true', perMachine: 'false', createStartMenuShortcut: 'true', language: '2052', shortcutName: '工会台账' });
    expect(['true', 'always']).toContain(nsis.createDesktopShortcut);
    expect(nsis.installerLanguages).toBe('[zh_CN]');
    expect(nsis.deleteAppDataOnUninstall).toBe('false');
  });
});
