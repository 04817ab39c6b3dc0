/**
 * The Electron main process: one instance, one window, the services behind IPC.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { bootServices, closeServices, APP_VERSION } from '../app/boot';
import { STORE_FILE_NAME } from '../app/paths';
import type { AppContext } from '../api/context';
import { backupNow } from '../db/backup';
import { isEmptyStoreFile } from '../db/open';
import { storePathFromArgv } from './args';
import { registerFileIpc } from './files';
import { appPageUrl, registerApiIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerPrintIpc } from './print';
import { applyContentSecurityPolicy, lockDownContents, mainWindowOptions } from './window';

const PRELOAD = path.join(__dirname, 'preload.cjs');
const RENDERER_INDEX = path.join(__dirname, '..', 'dist', 'renderer', 'index.html');
const APP_PAGE = appPageUrl(RENDERER_INDEX);

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
  // An empty file where the store should be is not silently a new ledger: the user decides.
  let initEmpty = false;
  if (isEmptyStoreFile(storePath)) {
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: '数据文件是空的',
      message: `数据文件“${storePath}”是空的（0 字节），里面没有任何台账数据。`,
      detail: '如果您有备份，请退出后从备份恢复。也可以在这个文件里新建一个空的台账。',
      buttons: ['退出', '新建空台账'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice !== 1) {
      app.exit(1);
      return;
    }
    initEmpty = true;
  }
  try {
    ctx = await bootServices({ storePath, shell: 'electron', kind: 'desktop', initEmpty, log: (m) => console.log(m) });
  } catch (error) {
    dialog.showErrorBox('工会台账无法启动', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const context = ctx;
  applyContentSecurityPolicy(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, APP_PAGE));
  registerApiIpc(ipcMain, context, APP_PAGE);
  const documents = () => app.getPath('documents');
  registerFileIpc(ipcMain, dialog, () => mainWindow, documents, APP_PAGE);
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
        backupNow(context).then(
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
    if (ctx) closeServices(ctx);
    ctx = null;
    app.quit();
  });
  void app.whenReady().then(start);
}
