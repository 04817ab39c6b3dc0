/**
 * The congress area in Chromium against the browser mode: a motion's whole life through the pages
 * (filed with co-signers → 立案 → 答复 → 不满意 → 再次答复 → 满意 → 已办结), a vote whose totals must
 * add up, and the 提案表 and 票决结果 printed to A4 PDF and rendered to PNG.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../shared/api/client';
import { dispatch } from '../../src-main/api/dispatch';
import { congressFixture, type CongressFixture } from '../helpers/congress';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

let app: TestApp;
let fx: CongressFixture;
beforeAll(async () => {
  app = await startTestApp();
  fx = congressFixture(app.store.ctx.db);
  const api = createApiClient((m, i) => dispatch(app.store.ctx, m, i, () => undefined));
  await api.call('settings.update', { schoolName: '实验中学' });
});
afterAll(async () => {
  await app?.close();
});

/** Ant Design selects with search: type to filter, Enter takes the first match. */
async function pick(page: Page, scope: ReturnType<Page['locator']>, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
}

async function choose(page: Page, scope: ReturnType<Page['locator']>, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

const toast = (page: Page, text: string) => expect.poll(() => page.getByText(text).count(), { timeout: 15_000 }).toBeGreaterThan(0);

describe('congress in the browser', () => {
  it('takes a motion from filing through a sent-back reply to closing', async () => {
    const page = await app.open(`/congress/sessions/${fx.session.id}?tab=motions`);
    await page.getByRole('button', { name: '新提案' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByLabel('案由').fill('关于改善教职工午餐质量的建议');
    await choose(page, drawer, '类别', '后勤保障');
    await pick(page, drawer, '提案人', '张老师');
    await pick(page, drawer, '附议人', '李老师');
    await drawer.getByRole('button', { name: '保存' }).click();
    await toast(page, '附议人至少 2 名，现有 1 名');
    await pick(page, drawer, '附议人', '王老师');
    await drawer.getByLabel('理由').fill('食堂菜品单一，排队时间长');
    await drawer.getByLabel('建议/办法').fill('每周公布菜谱，错峰就餐');
    await drawer.getByRole('button', { name: '保存' }).click();
    await toast(page, '已登记提案 5-2-001');
    await expect.poll(() => page.locator('h3').textContent()).toContain('5-2-001 关于改善教职工午餐质量的建议');

    const dialog = page.getByRole('dialog');
    await page.getByRole('button', { name: '审查', exact: true }).click();
    await dialog.getByLabel('主办部门').fill('总务处');
    await dialog.getByRole('button', { name: '保存审查意见' }).click();
    await toast(page, '提案 5-2-001 已立案，交 总务处 办理');

    await page.getByRole('button', { name: '答复', exact: true }).click();
    await dialog.getByLabel('答复内容').fill('每周公布菜谱，每天增加两个菜品');
    await dialog.getByLabel('答复人').fill('总务处 陈主任');
    await dialog.getByLabel('正在落实').check();
    await dialog.getByRole('button', { name: '保存答复' }).click();
    await toast(page, '已登记提案 5-2-001 的第 1 次答复');

    await page.getByRole('button', { name: '提案人反馈' }).click();
    await dialog.getByLabel('不满意').check();
    await dialog.getByLabel('反馈说明').fill('错峰就餐没有答复');
    await dialog.getByRole('button', { name: '保存反馈' }).click();
    await toast(page, '提案人不满意，已退回承办部门再次答复');

    await page.getByRole('button', { name: '再次答复' }).click();
    await expect.poll(() => dialog.textContent()).toContain('提案人对上次答复不满意：错峰就餐没有答复');
    await dialog.getByLabel('答复内容').fill('自下学期起按年级分三批就餐');
    await dialog.getByLabel('已落实').check();
    await dialog.getByRole('button', { name: '保存答复' }).click();
    await toast(page, '第 2 次答复');

    await page.getByRole('button', { name: '提案人反馈' }).click();
    await dialog.getByLabel('满意', { exact: true }).check();
    await dialog.getByRole('button', { name: '保存反馈' }).click();
    await toast(page, '提案 5-2-001 提案人满意，已办结');

    await page.reload();
    const timeline = page.getByTestId('motion-timeline');
    await expect.poll(() => timeline.locator('.ant-timeline-item').count()).toBe(7);
    const text = (await timeline.textContent()) ?? '';
    for (const step of ['提交提案', '立案，主办 总务处', '第 1 次答复', '提案人反馈：不满意', '第 2 次答复', '提案人反馈：满意', '提案人满意，办结']) {
      expect(text).toContain(step);
    }
    expect(await page.locator('.ant-tag', { hasText: '已办结' }).count()).toBe(1);
    await page.close();
  });

  it('records a vote only when the totals add up, and computes the result', async () => {
    const page = await app.open(`/congress/sessions/${fx.session.id}?tab=votes`);
    await page.getByRole('button', { name: '登记票决' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('表决事项').fill('绩效工资分配方案');
    await dialog.getByRole('button', { name: '全部到会' }).click();
    expect(await dialog.getByRole('checkbox').count()).toBe(6); // the 列席 delegate is not offered
    await dialog.getByLabel('赞成').fill('5');
    await expect.poll(() => dialog.getByTestId('vote-problem').textContent()).toContain('赞成 5 + 反对 0 + 弃权 0 + 无效 0 = 5，与实到人数 6 不符');
    await dialog.getByRole('button', { name: '保存' }).click();
    await toast(page, '票数对不上');
    await dialog.getByLabel('反对').fill('1');
    await expect.poll(() => dialog.getByTestId('vote-problem').count()).toBe(0);
    await expect.poll(() => dialog.getByTestId('vote-verdict').textContent()).toContain('通过');
    await dialog.getByRole('button', { name: '保存' }).click();
    await toast(page, '已登记票决：绩效工资分配方案，通过');
    const row = page.locator('tr', { hasText: '绩效工资分配方案' });
    await expect.poll(() => row.textContent()).toContain('通过');
    await page.close();
  });

  it('prints the 提案表 and the 票决结果 on one A4 page each, with the fonts embedded and the Chinese text intact', async () => {
    const dir = path.join(app.store.dir, 'pdf');
    fs.mkdirSync(dir);
    const motion = app.store.ctx.db.prepare('SELECT id FROM congress_motions ORDER BY id LIMIT 1').get() as { id: number };
    const vote = app.store.ctx.db.prepare('SELECT id FROM congress_votes ORDER BY id LIMIT 1').get() as { id: number };
    for (const [route, name, words] of [
      [`/print/congress/motions/${motion.id}`, 'motion', ['提案表', '实验中学第五届第二次教职工代表大会', '关于改善教职工午餐质量的建议', '附议人（签名）', '王老师']],
      [`/print/congress/motions/${motion.id}/reply`, 'reply', ['提案答复反馈单', '第2次', '提案人（签名）']],
      [`/print/congress/votes/${vote.id}`, 'vote', ['票决结果', '绩效工资分配方案', '通过', '大会主持人']],
    ] as const) {
      const pdf = path.join(dir, `${name}.pdf`);
      await printRouteToPdf(app, route, pdf);
      const info = execFileSync('pdfinfo', [pdf]).toString();
      expect(info).toMatch(/Pages:\s+1\n/);
      expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
      // Chromium embeds every face it used; the text below comes back as Chinese, so the glyphs are real.
      const fonts = execFileSync('pdffonts', [pdf]).toString().split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/\byes\s+(yes|no)\s+yes\b/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, '');
      for (const w of words) expect(text).toContain(w.replace(/\s+/g, ''));
      execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, path.join(dir, name)]);
      expect(fs.statSync(path.join(dir, `${name}.png`)).size).toBeGreaterThan(10_000);
    }
  });
  it('adds a session through its form and opens it', async () => {
    const page = await app.open('/congress');
    await page.getByRole('button', { name: '新增届次' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('第几届').fill('6');
    await dialog.getByLabel('第几次会议').fill('1');
    await dialog.getByLabel('教职工大会', { exact: true }).check();
    for (const [label, day] of [
      ['开会日期', '2027-03-01'],
      ['提案征集截止', '2027-02-20'],
    ] as const) {
      await dialog.getByLabel(label).click();
      await dialog.getByLabel(label).fill(day);
      await page.keyboard.press('Enter');
    }
    expect(await dialog.getByLabel('答复期限（天）').inputValue()).toBe('30');
    await dialog.getByRole('button', { name: '保存' }).click();
    await toast(page, '已添加第六届第一次教职工大会');
    await expect.poll(() => page.locator('h3').textContent()).toBe('第六届第一次教职工大会');
    await page.close();
  });
});
