import type { AppContext } from '../api/context';
import { bootServices } from '../app/boot';

/** Opens the store for one command and always closes it. Writes get the day's backup first. */
export async function withStore<T>(storePath: string, writes: boolean, run: (ctx: AppContext) => Promise<T> | T): Promise<T> {
  const ctx = await bootServices({ storePath, shell: 'browser', backup: writes });
  try {
    return await run(ctx);
  } finally {
    ctx.db.close();
  }
}
