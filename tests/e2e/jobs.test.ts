/**
 * Long work as jobs in Chromium against the browser mode: a 20,000-row roster is read, checked and
 * imported with a progress bar that moves (phase and count change while it runs), the header's
 * indicator shows the running job; the page left during the check and opened again follows the job. About 40 s on a quiet machine; the generous timeout is for a busy one.
 * Screenshots go to UL_SHOTS_DIR when set, for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigRosterXlsx } from '../helpers/big-roster';
import { tempDir } from '../helpers/store';
import { startTestApp, type TestApp } from '../helpers/web-app';

const SHOTS = process.env.UL_SHOTS_DIR;
const ROWS = 20_000;

let app: TestApp;
let scratch: ReturnType<typeof tempDir>;
let file: string;
beforeAll(async () => {
  scratch = tempDir();
  file = path.join(scratch.dir, '全区花名册.xlsx');
  fs.writeFileSync(file, await bigRosterXlsx(ROWS));
  app = await startTestApp();
}, 60_000);
afterAll(async () => {
  await app?.close();
  scratch?.cleanup();
});

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Samples the bar until it is gone: every distinct (phase, count) it showed. */
async function watchBar(page: Page, until: () => Promise<boolean>): Promise<Array<{ phase: string; done: number }>> {
  const seen: Array<{ phase: string; done: number }> = [];
  const bar = page.locator('[data-testid="job-progress"]');
  for (let i = 0; i < 600 && !(await until()); i++) {
    const phase = await bar.getAttribute('data-phase', { timeout: 200 }).catch(() => null);
    const done = await bar.getAttribute('data-done', { timeout: 200 }).catch(() => null);
    if (phase !== null && done !== null) {
      const last = seen[seen.length - 1];
      if (!last || last.phase !== phase || last.done !== Number(done)) seen.push({ phase, done: Number(done) });
    }
    await page.waitForTimeout(100);
  }
  return seen;
}

describe('jobs in the browser', () => {
  it('imports a 20,000-row roster with a moving progress bar and the header indicator', async () => {
    const page = await app.open('/members/import');
    await page.getByText('点击选择会员花名册文件').waitFor({ timeout: 15_000 });
    await page.locator('input[type=file]').setInputFiles(file);
    const reading = await watchBar(page, async () => (await page.getByText('下一步：检查数据').count()) > 0);
    expect(reading.some((s) => s.phase === '读取' && s.done > 0)).toBe(true);

    await page.getByRole('button', { name: '下一步：检查数据' }).click();
    await page.locator('[data-testid="job-progress"]').waitFor({ timeout: 15_000 });
    // Left while the check runs and come back: the wizard opens again with the file and follows the
    // job to the review (the bar shown again while it still runs).
    await page.getByRole('button', { name: '返回会员花名册' }).click();
    await page.getByRole('button', { name: '导入花名册' }).click();
    await watchBar(page, async () => (await page.locator('[data-testid="import-counts"]').count()) > 0);
    expect(await page.locator('.ant-steps-item-process').textContent()).toContain('检查与修改');
    expect(await page.getByText('全区花名册.xlsx · 工作表').count()).toBe(1);
    expect(await page.locator('.ant-statistic', { hasText: '将新增' }).locator('.ant-statistic-content-value').textContent()).toBe('20,000');

    await page.getByRole('button', { name: `导入 ${ROWS} 人` }).click();
    await page.locator('[data-testid="job-progress"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('[data-testid="jobs-indicator"]').textContent(), { timeout: 10_000 }).toMatch(/任务进行中|后台任务已结束/);
    await shot(page, 'jobs-1-committing');
    const committing = await watchBar(page, async () => (await page.getByText('导入完成').count()) > 0);
    // The bar moved: more than one count in the writing phase, counts only going up.
    const writing = committing.filter((s) => s.phase === '写入');
    expect(new Set(committing.map((s) => `${s.phase}:${s.done}`)).size).toBeGreaterThan(1);
    for (let i = 1; i < writing.length; i++) expect(writing[i]!.done).toBeGreaterThanOrEqual(writing[i - 1]!.done);
    expect(await page.getByText(`新增 ${ROWS} 人`).count()).toBe(1);
    expect(app.store.ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM members').get()!.n).toBe(ROWS);
    await shot(page, 'jobs-2-done');
  }, 180_000);
});
