/**
 * Issue 14 in Chromium: a merged motion's page and forms follow its lead, a mis-clicked decision is
 * withdrawn (撤销) and stays in the timeline, attendance is recorded once and fills the vote form,
 * a vote is corrected, and the 答复反馈单 of a merged motion, the 审查结果通知书 of a 不予立案 motion
 * the 签到表 and the 大会决议 print on A4.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../shared/api/client';
import { dispatch } from '../../src-main/api/dispatch';
import { congressFixture, type CongressFixture } from '../helpers/congress';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

let app: TestApp;
let fx: CongressFixture;
let api: ApiClient;
const ids = { lead: 0, merged: 0, refused: 0 };
/** Where a person looks at the pictures; the test only checks they were drawn. */
const LOOK = process.env.UL_LOOK_DIR;

beforeAll(async () => {
  app = await startTestApp();
  fx = congressFixture(app.store.ctx.db);
  api = createApiClient((m, i) => dispatch(app.store.ctx, m, i, () => undefined));
  await api.call('settings.update', { schoolName: '实验中学' });
  const base = { sessionId: fx.session.id, motionReasons: '食堂菜品单一', motionProposals: '增加菜品', motionCategory: '后勤保障', cosignerIds: [fx.d.李老师, fx.d.王老师] };
  const lead = await api.call('congress.motions.create', { ...base, motionTitle: '关于改善教师午餐的建议', proposerId: fx.d.张老师, submittedOn: '2026-11-05' });
  const merged = await api.call('congress.motions.create', { ...base, motionTitle: '关于食堂增加晚餐的建议', proposerId: fx.d.赵老师, submittedOn: '2026-11-06' });
  const refused = await api.call('congress.motions.create', { ...base, motionTitle: '关于组织教师出国考察', proposerId: fx.d.孙主任, submittedOn: '2026-11-06' });
  await api.call('congress.motions.review', { id: lead.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
  await api.call('congress.motions.review', { id: merged.id, decision: '合并立案', decidedOn: '2026-11-21', mergedIntoId: lead.id });
  await api.call('congress.motions.reply', { id: lead.id, replyText: '自十二月起每周增加两个菜品，晚餐延长至七点', repliedBy: '总务处 陈主任', repliedOn: '2026-11-28', implementation: '已落实' });
  await api.call('congress.motions.review', { id: refused.id, decision: '不予立案', decidedOn: '2026-11-21', decisionReason: '超出学校职权范围' });
  Object.assign(ids, { lead: lead.id, merged: merged.id, refused: refused.id });
});
afterAll(async () => {
  await app?.close();
});

const toast = (page: Page, text: string) => expect.poll(() => page.getByText(text).count(), { timeout: 15_000 }).toBeGreaterThan(0);

describe('issue 14 in the browser', () => {
  it('shows a merged motion with its lead’s reply and takes its own proposer’s feedback', async () => {
    const page = await app.open(`/congress/motions/${ids.merged}`, { width: 1366, height: 768 });
    await expect
      .poll(async () => ((await page.getByRole('alert').first().textContent()) ?? '').replace(/\s+/g, ''))
      .toContain('本提案已并入5-2-001《关于改善教师午餐的建议》办理');
    await expect.poll(() => page.getByText('自十二月起每周增加两个菜品，晚餐延长至七点').count()).toBeGreaterThan(0);
    expect(await page.getByText('尚未答复').count()).toBe(0);
    expect(await page.getByRole('button', { name: '答复', exact: true }).count()).toBe(0);
    if (LOOK) await page.screenshot({ path: path.join(LOOK, 'merged-motion-1366.png') });
    await page.getByRole('button', { name: '提案人反馈' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('基本满意').check();
    await dialog.getByRole('button', { name: '保存反馈' }).click();
    await toast(page, '已记录提案 5-2-002 提案人的反馈：基本满意');
    await expect.poll(() => page.locator('h3 + div, .ant-tag').allTextContents()).toContain('已办结');
    await page.close();
  });

  it('withdraws a mis-clicked 不予立案 with a reason and keeps it in the timeline', async () => {
    const page = await app.open(`/congress/motions/${ids.refused}`, { width: 1366, height: 768 });
    await page.getByRole('button', { name: '撤销审查意见“不予立案”' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '确认撤销' }).click();
    await expect.poll(() => dialog.textContent()).toContain('请写明撤销原因');
    await dialog.getByLabel('撤销原因').fill('误点，应转为意见建议');
    await dialog.getByRole('button', { name: '确认撤销' }).click();
    await toast(page, '已撤销提案 5-2-003 的审查意见“不予立案”，现为“待审查”');
    const timeline = page.getByTestId('motion-timeline');
    await expect.poll(() => timeline.locator('[data-withdrawn="true"]').count()).toBe(1);
    await expect.poll(() => timeline.textContent()).toContain('理由：误点，应转为意见建议');
    if (LOOK) await page.screenshot({ path: path.join(LOOK, 'withdrawn-1366.png') });
    // Decided again, as it should have been.
    await api.call('congress.motions.review', { id: ids.refused, decision: '不予立案', decidedOn: '2026-11-22', decisionReason: '超出学校职权范围' });
    await page.close();
  });

  it('records attendance once; the vote form starts from it and a vote can be corrected', async () => {
    const page = await app.open(`/congress/sessions/${fx.session.id}?tab=attendance`, { width: 1366, height: 768 });
    await page.getByRole('button', { name: '全部到会' }).click();
    await page.getByLabel('签到代表').getByLabel('孙主任（第三代表团）').uncheck();
    await page.getByRole('button', { name: '保存签到' }).click();
    await toast(page, '已保存签到：实到 5 人');
    if (LOOK) await page.screenshot({ path: path.join(LOOK, 'attendance-1366.png') });
    await page.getByRole('tab', { name: /票决/ }).click();
    await page.getByRole('button', { name: '登记票决' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('已签到 5 人');
    await dialog.getByLabel('表决事项').fill('绩效工资分配方案');
    await dialog.getByLabel('赞成').fill('3');
    await dialog.getByLabel('反对').fill('2');
    await dialog.getByLabel('发出选票').fill('5');
    await dialog.getByLabel('收回选票').fill('5');
    await dialog.getByRole('button', { name: '保存' }).click();
    await toast(page, '已登记票决：绩效工资分配方案，未通过');
    const row = page.locator('tr', { hasText: '绩效工资分配方案' });
    await row.getByRole('button', { name: '修改' }).click();
    const edit = page.getByRole('dialog', { name: /修改票决/ });
    await expect.poll(() => edit.getByLabel('赞成').inputValue()).toBe('3');
    await edit.getByLabel('赞成').fill('4');
    await edit.getByLabel('反对').fill('1');
    await edit.getByRole('button', { name: '保存' }).click();
    await toast(page, '已修改票决：绩效工资分配方案，通过');
    await expect.poll(() => row.textContent()).toContain('通过');
    if (LOOK) await page.screenshot({ path: path.join(LOOK, 'votes-1366.png') });
    await page.close();
  });

  it('prints the merged motion’s reply form, the 不予立案 notice, the 签到表 and the 大会决议 on A4', async () => {
    const dir = LOOK ?? path.join(app.store.dir, 'pdf');
    fs.mkdirSync(dir, { recursive: true });
    for (const [route, name, words, absent] of [
      [`/print/congress/motions/${ids.merged}/reply`, 'merged-reply', ['提案答复反馈单', '已并入5-2-001《关于改善教师午餐的建议》办理', '自十二月起每周增加两个菜品', '赵老师', '☑基本满意'], []],
      [`/print/congress/motions/${ids.refused}/reply`, 'refused-notice', ['提案审查结果通知书', '孙主任代表', '不予立案。理由：超出学校职权范围', '提案工作委员会'], ['答复内容']],
      [`/print/congress/sessions/${fx.session.id}/sign-in`, 'sign-in', ['第五届第二次教职工代表大会签到表', '应到代表6人', '周列席', '列席', '签名'], []],
      [`/print/congress/motions/${ids.lead}`, 'motion-form', ['提案表', '张老师（正式代表）'], []],
      [`/print/congress/sessions/${fx.session.id}/resolution`, 'resolution', ['第五届第二次教职工代表大会决议', '应到代表6人，实到5人，超过应到代表的三分之二', '《绩效工资分配方案》（无记名投票，实到5人，赞成4票，反对1票，弃权0票）', '立案1件，合并立案1件', '不予立案1件', '主席团'], []],
    ] as const) {
      const pdf = path.join(dir, `${name}.pdf`);
      await printRouteToPdf(app, route, pdf);
      const info = execFileSync('pdfinfo', [pdf]).toString();
      expect(info).toMatch(/Pages:\s+1\n/);
      expect(info).toMatch(/\(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, '');
      for (const w of words) expect(text).toContain(w.replace(/\s+/g, ''));
      for (const w of absent) expect(text).not.toContain(w);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, path.join(dir, name)]);
      expect(fs.statSync(path.join(dir, `${name}.png`)).size).toBeGreaterThan(5_000);
    }
  });
});
