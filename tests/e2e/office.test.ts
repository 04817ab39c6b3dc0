/**
 * The office's own calendar and order in Chromium at 1366×768: 设置 → 部门顺序 reorders the member
 * list and its filter, 节假日与调休 is saved and used by the notice form, and a status change dated
 * later shows in the list as 将于…退休. Screenshots go to $UL_ARTIFACTS_DIR (default /tmp/ul-office/e2e).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberInputSchema } from '../../shared/members/schema';
import { changeMemberStatus, insertMember } from '../../src-main/members/service';
import { startTestApp, type TestApp } from '../helpers/web-app';

const OUT = process.env.UL_ARTIFACTS_DIR ?? path.join(process.env.TMPDIR ?? '/tmp', 'ul-office', 'e2e');
const VIEWPORT = { width: 1366, height: 768 };

let app: TestApp;
beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await startTestApp();
  const db = app.store.ctx.db;
  const people: Array<[string, string]> = [
    ['王老师', '语文组'],
    ['李老师', '数学组'],
    ['张老师', '英语组'],
    ['赵老师', '语文组'],
    ['钱老师', '综合组'],
    ['孙老师', '行政后勤'],
  ];
  for (const [name, department] of people) insertMember(db, memberInputSchema.parse({ name, department, joinDate: '2001-09-01' }));
  const retiring = insertMember(db, memberInputSchema.parse({ name: '周老师', department: '数学组', joinDate: '1990-09-01' }));
  changeMemberStatus(db, { id: retiring.id, status: '退休', date: '2099-06-30', reason: '到龄退休' });
});
afterAll(async () => {
  await app?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });

describe('the office’s calendar and order', () => {
  it('the member list follows the roster’s department order and says 将于2099年6月30日退休', async () => {
    const page = await app.open('/members', VIEWPORT);
    await expect.poll(() => page.locator('[data-testid="member-name"]').count(), { timeout: 30_000 }).toBe(7);
    const departments = await page.locator('.ant-table-tbody tr.ant-table-row').evaluateAll((rows) =>
      rows.map((r) => r.textContent ?? '').map((t) => ['语文组', '数学组', '英语组', '综合组', '行政后勤'].find((d) => t.includes(d)) ?? ''),
    );
    expect(departments).toEqual(['语文组', '语文组', '数学组', '数学组', '英语组', '综合组', '行政后勤']);
    expect(await page.getByTestId('scheduled-status').allTextContents()).toEqual(['将于2099年6月30日退休']);
    await shot(page, 'members-list');
    await page.close();
    const wide = await app.open('/members', { width: 1920, height: 1080 });
    await expect.poll(() => wide.getByTestId('scheduled-status').count(), { timeout: 30_000 }).toBe(1);
    await shot(wide, 'members-list-1920');
    await wide.close();
  });

  it('设置 → 部门顺序 moves 行政后勤 to the top, and the list and filter follow', async () => {
    const page = await app.open('/settings', VIEWPORT);
    const section = page.getByTestId('department-order-section');
    await expect.poll(() => section.getByTestId('department-row').count(), { timeout: 30_000 }).toBe(5);
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'settings');
    await section.getByLabel('把行政后勤移到最前').click();
    await section.getByRole('button', { name: '保存顺序' }).click();
    await expect.poll(() => page.getByText('部门顺序已保存', { exact: false }).count(), { timeout: 30_000 }).toBe(1);
    await section.screenshot({ path: path.join(OUT, 'department-order.png') });
    expect(await app.store.ctx.db.prepare('SELECT name FROM department_order ORDER BY position').pluck().all()).toEqual([
      '行政后勤',
      '语文组',
      '数学组',
      '英语组',
      '综合组',
    ]);

    const calendar = page.getByTestId('calendar-section');
    await calendar.getByRole('button', { name: /添加一天/ }).click();
    await calendar.getByPlaceholder('日期').fill('2027-01-01');
    await calendar.getByPlaceholder('日期').press('Enter');
    await calendar.getByPlaceholder('说明，如：春节').fill('元旦');
    await calendar.getByRole('button', { name: '保存节假日' }).click();
    await expect.poll(() => page.getByText('节假日与调休已保存', { exact: false }).count(), { timeout: 30_000 }).toBe(1);
    await calendar.screenshot({ path: path.join(OUT, 'calendar.png') });
    await page.close();

    const list = await app.open('/members', VIEWPORT);
    await expect.poll(() => list.locator('[data-testid="member-name"]').first().textContent(), { timeout: 30_000 }).toBe('孙老师');
    await list.close();
  });

  it('the notice form counts over National Day 2026', async () => {
    const page = await app.open('/disclosure/notices/new', VIEWPORT);
    const publish = page.getByLabel('发布日期');
    await publish.click();
    await publish.fill('2026-09-30');
    await publish.press('Enter');
    await expect.poll(() => page.getByTestId('computed-period').textContent(), { timeout: 30_000 }).toBe('2026年9月30日至2026年10月13日');
    await shot(page, 'notice-form');
    await page.close();
  });
});
