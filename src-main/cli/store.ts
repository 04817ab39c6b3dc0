import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { AppContext } from '../api/context';
import { bootServices } from '../app/boot';

/** Opens the store for one command and always closes it. Writes get the day's backup first. */
export async function withStore<T>(storePath: string, writes: boolean, run: (ctx: AppContext) => Promise<T> | T): Promise<T> {
  // A reading command given a mistyped path must say so, not create an empty store there.
  if (!writes && !fs.existsSync(storePath)) {
    throw new AppError('FILE', `找不到数据文件：${path.resolve(storePath)}。请检查 --db 后的路径。`);
  }
  const ctx = await bootServices({ storePath, shell: 'browser', backup: writes });
  try {
    return await run(ctx);
  } finally {
    ctx.db.close();
  }
}
