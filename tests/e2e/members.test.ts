/**
 * The member register in Chromium against the browser mode: add, find, edit, change status,
 * reload and see it all kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/web-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('member register in the browser', () => {
  it('adds, finds, edits and changes the status of a member, and keeps it after a reload', async () => {
    const page = await app.open('/members');
    await page.getByRole('button', { name: '新增会员' }).click();
    const form = page.locator('.ant-drawer-content');
    await form.getByLabel('姓名').fill('张三丰');
    await form.getByLabel('身份证号').fill('11010519491231002X');
    await form.getByLabel('部门/教研组').fill('数学组');
    await form.getByLabel('联系电话').fill('13912345678');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('已添加会员 张三丰').count()).toBe(1);

    // Masked in the list until asked.
    const row = page.locator('tr', { hasText: '张三丰' });
    await expect.poll(() => row.textContent()).toContain('110105********002X');
    expect(await row.textContent()).not.toContain('13912345678');
    await page.getByRole('switch', { name: '显示完整证件号与电话' }).click();
    await expect.poll(() => row.textContent()).toContain('13912345678');

    // Find by pinyin initials.
    await page.getByLabel('查找会员').fill('zsf');
    await expect.poll(() => page.locator('[data-testid="member-name"]').allTextContents()).toEqual(['张三丰']);
    await page.getByLabel('查找会员').fill('lisi');
    await expect.poll(() => page.getByText('没有符合条件的会员').count()).toBe(1);
    await page.getByLabel('查找会员').fill('002X');
    await expect.poll(() => page.locator('[data-testid="member-name"]').allTextContents()).toEqual(['张三丰']);

    // Edit.
    await page.getByRole('button', { name: '编辑' }).first().click();
    await form.getByLabel('职务').fill('教研组长');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('已保存会员 张三丰 的修改').count()).toBe(1);

    // Change status: 退休, with a reason.
    await page.getByRole('button', { name: '变更状态' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新状态').click();
    await page.locator('.ant-select-item-option', { hasText: '退休' }).click();
    await dialog.getByLabel('变更原因').fill('2026年11月退休');
    await dialog.getByRole('button', { name: '确认变更' }).click();
    await expect.poll(() => page.getByText('会员 张三丰 的状态已改为“退休”').count()).toBe(1);

    // Reload: the default filter (在册) no longer shows the member; clearing it does.
    await page.reload();
    await expect.poll(() => page.getByText('共 0 人').count()).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: '按会员状态筛选' }).click();
    await page.locator('.ant-select-item-option', { hasText: '退休' }).click();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="member-name"]', { hasText: '张三丰' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await expect.poll(() => drawer.textContent()).toContain('教研组长');
    expect(await drawer.textContent()).toContain('2026年11月退休');
    await page.close();
  });
});
