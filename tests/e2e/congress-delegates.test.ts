/**
 * Issue 14, item 5 in Chromium: delegates chosen in bulk from the register (department filter,
 * select all, 是否教师 defaulted and changed per row), the make-up figures and delegation counts on
 * the page, and the 代表名单 printed on A4.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiClient } from '../../shared/api/client';
import { memberInputSchema } from '../../shared/members/schema';
import { dispatch } from '../../src-main/api/dispatch';
import { insertMember } from '../../src-main/members/service';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

let app: TestApp;
let sessionId = 0;
const LOOK = process.env.UL_LOOK_DIR;

beforeAll(async () => {
  app = await startTestApp();
  const api = createApiClient((m, i) => dispatch(app.store.ctx, m, i, () => undefined));
  await api.call('settings.update', { schoolName: '实验中学' });
  for (const [name, gender, department, title, position] of [
    ['刘老师', '女', '语文组', '一级教师', null],
    ['钱老师', '女', '语文组', '二级教师', null],
    ['冯老师', '男', '语文组', '一级教师', '教研组长'],
    ['赵老师', '男', '数学组', '二级教师', null],
    ['孙会计', '女', '行政后勤', '会计师', null],
    ['陈主任', '女', '教务处', '一级教师', '教务处主任'],
  ] as const) {
    insertMember(app.store.ctx.db, memberInputSchema.parse({ name, gender, department, title, position }));
  }
  sessionId = (await api.call('congress.sessions.create', { term: 5, meeting: 2, sessionKind: '代表大会', sessionStart: '2026-11-20', motionClose: '2026-11-10', replyDays: 30 })).id;
});
afterAll(async () => {
  await app?.close();
});

const toast = (page: Page, text: string) => expect.poll(() => page.getByText(text).count(), { timeout: 15_000 }).toBeGreaterThan(0);

it('picks delegates in bulk from the register and prints the 代表名单', async () => {
  const page = await app.open(`/congress/sessions/${sessionId}?tab=delegates`, { width: 1366, height: 768 });
  await page.getByRole('button', { name: '从花名册选择' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: '按部门筛选' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '语文组' }).click();
  await expect.poll(() => dialog.locator('tbody tr.ant-table-row').count()).toBe(3);
  await dialog.getByLabel('代表团/代表组').fill('第一代表团');
  await dialog.locator('thead .ant-checkbox-input').check(); // select all of 语文组
  await dialog.getByRole('button', { name: '添加所选 3 人' }).click();
  await toast(page, '已添加 3 名第五届代表');

  await page.getByRole('button', { name: '从花名册选择' }).click();
  await expect.poll(() => dialog.locator('tbody tr.ant-table-row').count()).toBe(3); // the seated are not offered again
  // 行政后勤 defaults to 否; 陈主任 is switched to 否 by hand.
  expect(await dialog.getByLabel('孙会计 是否教师').getAttribute('aria-checked')).toBe('false');
  await dialog.getByLabel('陈主任 是否教师').click();
  await dialog.locator('tr.ant-table-row').nth(0).locator('.ant-checkbox-input').check();
  await dialog.locator('tr.ant-table-row').nth(1).locator('.ant-checkbox-input').check();
  await dialog.getByLabel('代表团/代表组').fill('第二代表团');
  await dialog.getByRole('button', { name: '添加所选 2 人' }).click();
  await toast(page, '已添加 2 名第五届代表');
  await expect.poll(() => page.getByTestId('delegation-counts').textContent()).toBe('代表团：第一代表团 3 人；第二代表团 2 人');
  await expect.poll(() => page.getByText('中层以上干部比例').count()).toBe(1);
  if (LOOK) await page.screenshot({ path: path.join(LOOK, 'delegates-1366.png') });
  await page.close();

  const dir = LOOK ?? path.join(app.store.dir, 'pdf');
  fs.mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, 'delegates.pdf');
  await printRouteToPdf(app, '/print/congress/delegates/5', pdf);
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/\(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, '');
  for (const w of ['实验中学', '第五届教职工代表大会代表名单', '正式代表5人：教师4人（80%），女代表3人（60%）', '陈主任', '第二代表团2人']) expect(text).toContain(w);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, path.join(dir, 'delegates')]);
});
