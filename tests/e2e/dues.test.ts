/**
 * 会费收缴 and 自评 in Chromium against the browser mode: the chair fills in a missing salary base
 * in place, collects the first quarter for everyone owing it, is refused a month paid twice, prints
 * the 会费收缴台账 (A4 landscape) and, on the 年度台账 page, scores a hand-judged rubric item and prints
 * the 自评表. Screenshots and PDFs go to /tmp/dues-ui.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../shared/api/client';
import { dispatch } from '../../src-main/api/dispatch';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

const OUT = process.env.UL_DUES_SHOTS ?? path.join('/tmp', 'dues-ui', 'e2e');
const YEAR = 2026;
let app: TestApp;
let api: ApiClient;
const ids: Record<string, number> = {};

function pages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

beforeAll(async () => {
  app = await startTestApp();
  api = createApiClient((method, input) => dispatch(app.store.ctx, method, input, () => undefined));
  fs.mkdirSync(OUT, { recursive: true });
  await api.call('settings.update', { schoolName: '实验中学', unionName: '实验中学工会委员会' });
  for (const [name, dept, join] of [
    ['张一', '语文组', '2010-09-01'],
    ['李二', '数学组', '2026-03-15'],
    ['王三', '数学组', '2015-09-01'],
    ['赵四', '英语组', '2018-09-01'],
  ] as const) {
    ids[name] = (await api.call('members.create', { name, gender: '女', birthDate: '1985-01-01', department: dept, joinDate: join })).id;
  }
  await api.call('members.changeStatus', { id: ids.王三!, status: '调出', date: '2026-06-30' });
  await api.call('dues.bases.set', { year: YEAR, items: [ids.张一!, ids.李二!, ids.王三!].map((memberId) => ({ memberId, baseFen: 500_000 })) });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('会费收缴', () => {
  it('enters a missing base in place, collects a quarter for everyone owing it and refuses a month paid twice', async () => {
    const page = await app.open(`/dues?year=${YEAR}`, { width: 1366, height: 768 });
    const ledger = page.getByTestId('dues-ledger');
    await ledger.getByText('赵四').waitFor({ timeout: 15_000 });
    const zhao = ledger.locator('tr', { hasText: '赵四' });
    await expect(zhao.getByText('未填基数').count()).resolves.toBe(1);
    await page.getByLabel('赵四的月工资基数').fill('4321');
    await page.getByLabel('赵四的月工资基数').press('Enter');
    await zhao.getByText('¥21.61').waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: '集中收缴' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '按季度' }).click();
    await page.getByTitle('第一季度').click();
    await dialog.getByText('2026年集中收缴').click();
    // 李二 joined in March: she does not owe January and February, so she is not in this collection.
    await expect(dialog.getByTestId('collect-summary').textContent()).resolves.toContain('将为 3 名');
    await page.screenshot({ path: path.join(OUT, 'dues-collect-1366.png') });
    await dialog.getByRole('button', { name: '登记' }).click();
    await page.getByText('已登记 3 人的会费，共 ¥214.83').waitFor({ timeout: 15_000 });
    await expect(zhao.locator('[data-state="已缴"]').count()).resolves.toBe(3);
    await expect(page.getByTestId('dues-totals').textContent()).resolves.toContain('¥214.83');

    // 张一's first quarter again: refused with the record that paid it.
    await page.getByLabel('登记张一的会费').click();
    const one = page.getByRole('dialog', { name: '登记会费：张一' });
    await one.getByRole('combobox', { name: '按季度' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('第一季度').click();
    await one.getByText('登记会费：张一').click();
    await one.getByRole('button', { name: '登记' }).click();
    await page.getByText(/张一 2026年1月的会费已登记（.*工资代扣 ¥75.00），同一个月不能重复缴纳/).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(OUT, 'dues-refused-1366.png') });
    await one.getByRole('button', { name: '取消' }).click();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(OUT, 'dues-1920.png'), fullPage: true });
    await page.close();
    expect((await api.call('dues.payments.list', { year: YEAR })).length).toBe(3);
  }, 90_000);

  it('prints the 会费收缴台账 on A4 landscape', async () => {
    const pdf = await printRouteToPdf(app, `/print/dues/${YEAR}`, path.join(OUT, 'dues-ledger.pdf'));
    expect(pages(pdf)).toBe(1);
    execFileSync('pdftoppm', ['-png', '-r', '60', path.join(OUT, 'dues-ledger.pdf'), path.join(OUT, 'dues-ledger')]);
    const text = execFileSync('pdftotext', ['-layout', path.join(OUT, 'dues-ledger.pdf'), '-']).toString();
    expect(text).toContain('实验中学工会委员会2026年会费收缴台账');
    expect(text).toContain('按月工资基数的 0.5% 缴纳');
    expect(text).toMatch(/赵四.*¥21\.61/);
  }, 60_000);
});

describe('自评', () => {
  it('scores a hand item on the 年度台账 page, the total follows, and the 自评表 prints', async () => {
    const page = await app.open(`/report?year=${YEAR}`, { width: 1366, height: 768 });
    const card = page.getByTestId('self-assessment');
    await card.getByText('维护女职工权益，开展女职工活动').waitFor({ timeout: 20_000 });
    const before = await page.getByTestId('self-total').textContent();
    expect(before).toMatch(/自评分 \d+ \/ 100/);
    // 维护女职工权益 is judged by hand (组织文体活动 is read from the activities records).
    await page.getByLabel('维护女职工权益，开展女职工活动得分').fill('4');
    await page.getByLabel('维护女职工权益，开展女职工活动说明').fill('三八节组织女教工健步走');
    await card.locator('tr', { hasText: '维护女职工权益，开展女职工活动' }).getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存“维护女职工权益，开展女职工活动”的自评分').waitFor({ timeout: 15_000 });
    const score = (t: string | null) => Number(/自评分 (\d+)/.exec(t ?? '')![1]);
    await expect.poll(async () => score(await page.getByTestId('self-total').textContent()), { timeout: 15_000 }).toBe(score(before) + 4);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'self-assessment-1366.png') });
    // An automatic item links to its evidence: 全年至少召开一次教代会 → the congress page.
    await card.locator('tr', { hasText: '全年至少召开一次教代会' }).getByRole('button', { name: '查看记录' }).click();
    await page.waitForURL(/#\/congress/, { timeout: 15_000 });
    await page.close();

    const file = path.join(OUT, 'self-assessment.pdf');
    await printRouteToPdf(app, `/print/report/${YEAR}/self-assessment`, file);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(OUT, 'self-assessment')]);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('2026年度工会工作自评表');
    expect(text).toContain('三八节组织女教工健步走');
    expect(text).toMatch(/会费按时足额收缴/);
  }, 90_000);
});
