/**
 * The disclosure area in Chromium against the browser mode: two notices made through the UI,
 * approved and published, an objection registered and resolved, board issue 第1期 made and printed
 * to PDF in both sizes and orientations, plus a board with a 20-page notice that must continue on
 * further pages rather than be cut.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../shared/domain/dates';
import { noticeInputSchema } from '../../shared/disclosure/schema';
import { createIssue, listIssues } from '../../src-main/disclosure/issues';
import { createNotice } from '../../src-main/disclosure/notices';
import { approveNotice, publishNotice } from '../../src-main/disclosure/states';
import { updateGeneralSettings } from '../../src-main/settings/service';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

let app: TestApp;
const OUT = process.env.UL_ARTIFACTS_DIR ?? path.join(process.env.TMPDIR ?? '/tmp', 'ul-disclosure', 'e2e');

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await startTestApp();
  updateGeneralSettings(app.store.ctx.db, {
    schoolName: '苏州市第一中学',
    unionName: '苏州市第一中学工会委员会',
    supervisionPhone: '0512-65432100',
    supervisionEmail: 'xwgk@szyz.edu.cn',
  });
});
afterAll(async () => {
  await app?.close();
});

/** Page size in points and page count, as poppler reads the PDF. */
function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(text);
  const pages = /Pages:\s+(\d+)/.exec(text);
  return { pages: Number(pages?.[1]), width: Math.round(Number(size?.[1])), height: Math.round(Number(size?.[2])) };
}

