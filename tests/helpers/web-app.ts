/**
 * The browser mode started in-process on a temp store, for end-to-end tests. The renderer must be
 * built (npm run build:renderer; `npm test` builds it first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { launchChromium } from './chromium';
import { tempStore } from './store';

/** UL_RENDERER_DIR lets a developer test a renderer built elsewhere (vite build --outDir …). */
export const RENDERER_DIR = process.env.UL_RENDERER_DIR ?? fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface TestApp {
  server: WebServer;
  store: ReturnType<typeof tempStore>;
  browser: Browser;
  /** A new page at `route` (a hash route such as '/members'), already authenticated. */
  open(route?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestApp> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first');
  }
  const store = tempStore();
  const server = await startWebServer({ ctx: store.ctx, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await launchChromium();
  return {
    server,
    store,
    browser,
    async open(route = '/', viewport = { width: 1440, height: 900 }) {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}#${route}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      store.close();
    },
  };
}

/** Saves a print view as PDF the way Chromium prints it (CSS page size honoured). */
export async function printRouteToPdf(app: TestApp, route: string, file: string): Promise<Buffer> {
  const page = await app.open(route);
  await page.waitForSelector('body[data-print-ready="true"]', { timeout: 30_000 });
  const pdf = await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.close();
  return pdf;
}
