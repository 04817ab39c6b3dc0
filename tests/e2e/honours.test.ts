/**
 * 评优评先 in Chromium against the browser mode: the list at 1366×768, a group honour registered
 * through the form, the honours on the member's page, and the 荣誉榜 printed to A4 PDF and PNG with
 * only the awarded honours, grouped by level. Screenshots and PDFs go to /tmp/ul-honours/e2e.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Method } from '../../shared/api/contract';
import { dispatch } from '../../src-main/api/dispatch';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

const OUT = path.join(os.tmpdir(), 'ul-honours', 'e2e');
/** First wait on a fresh page covers the app's cold start on a busy machine (not a speed check). */
const COLD_START = { timeout: 15_000 };
const YEAR = new Date().getFullYear();
let app: TestApp;

async function call<T>(method: Method, input?: unknown): Promise<T> {
  const r = await dispatch(app.store.ctx, method, input, () => undefined);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as T;
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await startTestApp();
  await call('settings.update', { schoolName: '城南实验小学', unionName: '城南实验小学工会委员会' });
  const wang = await call<{ id: number }>('members.create', { name: '王芳', department: '语文组' });
  const li = await call<{ id: number }>('members.create', { name: '李娜', department: '数学组' });
  const zhang = await call<{ id: number }>('members.create', { name: '张伟', department: '英语组' });
  await call('honours.create', { title: '劳动模范', level: '省级', awardingBody: '省人民政府', awardedOn: `${YEAR}-04-28`, memberIds: [wang.id] });
  await call('honours.create', { title: '师德标兵', level: '市级', awardingBody: '市教育局', awardedOn: `${YEAR}-09-08`, memberIds: [li.id, zhang.id] });
  await call('honours.create', { title: '五一劳动奖章', level: '国家级', awardingBody: '全国总工会', awardedOn: `${YEAR}-03-01`, memberIds: [wang.id], state: '推荐' });
});

afterAll(async () => {
  await app?.close();
});

describe('honours in the browser', () => {
  it('registers a group honour, shows honours on the member page and prints the 荣誉榜', async () => {
    const page = await app.open('/honours', { width: 1366, height: 768 });
    await expect.poll(() => page.getByTestId('honour-holder').count(), COLD_START).toBe(3);
    expect(await page.getByTestId('honours-summary').textContent()).toContain('获评 2 项，推荐 1 项');

    await page.getByRole('button', { name: '登记荣誉' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText('集体（教研组、本校工会等）').click();
    await drawer.getByLabel('集体名称').fill('语文组');
    await drawer.getByLabel('荣誉称号').fill('先进教研组');
    await drawer.getByLabel('级别').click();
    await page.locator('.ant-select-item-option', { hasText: /^区县级$/ }).click();
    await drawer.getByLabel('授予单位').fill('区教育局');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('honour-holder').count()).toBe(4);
    await page.screenshot({ path: path.join(OUT, 'list-1366.png') });

    await page.getByRole('menuitem', { name: '会员' }).click();
    // The honours list also shows 王芳: click the name in the member list, once it is there.
    const wangLink = page.getByTestId('member-name').filter({ hasText: /^王芳$/ });
    await wangLink.waitFor(COLD_START);
    await wangLink.click();
    const section = page.locator('section[aria-label="荣誉"]');
    await expect.poll(() => section.textContent(), COLD_START).toContain('劳动模范');
    expect(await section.textContent()).toContain('五一劳动奖章');
    await page.screenshot({ path: path.join(OUT, 'member-1366.png') });
    await page.close();

    const pdf = path.join(OUT, 'board.pdf');
    await printRouteToPdf(app, `/print/honours/board/${YEAR}`, pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`城南实验小学 ${YEAR}年度荣誉榜`);
    expect(text.indexOf('省级荣誉')).toBeLessThan(text.indexOf('市级荣誉'));
    expect(text.indexOf('市级荣誉')).toBeLessThan(text.indexOf('区县级荣誉'));
    expect(text).toContain('李娜（数学组）、张伟（英语');
    expect(text).toContain('先进教研组');
    // A recommendation is not on the board.
    expect(text).not.toContain('五一劳动奖章');
    for (const f of fs.readdirSync(OUT).filter((f) => f.startsWith('board-') && f.endsWith('.png'))) fs.rmSync(path.join(OUT, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'board')]);
    expect(fs.readdirSync(OUT).filter((f) => f.startsWith('board-') && f.endsWith('.png'))).toHaveLength(1);
  });

  it('shows the honours on the 年度台账 page', async () => {
    const page = await app.open(`/report?year=${YEAR}`, { width: 1366, height: 768 });
    await expect.poll(() => page.getByTestId('sentences-honours').textContent(), COLD_START).toContain('全年获评各级荣誉 3 项（省级 1 项、市级 1 项、区县级 1 项），推荐申报 1 项');
    await page.getByTestId('area-honours').scrollIntoViewIfNeeded();
    await page.getByTestId('area-honours').screenshot({ path: path.join(OUT, 'report-card.png') });
    await page.close();
  });
});
