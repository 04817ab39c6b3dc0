import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { AppContext } from '../api/context';
import { bootServices, closeServices } from '../app/boot';

let initEmptyStore = false;

/** Set by runCli from `--init`: a write command may take a zero-byte file as a new store. */
export function setInitEmptyStore(value: boolean): void {
  initEmptyStore = value;
}

/**
 * Opens the store for one command and always closes it. Writes take the one-writer lock (a store
 * the desktop program or the browser mode has open is refused, naming it) and get the day's backup
 * first; reading commands may run beside the app.
 */
export async function withStore<T>(storePath: string, writes: boolean, run: (ctx: AppContext) => Promise<T> | T, options: { init?: boolean } = {}): Promise<T> {
  // A reading command given a mistyped path must say so, not create an empty store there.
  if (!writes && !fs.existsSync(storePath)) {
    throw new AppError('FILE', `找不到数据文件：${path.resolve(storePath)}。请检查 --db 后的路径。`);
  }
  const ctx = await bootServices({ storePath, shell: 'browser', kind: 'cli', lock: writes, backup: writes, initEmpty: options.init ?? initEmptyStore });
  try {
    return await run(ctx);
  } finally {
    closeServices(ctx);
  }
}
