/**
 * The real Electron window through Playwright's `_electron`. It runs only where the Electron
 * binary was downloaded (a normal `npm install` on a developer's PC); in this workplace the
 * binary cannot be fetched, so the test reports itself skipped with the reason in its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electronLauncher } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs helper shared with scripts/start.mjs; it has no type declarations.
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { tempDir } from '../helpers/store';

const ROOT = path.resolve(import.meta.dirname, '../..');
const found = findElectronBinary() as { path: string } | { missing: string };
const built = fs.existsSync(path.join(ROOT, 'dist-main/electron-main.cjs')) && fs.existsSync(path.join(ROOT, 'dist/renderer/index.html'));
const reason = 'missing' in found ? found.missing : built ? '' : 'the app is not built (run npm run build first)';

describe('Electron window', () => {
  it.skipIf(reason !== '')(
    reason ? `skipped: ${reason}` : 'opens one window titled 工会台账 showing the member register',
    async () => {
      const data = tempDir();
      const app = await electronLauncher.launch({
        executablePath: (found as { path: string }).path,
        args: [ROOT, '--db', path.join(data.dir, 'union-ledger.db')],
        cwd: ROOT,
      });
      try {
        const page = await app.firstWindow();
        await page.waitForLoadState('domcontentloaded');
        expect(await page.title()).toBe('工会台账');
        await page.evaluate(() => (window.location.hash = '#/members'));
        await page.getByText('会员花名册').first().waitFor({ timeout: 30_000 });
        expect(app.windows()).toHaveLength(1);
        // The renderer has the bridge and nothing of Node.
        expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
        expect(await page.evaluate(() => typeof (window as unknown as { unionLedger?: unknown }).unionLedger)).toBe('object');
      } finally {
        await app.close();
        data.cleanup();
      }
    },
    120_000,
  );
});
