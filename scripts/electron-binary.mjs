// Finds the Electron binary the electron package downloaded, or says why there is none.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary() {
  try {
    const binary = require('electron');
    if (typeof binary === 'string' && fs.existsSync(binary)) return { path: binary };
    return { missing: 'the electron package is installed but its binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD)' };
  } catch (error) {
    return { missing: `the Electron binary is not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}
