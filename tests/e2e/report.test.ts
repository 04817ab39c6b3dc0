/**
 * 年度台账 in Chromium against the browser mode, on a store where every figure is known: members
 * joining and leaving, a congress with five motions (three filed, two answered on time, one still
 * unanswered), two notices with an open objection, visits this year and last. The page shows the
 * figures, 立案 lists exactly those motions and a row opens the motion, the copy-all button puts
 * the sentences on the clipboard, the checklist links lead to the place to fix, and the
 * 年度工作统计表 prints to a one- or two-page A4 portrait PDF. Screenshots go to /tmp/report-ui.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../shared/api/client';
import { noticeInputSchema, objectionInputSchema } from '../../shared/disclosure/schema';
import { dispatch } from '../../src-main/api/dispatch';
import { createNotice } from '../../src-main/disclosure/notices';
import { addObjection } from '../../src-main/disclosure/objections';
import { approveNotice, publishNotice } from '../../src-main/disclosure/states';
import { allSentencesText } from '../../src-renderer/report/figures';
import { congressFixture, type CongressFixture } from '../helpers/congress';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

const OUT = process.env.UL_REPORT_SHOTS ?? path.join('/tmp', 'report-ui', 'e2e');
const YEAR = 2026;
let app: TestApp;
let api: ApiClient;
let fx: CongressFixture;
const motionIds: Record<string, number> = {};

async function seed() {
  const db = app.store.ctx.db;
  await api.call('settings.update', { schoolName: '实验中学', unionName: '实验中学工会委员会' });
  // 8 members (语文组) and the 2026 session with 6 正式 delegates and one 列席.
  fx = congressFixture(db);
  const wang = await api.call('members.create', { name: '王芳', gender: '女', birthDate: '1990-05-01', department: '数学组', employmentType: '在编', joinDate: '2026-03-01' });
  await api.call('members.create', { name: '刘强', gender: '男', birthDate: '1980-01-01', department: '数学组', employmentType: '在编', joinDate: '2025-09-01' });
  await api.call('members.create', { name: '陈静', gender: '女', birthDate: '1998-02-01', department: '英语组', employmentType: '临聘', joinDate: '2026-09-01' });
  // The standard's own example ID: the ledger must mask it unless the chair asks for it in full.
  await api.call('members.create', { name: '李华', gender: '女', birthDate: '1949-12-31', idNumber: '11010519491231002X', department: '数学组', employmentType: '在编' });
  const zhao = await api.call('members.create', { name: '赵敏', gender: '女', birthDate: '1985-03-01', department: '英语组', employmentType: '在编', joinDate: '2010-09-01' });
  const sun = await api.call('members.create', { name: '孙伟', gender: '男', birthDate: '1966-07-01', department: '数学组', employmentType: '在编', joinDate: '2000-09-01' });
  await api.call('members.changeStatus', { id: zhao.id, status: '调出', date: '2026-06-30', reason: '调往区教育局' });
  await api.call('members.changeStatus', { id: sun.id, status: '退休', date: '2026-07-31', reason: null });

  const motion = async (title: string, proposer: number) =>
    (motionIds[title] = (
      await api.call('congress.motions.create', {
        sessionId: fx.session.id,
        motionTitle: title,
        motionReasons: '教职工普遍反映',
        motionProposals: '请学校研究解决',
        motionCategory: '后勤保障',
        proposerId: proposer,
        cosignerIds: Object.values(fx.d).filter((id) => id !== proposer).slice(0, 2),
        submittedOn: '2026-11-05',
      })
    ).id);
  const lunch = await motion('关于改善教师午餐质量的建议', fx.d.张老师);
  const gym = await motion('关于增加体育器材的建议', fx.d.赵老师);
  const library = await motion('关于延长图书馆开放时间的建议', fx.d.钱会计);
  const lessons = await motion('关于调整课时安排的建议', fx.d.孙主任);
  const cards = await motion('关于发放购物卡的建议', fx.d.李老师);
  for (const id of [lunch, gym, library]) await api.call('congress.motions.review', { id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
  await api.call('congress.motions.review', { id: lessons, decision: '转为意见建议', decidedOn: '2026-11-21', decisionReason: '属于日常教学管理' });
  await api.call('congress.motions.review', { id: cards, decision: '不予立案', decidedOn: '2026-11-21', decisionReason: '不符合财务规定' });
  await api.call('congress.motions.reply', { id: lunch, replyText: '每周公布菜谱', repliedBy: '总务处', repliedOn: '2026-11-25', implementation: '已落实' });
  await api.call('congress.motions.reply', { id: gym, replyText: '已采购篮球架', repliedBy: '总务处', repliedOn: '2026-11-26', implementation: '已落实' });
  await api.call('congress.motions.feedback', { id: lunch, rating: '满意', ratedOn: '2026-11-27' });
  await api.call('congress.motions.feedback', { id: gym, rating: '基本满意', ratedOn: '2026-11-28' });
  const all = Object.values(fx.d);
  await api.call('congress.votes.create', {
    sessionId: fx.session.id,
    voteItem: '绩效工资分配方案',
    votedOn: '2026-11-20',
    voteMethod: '无记名投票',
    presentIds: all,
    votesFor: 5,
    votesAgainst: 1,
    abstain: 0,
    invalid: 0,
  });

  const notice = (title: string, category: string, scope: '对内' | '对外', date: string) => {
    const n = createNotice(
      db,
      noticeInputSchema.parse({
        noticeTitle: title,
        noticeCategory: category,
        noticeScope: scope,
        noticeKind: '即时',
        responsibleUnit: '校长办公室',
        noticeBody: '<p>公示内容</p>',
        publishDate: date,
        periodWorkingDays: 5,
        objectionContact: '校工会办公室',
      }),
      date,
    );
    approveNotice(db, { id: n.id, stateDate: date, stateNote: null }, date);
    return publishNotice(db, { id: n.id, publishDate: null }, date);
  };
  const honours = notice('2026年度优秀教师评选结果', '评先评优', '对内', '2026-11-02');
  notice('2026年上半年食堂收支情况', '财务收支', '对外', '2026-07-01');
  addObjection(db, objectionInputSchema.parse({ noticeId: honours.id, objectionReceivedOn: '2026-11-03', anonymous: false, objectorName: '吴教师', objectionContent: '评选程序不公开' }), '2026-11-03');

  // Verified more than 12 months ago: the check asks for a re-verification.
  await api.call('welfare.hardship.create', {
    memberId: wang.id, level: '相对困难', mainCause: '家庭成员患重病', secondaryCauses: [], householdSize: 3,
    perCapitaIncomeFen: 98_000, health: '本人健康', housing: '租房', filedOn: '2024-03-01', verifiedOn: '2025-09-01', verifiedBy: '王主席', family: [],
  });
  await api.call('welfare.visits.create', { memberId: wang.id, visitDate: '2026-05-12', reason: '生病住院', amountFen: 100_000, goodsValueFen: 0, visitors: '王主席' });
  await api.call('welfare.visits.create', { memberId: wang.id, visitDate: '2026-09-10', reason: '困难帮扶', amountFen: 200_000, goodsValueFen: 0, visitors: '王主席' });
  await api.call('welfare.visits.create', { memberId: null, recipientName: '退休教师 周某', visitDate: '2026-02-10', reason: '春节慰问', amountFen: 50_000, goodsValueFen: 0, visitors: '王主席' });
  await api.call('welfare.visits.create', { memberId: wang.id, visitDate: '2025-09-10', reason: '困难帮扶', amountFen: 150_000, goodsValueFen: 0, visitors: '王主席' });
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await startTestApp();
  api = createApiClient((m, i) => dispatch(app.store.ctx, m, i, () => undefined));
  await seed();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

/** A page whose clipboard the test may read, at the given window size. */
async function openReport(viewport: { width: number; height: number }, route = `/report?year=${YEAR}`): Promise<Page> {
  const context = await app.browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${app.server.url}#${route}`);
  await poll(() => page.getByTestId('area-welfare').count()).toBe(1);
  // Every card draws two charts, or an empty note where the year has nothing to draw.
  await poll(() => page.locator('[data-testid="echart"] svg').count()).toBeGreaterThanOrEqual(6);
  return page;
}