/** The text in drawing order (-raw): a title wrapped in its column reads whole, not interleaved with the next column's lines. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
}

describe('school-affairs disclosure in the browser', () => {
  it('makes two notices, publishes them, handles an objection, and prints board 第1期', async () => {
    const page = await app.open('/disclosure');
    for (const [title, category] of [
      ['2026年度优秀教师评选结果', '评先评优'],
      ['2026年秋季学期收费项目及标准', '收费'],
    ] as const) {
      await page.getByRole('button', { name: '新建公示' }).click();
      await page.getByLabel('公示标题').fill(title);
      await page.getByLabel('公开类别').click();
      await page.locator('.ant-select-item-option', { hasText: category }).click();
      await page.getByLabel('公示内容', { exact: true }).fill(`现将${title}予以公示。\n公示期间接受全体教职工监督。`);
      await expect.poll(() => page.getByTestId('computed-period').textContent()).toMatch(/^\d{4}年\d+月\d+日至\d{4}年\d+月\d+日$/);
      await page.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => page.getByText(`已新建公示“${title}”（草稿）`).count()).toBe(1);

      await page.getByRole('button', { name: '审核通过' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认审核通过' }).click();
      await expect.poll(() => page.getByRole('button', { name: '发布' }).count()).toBe(1);
      await page.getByRole('button', { name: '发布' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认发布公示' }).click();
      await expect.poll(() => page.locator('.ant-tag', { hasText: '公示中' }).count()).toBe(1);
      await page.getByRole('button', { name: '返回台账' }).click();
    }
    await expect.poll(() => page.getByTestId('notice-title').allTextContents()).toHaveLength(2);

    // An objection to the first notice, then its handling.
    await page.getByTestId('notice-title').filter({ hasText: '优秀教师' }).click();
    await page.getByRole('button', { name: '登记异议' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('异议人姓名').fill('钱一');
    await dialog.getByLabel('异议内容').fill('评选程序有疑问，请说明评分细则');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('1 条异议待处理').count()).toBe(1);
    await page.getByRole('button', { name: '办结' }).click();
    const resolve = page.getByRole('dialog', { name: '办结异议' });
    await resolve.getByLabel('处理情况').fill('评审小组复核了评分细则并向本人说明');
    await resolve.getByLabel('处理结果').fill('维持原结果，本人表示认可');
    await resolve.getByRole('button', { name: '办结' }).click();
    await expect.poll(() => page.locator('.ant-tag', { hasText: '已办结' }).count()).toBe(1);
    expect(await page.getByText('1 条异议待处理').count()).toBe(0);

    // Board issue 第1期 with both notices; an empty issue is refused first.
    await page.goto(`${app.server.url}#/disclosure/issues/new`);
    await expect.poll(async () => page.locator('input[id="issueNumber"]').inputValue()).toBe('1');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.getByText('这一期校务公开栏还没有选择任何公示，至少要放一则。').count()).toBeGreaterThan(0);
    const candidates = page.locator('.ant-table-tbody .ant-checkbox-input');
    await candidates.nth(0).check();
    await candidates.nth(1).check();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.getByText(/已保存 \d{4}年第1期/).count()).toBe(1);
    await page.screenshot({ path: path.join(OUT, 'issue-editor.png'), fullPage: true });

    // The print button asks for paper and orientation, then opens the print view with them.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '打印' }).first().click();
    const printDialog = page.getByRole('dialog');
    await printDialog.getByText('A4', { exact: true }).click();
    await printDialog.getByText('横向', { exact: true }).click();
    const [popup] = await Promise.all([page.waitForEvent('popup'), printDialog.getByRole('button', { name: '存为 PDF' }).click()]);
    await popup.waitForSelector('body[data-print-ready="true"]');
    expect(decodeURIComponent(new URL(popup.url()).hash)).toMatch(/^#\/print\/disclosure\/issues\/\d+\?size=A4&orient=landscape&autoprint=1$/);
    // The launch token never travels in an address; the tab got it through sessionStorage.
    expect(popup.url()).not.toContain('token');
    expect(await popup.locator('.print-toolbar').textContent()).toContain('A4 横向');
    await popup.close();
    await page.close();

    const [issue] = listIssues(app.store.ctx.db);
    expect(issue?.notices.map((n) => n.title).sort()).toEqual(['2026年度优秀教师评选结果', '2026年秋季学期收费项目及标准']);
    const sizes = { 'A4-portrait': [595, 842], 'A4-landscape': [842, 595], 'A3-portrait': [842, 1191], 'A3-landscape': [1191, 842] } as const;
    for (const [name, [w, h]] of Object.entries(sizes)) {
      const [size, orient] = name.split('-');
      const file = path.join(OUT, `board-issue1-${name}.pdf`);
      await printRouteToPdf(app, `/print/disclosure/issues/${issue!.id}?size=${size}&orient=${orient}`, file);
      const info = pdfInfo(file);
      expect({ name, ...info }).toEqual({ name, pages: 1, width: w, height: h });
      const text = pdfText(file).replace(/\s+/g, '');
      for (const expected of ['校务公开栏', '第1期', '苏州市第一中学', '2026年度优秀教师评选结果', '2026年秋季学期收费项目及标准', '监督电话：0512-65432100', 'xwgk@szyz.edu.cn']) {
        expect(text).toContain(expected);
      }
      execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
    }
  });

  it('continues a 20-page notice onto further pages instead of cutting it, on the board and on its own', async () => {
    const db = app.store.ctx.db;
    const today = todayIso();
    const paragraphs = Array.from({ length: 160 }, (_, i) => `<p>第${i + 1}条\u3000绩效工资分配坚持多劳多得、优绩优酬，重点向一线教师、骨干教师和做出突出成绩的教职工倾斜。</p>`);
    const long = createNotice(
      db,
      noticeInputSchema.parse({
        noticeTitle: '第四季度绩效工资分配方案',
        noticeCategory: '绩效工资',
        noticeScope: '对内',
        noticeKind: '定期',
        noticeBody: `${paragraphs.join('')}<p>全文完</p>`,
        publishDate: today,
        periodWorkingDays: 5,
        noticeIssuer: '苏州市第一中学校务公开领导小组',
      }),
    );
    approveNotice(db, { id: long.id, stateDate: today, stateNote: null });
    publishNotice(db, { id: long.id, publishDate: null });
    const issue = createIssue(db, { issueNumber: 2, issueDate: today, noticeIds: [long.id] });

    const board = path.join(OUT, 'board-long-A4-portrait.pdf');
    await printRouteToPdf(app, `/print/disclosure/issues/${issue.id}?size=A4&orient=portrait`, board);
    const boardText = pdfText(board).replace(/\s+/g, '');
    expect(pdfInfo(board).pages).toBeGreaterThan(1);
    expect(boardText).toContain('第160条');
    expect(boardText).toContain('全文完');
    expect(boardText).toContain('监督电话');
    execFileSync('pdftoppm', ['-png', '-r', '60', board, board.replace(/\.pdf$/, '')]);

    const single = path.join(OUT, 'notice-long-A4.pdf');
    await printRouteToPdf(app, `/print/disclosure/notices/${long.id}?size=A4&orient=portrait`, single);
    const singleText = pdfText(single).replace(/\s+/g, '');
    expect(pdfInfo(single).pages).toBeGreaterThan(3);
    expect(singleText).toContain('关于第四季度绩效工资分配方案的公示');
    expect(singleText).toContain('全文完');
    expect(singleText).toMatch(/公示期：\d{4}年\d+月\d+日至\d{4}年\d+月\d+日/);
    execFileSync('pdftoppm', ['-png', '-r', '60', single, single.replace(/\.pdf$/, '')]);
  });
});
