/**
 * 导入 on the visits page, on a session's 代表 tab, on the 校务公开台账 and on the 困难职工档案 page, in
 * Chromium against the browser mode: a
 * hand-made register under a title row is read, its columns matched, a bad amount shown on its
 * cell and fixed in place, the rows imported and listed, then the batch undone from 导入记录.
 * Screenshots at 1366×768 go to UL_SHOTS_DIR when set, for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../shared/domain/dates';
import { memberInputSchema } from '../../shared/members/schema';
import { insertMember } from '../../src-main/members/service';
import { congressFixture } from '../helpers/congress';
import { xlsxOf } from '../helpers/sheets';
import { startTestApp, type TestApp } from '../helpers/web-app';

const SHOTS = process.env.UL_SHOTS_DIR;
const VIEWPORT = { width: 1366, height: 768 };
const year = Number(todayIso().slice(0, 4));

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
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

function visitCount(): number {
  return app.store.ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM welfare_visits').get()!.n;
}

describe('record imports in the browser', () => {
  it('imports a hand-made visit register on the visits page, with a fix in place, then undoes it', async () => {
    const fixture = congressFixture(app.store.ctx.db);
    void fixture;
    const file = path.join(app.store.dir, '慰问登记（手工）.xlsx');
    fs.writeFileSync(
      file,
      await xlsxOf({
        rows: [
          ['某某学校工会慰问登记表'],
          ['序号', '姓名', '部门', '日期', '事由', '金额（元）', '备注'],
          [1, '张老师', '语文组', `${year}.1.5`, '住院', '1,200.00', ''],
          [2, '李老师', '语文组', `${year}年1月6日`, '结婚', '¥600', ''],
          [3, '退休刘老师', '退休教师', `${year}-01-07`, '春节慰问', '5OO', ''],
          ['合计', '', '', '', '', '2300', ''],
        ],
        merges: ['A1:G1'],
      }),
    );
    const page = await app.open('/welfare', VIEWPORT);
    await page.getByRole('button', { name: '导入慰问登记表' }).click();
    await page.getByText('点击选择慰问登记表文件').waitFor();
    await shot(page, 'visits-1-upload');
    await page.locator('.ant-modal input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: '下一步：检查数据' }).waitFor();
    expect(await page.locator('.ant-modal tr', { hasText: '金额（元）' }).textContent()).toContain('慰问金');
    await shot(page, 'visits-2-mapping');
    await page.getByRole('button', { name: '下一步：检查数据' }).click();
    await page.getByText('有 1 行存在错误').waitFor();
    await shot(page, 'visits-3-review-error');
    await page.getByRole('button', { name: /第 5 行金额（元）：5OO/ }).click();
    const input = page.getByRole('textbox', { name: '修改第 5 行金额（元）' });
    await input.fill('500');
    await input.press('Enter');
    await expect.poll(() => page.getByText('有 1 行存在错误').count()).toBe(0);
    await shot(page, 'visits-4-review-fixed');
    await page.getByRole('button', { name: '导入 3 条' }).click();
    await page.getByText('导入完成').waitFor();
    expect(visitCount()).toBe(3);
    await page.getByRole('button', { name: '完成' }).click();
    await page.getByRole('cell', { name: '退休刘老师' }).waitFor();
    await shot(page, 'visits-5-list');

    await page.getByRole('button', { name: '慰问登记表导入记录' }).click();
    await page.getByRole('button', { name: '撤销' }).click();
    await shot(page, 'visits-6-undo-confirm');
    await page.getByRole('button', { name: '确认撤销' }).click();
    await expect.poll(visitCount).toBe(0);
    await page.getByText(/已于 .* 撤销/).waitFor();
    await page.close();
  });

  it('imports a delegate list on the session\'s 代表 tab, and exports it', async () => {
    const db = app.store.ctx.db;
    const session = db.prepare<[], { id: number }>('SELECT id FROM congress_sessions LIMIT 1').get()!;
    const file = path.join(app.store.dir, '代表名单.xlsx');
    fs.writeFileSync(file, await xlsxOf({ rows: [['姓名', '代表团', '类别', '是否教师'], ['吴教师', '第一代表团', '正式', '是'], ['张老师', '第一代表团', '正式', '是']] }));
    const page = await app.open(`/congress/sessions/${session.id}?tab=delegates`, VIEWPORT);
    await page.getByRole('button', { name: '添加代表' }).waitFor();
    await shot(page, 'delegates-1-tab');
    await page.getByRole('button', { name: '导入代表名单' }).click();
    await page.getByText('导入代表名单（第五届）').waitFor();
    await page.locator('.ant-modal input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: '下一步：检查数据' }).click();
    await page.getByRole('button', { name: '导入 1 条' }).waitFor();
    expect(await page.getByText('已有，跳过').count()).toBe(1);
    await shot(page, 'delegates-2-review');
    await page.getByRole('button', { name: '导入 1 条' }).click();
    await page.getByText('导入完成').waitFor();
    await page.getByRole('button', { name: '完成' }).click();
    await page.getByRole('cell', { name: '吴教师' }).waitFor();
    await shot(page, 'delegates-3-list');
    await page.close();
  });

  it('imports a disclosure register on the 校务公开台账 page and a hardship register on the 困难职工档案 page', async () => {
    const last = year - 1;
    const notices = path.join(app.store.dir, '校务公开台账（旧）.xlsx');
    fs.writeFileSync(
      notices,
      await xlsxOf({
        rows: [['校务公开登记表'], ['公开事项', '类别', '范围', '公示时间'], ['职称评审推荐人选', '职称', '校内', `${last}.3.1`], ['食堂经费收支', '财务', '对内', `${last}年4月1日`]],
        merges: ['A1:D1'],
      }),
    );
    const page = await app.open('/disclosure', VIEWPORT);
    await page.getByRole('button', { name: '导入校务公开台账' }).click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(notices);
    await page.getByRole('button', { name: '下一步：检查数据' }).click();
    await page.getByRole('button', { name: '导入 2 条' }).waitFor();
    await shot(page, 'notices-1-review');
    await page.getByRole('button', { name: '导入 2 条' }).click();
    await page.getByText('导入完成').waitFor();
    await page.getByRole('button', { name: '完成' }).click();
    await page.locator('.ant-select', { has: page.getByRole('combobox', { name: '按年度筛选' }) }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `${last}年` }).click();
    await page.getByRole('cell', { name: '职称评审推荐人选' }).waitFor();
    await shot(page, 'notices-2-register');

    insertMember(app.store.ctx.db, memberInputSchema.parse({ name: '陈老师', department: '数学组' }));
    const hardship = path.join(app.store.dir, '困难职工档案（旧）.xlsx');
    fs.writeFileSync(
      hardship,
      await xlsxOf({ rows: [['姓名', '部门', '困难程度', '致困原因', '家庭人数', '人均月收入', '核实日期', '核实人'], ['陈老师', '数学组', '特困', '大病', '3人', '¥980', `${last}.9.1`, '工会主席']] }),
    );
    await page.close();
    const hp = await app.open('/welfare/hardship', VIEWPORT);
    await hp.getByRole('button', { name: '导入困难职工档案' }).click();
    await hp.locator('.ant-modal input[type=file]').setInputFiles(hardship);
    await hp.getByRole('button', { name: '下一步：检查数据' }).click();
    await hp.getByRole('button', { name: '导入 1 条' }).click();
    await hp.getByText('导入完成').waitFor();
    await hp.getByRole('button', { name: '完成' }).click();
    await hp.getByTestId('hardship-name').filter({ hasText: '陈老师' }).waitFor();
    await shot(hp, 'hardship-1-list');
    expect(app.store.ctx.db.prepare<[], { level: string }>('SELECT level FROM hardship_files').all()).toEqual([{ level: '深度困难' }]);
    await hp.close();
  });
});
