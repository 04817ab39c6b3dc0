/**
 * src-main/electron/main.ts imported under a mocked `electron`: a second instance must leave at
 * once, without opening a window or touching the store.
 */
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  quit: vi.fn(),
  whenReady: vi.fn(() => new Promise<void>(() => undefined)),
  on: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => false),
  BrowserWindow: vi.fn(),
  boot: vi.fn(),
}));

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: electron.requestSingleInstanceLock,
    quit: electron.quit,
    exit: vi.fn(),
    on: electron.on,
    whenReady: electron.whenReady,
    getPath: () => '/tmp/union-ledger-never-used',
  },
  BrowserWindow: electron.BrowserWindow,
  dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
  ipcMain: { handle: vi.fn() },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  session: { defaultSession: {} },
  shell: { openPath: vi.fn() },
}));

vi.mock('../../src-main/app/boot', () => ({ bootServices: electron.boot, APP_VERSION: '0.0.0-test' }));

describe('Electron main, second instance', () => {
  it('quits without creating a window, registering handlers or opening the store', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('../../src-main/electron/main');
    expect(electron.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(electron.quit).toHaveBeenCalledOnce();
    expect(electron.BrowserWindow).not.toHaveBeenCalled();
    expect(electron.whenReady).not.toHaveBeenCalled();
    expect(electron.boot).not.toHaveBeenCalled();
    expect(electron.on).not.toHaveBeenCalled();
    expect(log.mock.calls.flat().join('')).toContain('工会台账已经在运行');
  });
});