/** The machine is shared: give the page time to draw before a check fails. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

describe('年度台账 in the browser', () => {
  it('shows the known figures with last year and the change', async () => {
    const page = await openReport({ width: 1366, height: 768 });
    expect(await page.getByRole('menuitem', { name: '年度台账' }).count()).toBe(1);
    const menu = await page.locator('.ant-menu-item').allTextContents();
    // The year's account comes after the last record area.
    expect(menu.indexOf('年度台账')).toBe(menu.indexOf('会费') + 1);

    expect(await text(page, 'figure-members.joined')).toBe('2 人');
    expect(await text(page, 'figure-members.left')).toBe('2 人');
    expect(await text(page, 'figure-congress.motions')).toBe('5 件');
    expect(await text(page, 'figure-congress.filed')).toBe('3 件');
    expect(await text(page, 'figure-congress.toSuggestions')).toBe('1 件');
    expect(await text(page, 'figure-congress.rejected')).toBe('1 件');
    expect(await text(page, 'figure-congress.answered')).toBe('2 件');
    expect(await text(page, 'figure-congress.unanswered')).toBe('1 件');
    expect(await text(page, 'figure-congress.replyRate')).toBe('66.7%');
    expect(await text(page, 'figure-congress.satisfactionRate')).toBe('100%');
    // No motions last year: the rate has nothing to divide by.
    expect(await text(page, 'figure-congress.replyRate-prev')).toBe('—');
    expect(await text(page, 'change-congress.replyRate')).toBe('—');
    expect(await text(page, 'figure-congress.votesPassed')).toBe('1 项');
    expect(await text(page, 'figure-disclosure.notices')).toBe('2 项');
    expect(await text(page, 'figure-disclosure.objections')).toBe('1 件');
    expect(await text(page, 'figure-disclosure.objectionsResolved')).toBe('0 件');
    expect(await text(page, 'figure-welfare.visits')).toBe('3 人次');
    expect(await text(page, 'figure-welfare.visits-prev')).toBe('1 人次');
    expect(await text(page, 'change-welfare.visits')).toBe('↑ 2 人次');
    expect(await text(page, 'figure-welfare.amountFen')).toBe('¥3,500.00');
    expect(await text(page, 'figure-welfare.hardshipHouseholds')).toBe('1 户');
    expect(await text(page, 'change-welfare.amountFen')).toBe('↑ ¥2,000.00');

    const sentences = (await text(page, 'sentences-congress')) ?? '';
    expect(sentences).toContain('立案 3 件');
    await page.screenshot({ path: path.join(OUT, 'report-1366.png'), fullPage: true });
    await page.screenshot({ path: path.join(OUT, 'report-1366-top.png') });
    for (const area of ['members', 'congress', 'disclosure', 'welfare']) await page.getByTestId(`area-${area}`).screenshot({ path: path.join(OUT, `report-card-${area}.png`) });
    // Nothing runs off the right edge at 1366×768.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.context().close();
  });

  it('lists the filed motions behind 立案 and opens one', async () => {
    const page = await openReport({ width: 1366, height: 768 });
    await page.getByTestId('figure-congress.filed').click();
    const drawer = page.locator('.ant-drawer-content');
    await poll(() => drawer.getByTestId('detail-row').count()).toBe(3);
    const rows = (await drawer.getByTestId('detail-row').allTextContents()).join('\n');
    for (const title of ['关于改善教师午餐质量的建议', '关于增加体育器材的建议', '关于延长图书馆开放时间的建议']) expect(rows).toContain(title);
    expect(rows).not.toContain('关于调整课时安排的建议');
    await poll(() => page.locator('.ant-drawer-content-wrapper').evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    await page.screenshot({ path: path.join(OUT, 'report-drawer-1366.png') });
    // Every column of the list is in view at 1366 px: no horizontal scrolling inside the drawer.
    const hidden = await drawer.locator('.ant-drawer-body').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(hidden).toBeLessThanOrEqual(0);

    await drawer.getByTestId('detail-row').filter({ hasText: '关于延长图书馆开放时间的建议' }).click();
    await poll(() => page.evaluate(() => window.location.hash)).toBe(`#/congress/motions/${motionIds['关于延长图书馆开放时间的建议']}`);
    await poll(() => page.locator('h3').first().textContent()).toContain('关于延长图书馆开放时间的建议');
    // Back keeps the year in the address.
    await page.goBack();
    await poll(() => page.getByTestId('area-congress').count()).toBe(1);
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/report?year=${YEAR}`);
    await page.context().close();
  });

  it('switches the year from the picker and keeps it in the address', async () => {
    const page = await openReport({ width: 1366, height: 768 });
    await page.locator('.ant-select', { has: page.getByRole('combobox', { name: '统计年度' }) }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^2025年$/ }).click();
    await poll(() => page.evaluate(() => window.location.hash)).toBe('#/report?year=2025');
    await poll(() => text(page, 'figure-welfare.visits')).toBe('1 人次');
    expect(await text(page, 'figure-welfare.visits-prev')).toBe('0 人次');
    expect(await text(page, 'figure-congress.motions')).toBe('0 件');
    expect(await page.locator('th', { hasText: '2024年' }).count()).toBeGreaterThan(0);
    // Last year's visit opens from the 2025 column as well.
    await page.getByTestId('figure-welfare.visits').click();
    await poll(() => page.locator('.ant-drawer-content').getByTestId('detail-row').count()).toBe(1);
    await page.context().close();
  });

  it('shows a year without records as zeros, with — for rates and no empty charts', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${app.server.url}#/report?year=2024`);
    await poll(() => text(page, 'figure-congress.motions')).toBe('0 件');
    expect(await text(page, 'figure-welfare.amountFen')).toBe('¥0.00');
    expect(await text(page, 'figure-congress.replyRate')).toBe('—');
    // A zero lists nothing, so it is plain text rather than a link to an empty list.
    expect(await page.getByTestId('figure-congress.motions').evaluate((el) => el.tagName)).toBe('SPAN');
    expect(await page.locator('[data-testid="echart"]').count()).toBeLessThan(8);
    expect(await page.getByText('2024年没有数据').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUT, 'report-empty-year.png') });
    await context.close();
  });

  it('copies all sentences at once', async () => {
    const page = await openReport({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(OUT, 'report-1920.png'), fullPage: true });
    await page.getByRole('button', { name: '复制全部工作总结用语' }).click();
    await poll(() => page.getByRole('button', { name: '已复制' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const report = await api.call('report.year', { year: YEAR });
    expect(copied).toBe(allSentencesText(report.sentences));
    expect(copied).toContain('立案 3 件');
    // One paragraph per area that has something to say (会费 has no records in this store).
    expect(copied.split('\n').length).toBe(Object.values(report.sentences).filter((lines) => lines.length > 0).length);
    await page.context().close();
  });

  it('lists the checks with links to the place to fix them', async () => {
    const checks = await api.call('report.checks', { year: YEAR });
    const failing = checks.items.filter((i) => !i.ok);
    expect(failing.length).toBeGreaterThan(0);
    const page = await openReport({ width: 1366, height: 768 });
    const card = page.getByTestId('report-checks');
    await poll(() => card.getByTestId('check-item').count()).toBe(checks.items.length);
    expect(await card.locator('[data-testid="check-item"][data-ok="false"]').count()).toBe(failing.length);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: path.join(OUT, 'report-checks-1366.png') });

    for (const [i, item] of failing.entries()) {
      const line = card.locator('[data-testid="check-item"][data-ok="false"]').nth(i);
      expect(await line.textContent()).toContain(item.title);
      await line.getByRole('button', { name: '去处理' }).click();
      await poll(() => page.evaluate(() => decodeURIComponent(window.location.hash))).toBe(`#${item.link}`);
      await page.goBack();
      await poll(() => card.getByTestId('check-item').count()).toBe(checks.items.length);
    }
    await page.context().close();
  });

  it('exports the 年度台账 workbook, saying it holds personal information, with IDs masked by default', async () => {
    const page = await openReport({ width: 1366, height: 768 });
    await page.getByRole('button', { name: '导出年度台账' }).click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.textContent()).toContain('个人信息');
    await poll(() => page.locator('.ant-modal').evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    expect(await dialog.getByRole('checkbox').isChecked()).toBe(false);
    await page.screenshot({ path: path.join(OUT, 'report-export-1366.png') });
    const roster = async (full: boolean) => {
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出' }).click()]);
      expect(download.suggestedFilename()).toBe(`实验中学${YEAR}年度台账.xlsx`);
      const file = path.join(OUT, full ? 'ledger-full.xlsx' : 'ledger.xlsx');
      await download.saveAs(file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      expect(book.worksheets[0]!.name).toBe('年度汇总');
      expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['会员花名册', '教代会提案', '慰问记录']));
      const cells: string[] = [];
      book.getWorksheet('会员花名册')!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
      return cells.join('\n');
    };
    const masked = await roster(false);
    expect(masked).not.toContain('11010519491231002X');
    expect(masked).toContain('110105');
    // A saved export closes the dialog; the next one starts masked again.
    await poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
    await page.getByRole('button', { name: '导出年度台账' }).click();
    await poll(() => dialog.getByRole('checkbox').isChecked()).toBe(false);
    await dialog.getByRole('checkbox').check();
    expect(await roster(true)).toContain('11010519491231002X');
    await page.context().close();
  });

  it('shows the missing checks on the dashboard', async () => {
    // The dashboard shows this year's checks, whichever year the test runs in.
    const failing = (await api.call('report.checks', { year: new Date().getFullYear() })).items.filter((i) => !i.ok);
    const page = await app.open('/', { width: 1366, height: 768 });
    const card = page.getByTestId('dashboard-report-checks');
    await poll(() => card.getByRole('button', { name: '去处理' }).count()).toBe(failing.length);
    await card.screenshot({ path: path.join(OUT, 'dashboard-checks.png') });
    await card.getByRole('button', { name: '去处理' }).first().click();
    await poll(() => page.evaluate(() => decodeURIComponent(window.location.hash))).toBe(`#${failing[0]!.link}`);
    await page.close();
  });

  it('prints the 年度工作统计表 on one to three A4 portrait pages', async () => {
    const pdf = path.join(OUT, 'year-report.pdf');
    await printRouteToPdf(app, `/print/report/${YEAR}`, pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const content = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(content).toContain('2026年度工会工作统计表');
    expect(content).toContain('填报单位：实验中学工会委员会');
    // pdftotext drops some of the thin spaces between a figure and its unit.
    expect(content).toMatch(/立案\s+3\s*件\s+0\s*件\s+↑\s*3\s*件/);
    expect(content).toMatch(/未答复\s+1\s*件\s+0\s*件\s+↑\s*1\s*件/);
    expect(content).toMatch(/慰问金\s+¥3,500\.00\s+¥1,500\.00\s+↑\s*¥2,000\.00/);
    expect(content).toMatch(/答复率\s+66\.7%\s+—\s+—/);
    expect(content).toMatch(/工会主席（签字）：＿+/);
    expect(content).toMatch(/日期：＿＿年＿＿月＿＿日/);
    for (const f of fs.readdirSync(OUT).filter((f) => f.startsWith('year-report-') && f.endsWith('.png'))) fs.rmSync(path.join(OUT, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'year-report')]);
    expect(fs.readdirSync(OUT).filter((f) => f.startsWith('year-report-') && f.endsWith('.png'))).toHaveLength(pages);
  });
});
