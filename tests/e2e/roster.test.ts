/**
 * 导入花名册 in Chromium against the browser mode: upload the sample workbook, keep the detected
 * header and columns, see the errors on their cells, fix one in place, import the valid rows, undo
 * the batch; a bad file gets its Chinese message; the template and the export download.
 * Screenshots of each step go to UL_SHOTS_DIR when set, for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberInputSchema } from '../../shared/members/schema';
import { insertMember } from '../../src-main/members/service';
import { buildXlsx, SMALL_ROSTER } from '../fixtures/roster-xlsx';
import { startTestApp, type TestApp } from '../helpers/web-app';

const SAMPLE = path.resolve(import.meta.dirname, '../fixtures/samples/roster-title-merged.xlsx');
const GBK = path.resolve(import.meta.dirname, '../fixtures/samples/roster-gbk.csv');
const SHOTS = process.env.UL_SHOTS_DIR;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

function memberCount(): number {
  return app.store.ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM members').get()!.n;
}

async function count(page: Page, title: string): Promise<string> {
  return (await page.locator('.ant-statistic', { hasText: title }).locator('.ant-statistic-content-value').textContent()) ?? '';
}

describe('roster import in the browser', () => {
  it('imports the sample roster: errors on their cells, a fix in place, valid rows only, then undo', async () => {
    const page = await app.open('/members');
    await page.getByRole('button', { name: '导入花名册' }).click();
    await page.getByText('点击选择会员花名册文件').waitFor();
    await shot(page, '1-upload');

    await page.locator('input[type=file]').setInputFiles(SAMPLE);
    await page.getByText('下一步：检查数据').waitFor();
    expect(await page.getByText(/表头在第 3 行/).count()).toBe(1);
    expect(await page.locator('.ant-select', { has: page.getByRole('combobox', { name: '表头所在行' }) }).textContent()).toContain('第 3 行：序号 姓名');
    // 序号 is not imported; 所在部门 goes to the department.
    await expect.poll(() => page.locator('tr', { hasText: '所在部门' }).textContent()).toContain('部门/教研组');
    expect(await page.locator('tr', { hasText: '序号' }).first().textContent()).toContain('不导入');
    await shot(page, '2-mapping');

    await page.getByRole('button', { name: '下一步：检查数据' }).click();
    await page.locator('[data-testid="import-counts"]').waitFor();
    expect(await count(page, '数据行')).toBe('37');
    expect(await count(page, '无错误')).toBe('34');
    expect(await count(page, '有错误')).toBe('3');
    expect(await count(page, '有提醒')).toBe('2');
    // The error filter is on first: the three bad rows, red on the ID cell.
    const errorCells = page.locator('.roster-cell-error');
    await expect.poll(() => errorCells.count()).toBe(3);
    await shot(page, '3-review-errors');
    const importButton = page.getByRole('button', { name: /^导入 \d+ 人$/ });
    expect(await importButton.isDisabled()).toBe(true);

    // Fix row 18's ID (wrong check character) in place: it is checked again and becomes valid.
    await page.getByRole('button', { name: /第 18 行身份证号码/ }).click();
    const input = page.getByRole('textbox', { name: '修改第 18 行身份证号码' });
    await input.fill('320482198802121996');
    await input.press('Enter');
    await expect.poll(() => count(page, '有错误')).toBe('2');
    expect(await count(page, '无错误')).toBe('35');
    await page.getByText('全部 37').click();
    await shot(page, '4-review-fixed');
    await page.getByText(/有提醒 2/).click();
    await expect.poll(() => page.locator('.roster-cell-warning').count()).toBeGreaterThan(0);
    await page.locator('.roster-cell-warning').first().hover();
    await page.getByRole('tooltip').waitFor();
    expect(await page.getByRole('tooltip').textContent()).toMatch(/以身份证号为准|未填身份证号/);
    await shot(page, '5-review-warnings');

    expect(await importButton.textContent()).toBe('导入 35 人');
    await page.getByRole('checkbox', { name: /只导入无错误的行/ }).check();
    await importButton.click();
    await page.getByText('导入完成').waitFor();
    expect(await page.locator('.ant-result-subtitle').textContent()).toContain('新增 35 人，更新 0 人，无变化 0 人');
    expect(memberCount()).toBe(35);
    await page.locator('[data-testid="import-batches"] tr', { hasText: 'roster-title-merged.xlsx' }).waitFor();
    await shot(page, '6-done-and-batches');

    await page.locator('[data-testid="import-batches"]').getByRole('button', { name: '撤销' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认撤销' }).click();
    await page.getByText(/已撤销：删除 35 人/).waitFor();
    await expect.poll(() => page.locator('[data-testid="import-batches"]').textContent()).toContain('撤销');
    expect(memberCount()).toBe(0);
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    await shot(page, '7-undone');
    await page.close();
  });

  it('a file that is not a workbook gets its message on the upload step, and the store is unchanged', async () => {
    const page = await app.open('/members/import');
    const bad = path.join(app.store.dir, '假的花名册.xlsx');
    fs.writeFileSync(bad, Buffer.from('这不是表格'.repeat(200)));
    await page.locator('input[type=file]').setInputFiles(bad);
    const alert = page.locator('[data-testid="import-upload-error"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('不是有效的 Excel 工作簿');
    await shot(page, '8-bad-file');
    expect(memberCount()).toBe(0);
    await page.close();
  });

  it('a sheet with a million formatted empty rows reads its few members and says where it stopped', async () => {
    const page = await app.open('/members/import');
    const file = path.join(app.store.dir, '格式化到底.xlsx');
    fs.writeFileSync(file, buildXlsx([{ ...SMALL_ROSTER, emptyFormattedRows: 1_000_000 }]));
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('下一步：检查数据').waitFor();
    expect(await page.getByText('表头下共 3 行').count()).toBe(1);
    expect(await page.getByText(/其后的空白格式行不再读取/).count()).toBe(1);
    await shot(page, '9-formatted-rows');
    expect(memberCount()).toBe(0);
    await page.close();
  });

  it('downloads the import template and exports the roster', async () => {
    const page = await app.open('/members/import');
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载导入模板' }).click()]);
    expect(template.suggestedFilename()).toBe('会员导入模板.xlsx');
    await page.goto(`${app.server.url}#/members`);
    const [roster] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出花名册' }).click()]);
    expect(roster.suggestedFilename()).toBe('会员花名册.xlsx');
    const file = await roster.path();
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });

  it('updates a member from a GBK CSV: 将更新, the changed phone masked until the switch, then the result line', async () => {
    insertMember(app.store.ctx.db, memberInputSchema.parse({ name: '卢晓东', gender: '男', idNumber: '32048219700220107X', department: '语文组', phone: '13800000000' }));
    const page = await app.open('/members/import');
    await page.locator('input[type=file]').setInputFiles(GBK);
    await page.getByText('下一步：检查数据').waitFor();
    expect(await page.getByText('gbk.csv · 表头在第 1 行').count()).toBe(1);
    await page.getByRole('button', { name: '下一步：检查数据' }).click();
    await page.locator('[data-testid="import-counts"]').waitFor();
    expect(await count(page, '将新增')).toBe('11');
    expect(await count(page, '将更新')).toBe('1');
    await page.getByText('更新 1', { exact: true }).click();
    const change = page.locator('[data-testid="import-change"]');
    await expect.poll(() => change.textContent()).toBe('联系电话：138****0000 → 138****0837');
    // The ID cell is masked too, until the switch shows it whole.
    expect(await page.getByRole('button', { name: /第 2 行身份证号/ }).textContent()).toBe('320482********107X');
    await shot(page, '10-review-update-masked');
    await page.getByRole('switch', { name: '显示完整证件号与电话' }).click();
    expect(await change.textContent()).toBe('联系电话：13800000000 → 13857710837');
    expect(await page.getByRole('button', { name: /第 2 行身份证号/ }).textContent()).toBe('32048219700220107X');
    await shot(page, '11-review-update-revealed');
    await page.getByRole('button', { name: '导入 12 人' }).click();
    await page.getByText('导入完成').waitFor();
    expect(await page.locator('.ant-result-subtitle').textContent()).toContain('新增 11 人，更新 1 人，无变化 0 人。');
    expect(app.store.ctx.db.prepare<[], { phone: string }>("SELECT phone FROM members WHERE name = '卢晓东'").get()!.phone).toBe('13857710837');
    await page.getByRole('button', { name: '查看会员花名册' }).click();
    await page.waitForURL(/#\/members$/);
    await page.close();
  });
});
