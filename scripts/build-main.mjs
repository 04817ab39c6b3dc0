// Bundles the Electron main process and preload into CommonJS files Electron can load.
// better-sqlite3 stays external: it is a native module unpacked from the asar.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await build({ ...common, entryPoints: ['src-main/electron/main.ts'], outfile: 'dist-main/electron-main.cjs' });
await build({ ...common, entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist-main/preload.cjs' });
