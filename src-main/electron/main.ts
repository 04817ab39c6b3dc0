/**
 * The Electron main process: one instance, one window, the services behind IPC.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { bootServices, APP_VERSION } from '../app/boot';
import { STORE_FILE_NAME } from '../app/paths';
import type { AppContext } from '../api/context';
import { backupNow } from '../db/backup';
import { storePathFromArgv } from './args';
import { registerFileIpc } from './files';
import { registerApiIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerPrintIpc } from './print';
import { applyContentSecurityPolicy, lockDownContents, mainWindowOptions } from './window';

const PRELOAD = path.join(__dirname, 'preload.cjs');
const RENDERER_INDEX = path.join(__dirname, '..', 'dist', 'renderer', 'index.html');

let mainWindow: BrowserWindow | null = null;
let ctx: AppContext | null = null;

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(PRELOAD));
  win.once('ready-to-show', () => win.show());
  void win.loadFile(RENDERER_INDEX);
  win.on('closed', () => {
    mainWindow = null;
  });
  return win;
}

async function start(): Promise<void> {
  const storePath = storePathFromArgv(process.argv) ?? path.join(app.getPath('userData'), STORE_FILE_NAME);
  try {
    ctx = await bootServices({ storePath, shell: 'electron', log: (m) => console.log(m) });
  } catch (error) {
    dialog.showErrorBox('工会台账无法启动', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const context = ctx;
  applyContentSecurityPolicy(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  registerApiIpc(ipcMain, context);
  const documents = () => app.getPath('documents');
  registerFileIpc(ipcMain, dialog, () => mainWindow, documents);
  registerPrintIpc({
    ipcMain,
    dialog,
    createWindow: (options) => new BrowserWindow(options),
    windowOptions: () => mainWindowOptions(PRELOAD),
    rendererIndex: RENDERER_INDEX,
    getWindow: () => mainWindow,
    defaultDir: documents,
  });
  const menu = buildMenuTemplate(
    {
      openDataFolder: () => void shell.openPath(path.dirname(context.storePath)),
      backupNow: () => {
        backupNow(context.db, context.backupDir).then(
          (b) => void dialog.showMessageBox({ type: 'info', title: '备份完成', message: `已备份到：${path.join(context.backupDir, b.fileName)}` }),
          (e: unknown) => dialog.showErrorBox('备份失败', e instanceof Error ? e.message : String(e)),
        );
      },
      showAbout: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: '关于工会台账',
          message: `工会台账 ${APP_VERSION}`,
          detail: `学校工会基层台账管理。\n数据文件：${context.storePath}`,
        }),
    },
    process.platform === 'darwin',
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
  mainWindow = createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // The first instance brings its window forward (second-instance below); this one just leaves.
  console.log('工会台账已经在运行，已切换到已打开的窗口。');
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    ctx?.db.close();
    ctx = null;
    app.quit();
  });
  void app.whenReady().then(start);
}
