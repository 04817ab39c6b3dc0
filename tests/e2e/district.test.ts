/**
 * 基层汇总 in Chromium against the browser mode. Two real branch stores are made through the API:
 * 城南实验小学 (the report fixture) saves its ledger through its own 年度台账 page (报送上级工会,
 * in a second browser-mode server on its store), 城关中学 through the API. The app's own store is
 * set to 上级教育工会 on the settings page, gets three schools (one typed in on the form), receives
 * the two files plus an edited copy (refused with its name) in one drop, and shows the totals figure
 * by figure as the schools' own reports give them, the school that has not reported with its
 * contact, and one school's own figures. A re-sent ledger replaces the first and both stay in the
 * history. Screenshots of every page at 1366×768 and 1920×1080 go to /tmp/district-ui/e2e.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { apiOn } from '../helpers/api';
import { tempStore } from '../helpers/store';
import { RENDERER_DIR, startTestApp, type TestApp } from '../helpers/web-app';
import { buildReportStore } from '../integration/report/fixture';

const OUT = process.env.UL_DISTRICT_SHOTS ?? path.join('/tmp', 'district-ui', 'e2e');
const YEAR = 2026;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

let app: TestApp;
let api: ApiClient;
let schoolA: ReturnType<typeof tempStore>;
let schoolB: ReturnType<typeof tempStore>;
let apiA: ApiClient;
let apiB: ApiClient;
let serverA: WebServer;
const files: Record<'a' | 'b' | 'edited', string> = { a: '', b: '', edited: '' };

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });

/** 城关中学: a small school with two members, one motion, one visit and one hardship file. */
async function buildSecondSchool(b: ApiClient) {
  await b.call('settings.update', { schoolName: '城关中学', unionName: '城关中学工会' });
  const m1 = await b.call('members.create', { name: '周老师', gender: '女', employmentType: '在编', joinDate: '2012-09-01' });
  const m2 = await b.call('members.create', { name: '吴老师', gender: '男', employmentType: '在编', joinDate: '2026-03-01' });
  await b.call('members.create', { name: '郑老师', gender: '男', employmentType: '临聘', joinDate: '2026-09-01' });
  await b.call('welfare.visits.create', { memberId: m1.id, visitDate: '2026-01-20', reason: '春节慰问', amountFen: 50_000, goodsValueFen: 0, visitors: '工会主席' });
  await b.call('welfare.hardship.create', {
    memberId: m2.id, level: '相对困难', mainCause: '家庭成员患重病', secondaryCauses: [], householdSize: 4,
    perCapitaIncomeFen: 120_000, health: '本人健康', housing: '租房', filedOn: '2026-03-01', verifiedOn: '2026-03-01', verifiedBy: '工会主席', family: [],
  });
}

/** The whole page, and the parts named by test id on their own (readable at full size), at each size. */
async function shoot(page: Page, name: string, parts: string[] = []) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, `${name}-${size.width}.png`), fullPage: true });
    for (const part of parts) await page.getByTestId(part).first().screenshot({ path: path.join(OUT, `${name}-${part}-${size.width}.png`) });
  }
  await page.setViewportSize(SIZES[0]!);
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await startTestApp();
  api = apiOn(app.store);
  schoolA = tempStore();
  schoolB = tempStore();
  apiA = apiOn(schoolA);
  apiB = apiOn(schoolB);
  await buildReportStore(apiA);
  await buildSecondSchool(apiB);
  serverA = await startWebServer({ ctx: schoolA.ctx, rendererDir: RENDERER_DIR, port: 0 });
  const b = await apiB.call('district.send', { year: YEAR });
  files.b = path.join(OUT, b.fileName);
  fs.writeFileSync(files.b, Buffer.from(b.contentBase64, 'base64'));
}, 90_000);

afterAll(async () => {
  await serverA?.close();
  await app?.close();
  schoolA?.close();
  schoolB?.close();
});

