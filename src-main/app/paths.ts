import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = '工会台账';
export const STORE_FILE_NAME = 'union-ledger.db';

/** The same folder Electron's app.getPath('userData') gives, so both modes share one store. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), PRODUCT_NAME);
}

export function defaultStorePath(): string {
  return path.join(defaultDataDir(), STORE_FILE_NAME);
}