describe('报送 and 基层汇总 in the browser', () => {
  it('a school sees what its ledger carries and saves 学校名-2026年度台账.xlsx', async () => {
    const page = await app.browser.newPage({ viewport: SIZES[0], acceptDownloads: true });
    await page.goto(`${serverA.url}#/report?year=${YEAR}`);
    await page.getByRole('button', { name: '报送上级工会' }).click();
    const preview = page.getByTestId('send-preview');
    await poll(() => preview.count()).toBe(1);
    expect(await page.getByTestId('send-file-name').textContent()).toBe(`城南实验小学-${YEAR}年度台账.xlsx`);
    const expected = await apiA.call('district.send.preview', { year: YEAR });
    expect(await page.getByTestId('send-counts').textContent()).toBe(`困难职工档案 ${expected.hardship} 份，提案 ${expected.motions} 件，票决 ${expected.votes} 项`);
    expect(await preview.textContent()).toContain('年末在册会员');
    await shoot(page, 'send-preview');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存报送文件' }).click()]);
    expect(download.suggestedFilename()).toBe(`城南实验小学-${YEAR}年度台账.xlsx`);
    files.a = path.join(OUT, download.suggestedFilename());
    await download.saveAs(files.a);
    await page.close();

    // The same file edited in Excel afterwards: one figure of the summary sheet changed.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.a);
    const sheet = wb.getWorksheet('年度汇总')!;
    let changed = false;
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (!changed && typeof cell.value === 'number' && cell.value > 0) {
          cell.value += 1;
          changed = true;
        }
      });
    });
    expect(changed).toBe(true);
    files.edited = path.join(OUT, `城南实验小学-${YEAR}年度台账（改过）.xlsx`);
    await wb.xlsx.writeFile(files.edited);
  });

  it('设置 → 本机用途 turns the store into a district store showing 基层汇总', async () => {
    const page = await app.open('/settings', SIZES[0]);
    await page.getByText('上级教育工会（区、县、市教育工会）').click();
    await page.getByRole('button', { name: '保存本机用途' }).click();
    await page.getByRole('button', { name: '确认修改' }).click();
    await poll(() => page.url()).toContain('#/district');
    await poll(() => page.locator('.ant-menu-item').allTextContents()).toEqual(['基层汇总', '设置']);
    expect((await api.call('district.settings')).role).toBe('上级教育工会');
    await page.goto(`${app.server.url}#/settings`);
    await poll(() => page.getByTestId('role-section').count()).toBe(1);
    await shoot(page, 'settings');
    await page.close();
  });

  it('keeps the list of schools: one typed in on the form', async () => {
    await api.call('district.schools.save', { name: '城南实验小学', type: '小学', contact: '李主席', phone: '13800000001', staff: 120 });
    await api.call('district.schools.save', { name: '城关中学', type: '中学', contact: '周主席', staff: 60 });
    const page = await app.open(`/district/schools?year=${YEAR}`, SIZES[0]);
    await page.getByRole('button', { name: '新增学校' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('学校名称').fill('红星幼儿园');
    await dialog.getByText('幼儿园', { exact: true }).click();
    await dialog.getByLabel('联系人').fill('王园长');
    await dialog.getByLabel('联系电话').fill('13912345678');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(() => page.getByTestId('schools-table').locator('tbody tr.ant-table-row').count()).toBe(3);
    const listed = (await api.call('district.schools.list')).schools.find((s) => s.name === '红星幼儿园');
    expect(listed).toMatchObject({ type: '幼儿园', contact: '王园长', phone: '13912345678' });
    // Phones are masked in the list unless asked for.
    expect(await page.getByTestId('schools-table').textContent()).toContain('139****5678');
    await shoot(page, 'schools');
    await page.close();
  });

  it('receives many files at once: checks each first, refuses the edited one by name, then takes the rest', async () => {
    const page = await app.open(`/district/receive?year=${YEAR}`, SIZES[0]);
    await page.locator('input[type="file"]').setInputFiles([files.a, files.b, files.edited]);
    const rows = page.getByTestId('receive-row');
    await poll(() => rows.count()).toBe(3);
    await poll(() => page.locator('[data-testid="receive-row"][data-status="ok"]').count()).toBe(2);
    const refusedRow = page.locator('[data-testid="receive-row"][data-status="refused"]');
    const message = await refusedRow.getByTestId('receive-error').textContent();
    expect(message).toContain(path.basename(files.edited));
    // Nothing was saved by the check.
    expect((await api.call('district.reports.history', {})).items).toHaveLength(0);
    await shoot(page, 'receive-checked');
    await page.getByRole('button', { name: '接收 2 份台账' }).click();
    await poll(() => page.locator('[data-testid="receive-row"][data-status="taken"]').count()).toBe(2);
    await poll(() => page.getByTestId('history-row').count()).toBe(2);
    expect((await api.call('district.reports.history', { year: YEAR })).items.map((i) => i.schoolName).sort()).toEqual(['城关中学', '城南实验小学']);
    await page.close();
  });

  it('a check of many files runs on when the page is left for another tab, and shows its answer on return', async () => {
    const page = await app.open(`/district/receive?year=${YEAR}`, SIZES[0]);
    const copies = [1, 2].map((n) => {
      const copy = path.join(OUT, `copy-${n}-${path.basename(files.edited)}`);
      fs.copyFileSync(files.edited, copy);
      return copy;
    });
    // The page's polls of the job answer late, so the check is still being followed when the tab changes.
    let held = 0;
    await page.route('**/api/jobs.get', async (route) => {
      held++;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue().catch(() => undefined);
    });
    await page.locator('input[type="file"]').setInputFiles([files.a, files.b, ...copies]);
    await poll(() => held).toBeGreaterThan(0);
    await page.getByRole('tab', { name: '基层工会名单' }).click();
    await poll(() => page.getByTestId('schools-table').count()).toBe(1);
    await page.unroute('**/api/jobs.get');
    await page.getByRole('tab', { name: '接收台账' }).click();
    const rows = page.getByTestId('receive-row');
    await poll(() => rows.count()).toBe(4);
    // The check's answers arrived: the two ledgers received already are the same files, the copies were edited.
    await poll(() => page.locator('[data-testid="receive-row"][data-status="refused"]').count()).toBe(4);
    const errors = await page.getByTestId('receive-error').allTextContents();
    expect(errors.filter((e) => e.includes('完全相同，无需重复接收'))).toHaveLength(2);
    expect(errors.filter((e) => e.includes(path.basename(copies[0]!)))).toHaveLength(1);
    expect((await api.call('district.reports.history', { year: YEAR })).items).toHaveLength(2);
    await page.close();
  });

  it('shows the year: reported and missing with contact, totals figure by figure, each school', async () => {
    const [a, b] = [await apiA.call('report.year', { year: YEAR }), await apiB.call('report.year', { year: YEAR })];
    const page = await app.open(`/district?year=${YEAR}`, SIZES[0]);
    await poll(() => page.getByTestId('stat-reported').textContent()).toContain('2/ 3 所');
    const missing = page.getByTestId('missing-school');
    expect(await missing.count()).toBe(1);
    expect(await missing.textContent()).toContain('红星幼儿园');
    expect(await missing.textContent()).toContain('王园长');
    const totals = page.getByTestId('district-totals');
    const figure = (key: string) => totals.getByTestId(`figure-${key}`).first().textContent();
    expect(await figure('members.total')).toBe(`${a.current.members.total + b.current.members.total} 人`);
    expect(await figure('members.joined')).toBe(`${a.current.members.joined + b.current.members.joined} 人`);
    expect(await figure('congress.motions')).toBe(`${a.current.congress.motions + b.current.congress.motions} 件`);
    expect(await figure('congress.answered')).toBe(`${a.current.congress.answered + b.current.congress.answered} 件`);
    expect(await figure('disclosure.notices')).toBe(`${a.current.disclosure.notices + b.current.disclosure.notices} 项`);
    expect(await figure('welfare.visits')).toBe(`${a.current.welfare.visits + b.current.welfare.visits} 人次`);
    expect(await figure('welfare.hardshipHouseholds')).toBe(`${a.current.welfare.hardshipHouseholds + b.current.welfare.hardshipHouseholds} 户`);
    const money = await page.getByTestId('stat-amount').textContent();
    const yuan = (a.current.welfare.amountFen + b.current.welfare.amountFen) / 100;
    expect(money?.replace(/[¥,]/g, '')).toContain(yuan.toFixed(2));
    // One row per reported school; sorting by 答复率 puts the school without motions last.
    const table = page.getByTestId('school-figures');
    await poll(() => table.getByTestId('school-row').count()).toBe(2);
    await table.getByRole('columnheader', { name: '答复率', exact: true }).click();
    const first = a.current.congress.replyRate === null ? '城关中学' : '城南实验小学';
    await poll(() => table.getByTestId('school-row').first().getAttribute('data-school')).toBe(first);
    await poll(() => page.locator('[data-testid="type-charts"] [data-testid="echart"] svg').count()).toBe(4);
    expect(await page.getByTestId('district-sentences').textContent()).toContain('2');
    await shoot(page, 'summary', ['missing-schools', 'district-checks', 'district-totals', 'school-figures', 'type-charts']);

    await table.getByRole('button', { name: '城南实验小学' }).click();
    await poll(() => page.url()).toContain('/district/schools/');
    await poll(() => page.getByTestId('area-members').count()).toBe(1);
    expect(await page.getByTestId('area-members').getByTestId('figure-members.total').first().textContent()).toBe(`${a.current.members.total} 人`);
    expect(await page.getByTestId('area-welfare').getByTestId('figure-welfare.visits').first().textContent()).toBe(`${a.current.welfare.visits} 人次`);
    await shoot(page, 'school');
    await page.close();
  });

  it('a school that sends again replaces its report; the first stays in the history with both dates', async () => {
    const members = await apiB.call('members.list', {});
    const id = members.rows[0]!.id;
    await apiB.call('welfare.visits.create', { memberId: id, visitDate: '2026-09-10', reason: '教师节慰问', amountFen: 20_000, goodsValueFen: 0, visitors: '工会主席' });
    // The file's export time is to the second: the second sending must be later than the first.
    await new Promise((r) => setTimeout(r, 1100));
    const again = await apiB.call('district.send', { year: YEAR });
    const file = path.join(OUT, `再次-${again.fileName}`);
    fs.writeFileSync(file, Buffer.from(again.contentBase64, 'base64'));
    const page = await app.open(`/district/receive?year=${YEAR}`, SIZES[0]);
    await page.locator('input[type="file"]').setInputFiles([file]);
    await poll(() => page.locator('[data-testid="receive-row"][data-status="ok"]').count()).toBe(1);
    expect(await page.getByTestId('receive-row').textContent()).toContain('将替换');
    await page.getByRole('button', { name: '接收 1 份台账' }).click();
    await poll(() => page.getByTestId('history-row').count()).toBe(3);
    const old = page.locator('[data-testid="history-row"][data-current="false"]');
    expect(await old.count()).toBe(1);
    expect(await old.textContent()).toContain('被新报送的一份替换');
    const summary = await api.call('district.summary', { year: YEAR });
    expect(summary.reported).toBe(2);
    const b = await apiB.call('report.year', { year: YEAR });
    expect(summary.schools.find((s) => s.name === '城关中学')?.figures['welfare.amountFen']).toBe(b.current.welfare.amountFen);
    await shoot(page, 'receive-history');
    await page.close();
  });
});
