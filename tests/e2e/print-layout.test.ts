/**
 * The printed page (A4/A3 from Chromium, as Electron prints it): the 慰问金发放签收表 never leaves its
 * totals and signatures alone on a page and fits 20 recipients on one A4 sheet, goods with their
 * value; the 会员花名册 keeps IDs on one line and 20+ rows a landscape page under a title with 工会;
 * the 困难职工档案表 fits one A4 page with dates whole; the 校务公开栏 carries the union's name and on
 * A3 uses a larger type. Page counts come from pdfinfo, text from pdftotext; PNGs go to the
 * artifacts folder for a look.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Method } from '../../shared/api/contract';
import { noticeInputSchema } from '../../shared/disclosure/schema';
import { dispatch } from '../../src-main/api/dispatch';
import { createIssue } from '../../src-main/disclosure/issues';
import { createNotice } from '../../src-main/disclosure/notices';
import { approveNotice, publishNotice } from '../../src-main/disclosure/states';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

const OUT = process.env.UL_ARTIFACTS_DIR ?? path.join(process.env.TMPDIR ?? '/tmp', 'ul-screen', 'print');
let app: TestApp;
const memberIds: number[] = [];
const names: string[] = [];
let hardshipId = 0;
let issueId = 0;

async function call<T>(method: Method, input?: unknown): Promise<T> {
  const r = await dispatch(app.store.ctx, method, input, () => undefined);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as T;
}

function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}
function pageTexts(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
}
function png(file: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const ID_AREAS = ['110105', '320583'];
function idNumber(i: number): string {
  const first17 = `${ID_AREAS[i % 2]}${1970 + (i % 30)}0${1 + (i % 9)}1${i % 10}${String(100 + i).slice(-3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, k) => s + Number(c) * weights[k]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await startTestApp();
  await call('settings.update', { schoolName: '某某市第一中学', unionName: '某某市第一中学工会委员会', supervisionPhone: '0512-65432100', supervisionEmail: 'gh@yz.edu.cn' });
  for (let i = 0; i < 45; i++) {
    const name = `${SURNAMES[i % 20]}${'晓明建国雅婷思远'[i % 8]}${'一二三四五六七八九十'[i % 10]}`;
    names.push(name);
    const m = await call<{ id: number }>('members.create', {
      name, idNumber: idNumber(i), phone: `1391234${String(1000 + i)}`, department: ['语文组', '数学组', '行政后勤', '体育与健康组'][i % 4],
      position: i % 5 ? '教师' : '教研组长', title: ['中学高级教师', '中学一级教师', '二级教师'][i % 3], education: '大学本科', politicalStatus: i % 2 ? '中共党员' : '群众',
      ethnicity: '汉族', employmentType: '在编', joinDate: `20${String(10 + (i % 15))}-09-01`,
    });
    memberIds.push(m.id);
  }
  const file = await call<{ id: number }>('welfare.hardship.create', {
    memberId: memberIds[0], level: '深度困难', mainCause: '家庭成员患重病', secondaryCauses: ['子女就学'], householdSize: 6, perCapitaIncomeFen: 98_000,
    health: '本人患高血压，需长期服药', housing: '租住老旧小区两居室约 40 平方米，月租 1800 元', filedOn: '2024-03-01', verifiedOn: '2025-09-01', verifiedBy: '王主席',
    notes: '配偶尿毒症每周透析三次，医保报销后每月自付约 3000 元；长子读大学，次子读初中。'.repeat(2),
    family: [
      { name: '李某某', relation: '配偶', birthDate: '1982-04-01', occupation: '无业', monthlyIncomeFen: 0, health: '尿毒症' },
      { name: '王大明', relation: '长子', birthDate: '2005-10-11', occupation: '某某大学在读', monthlyIncomeFen: 0, health: '健康' },
      { name: '王小明', relation: '次子', birthDate: '2012-12-12', occupation: '某某市第一中学初二', monthlyIncomeFen: 0, health: '健康' },
      { name: '王老汉', relation: '父亲', birthDate: '1950-11-30', occupation: '退休', monthlyIncomeFen: 180_000, health: '慢性病' },
      { name: '张老太', relation: '母亲', birthDate: '1952-12-25', occupation: '无', monthlyIncomeFen: 0, health: '行动不便' },
    ],
  });
  hardshipId = file.id;
  for (const [date, reason] of [['2025-01-20', '春节慰问'], ['2025-06-01', '生病住院'], ['2025-09-10', '困难帮扶'], ['2026-01-15', '春节慰问'], ['2026-05-12', '生病住院']] as const) {
    await call('welfare.visits.create', { memberId: memberIds[0], visitDate: date, reason, amountFen: 100_000, goods: '米面油', goodsValueFen: 20_000, visitors: '王主席', overStandardConfirmed: true });
  }
  const today = new Date().toISOString().slice(0, 10);
  const ids = Array.from({ length: 5 }, (_, k) => {
    const n = createNotice(app.store.ctx.db, noticeInputSchema.parse({
      noticeTitle: `2026年第${k + 1}项校务公开事项`, noticeCategory: '重大决策', noticeScope: '对内', noticeKind: '即时', responsibleUnit: '校长办公室',
      noticeBody: Array.from({ length: 4 }, (_, p) => `<p>第${p + 1}项：${'各项内容均按上级文件规定执行，接受全体教职工和社会监督。'.repeat(3)}</p>`).join(''),
      publishDate: today, periodWorkingDays: 5, objectionContact: '请向校工会办公室实名反映', noticeIssuer: '校务公开领导小组',
    }));
    approveNotice(app.store.ctx.db, { id: n.id, stateDate: today, stateNote: null });
    publishNotice(app.store.ctx.db, { id: n.id, publishDate: null });
    return n.id;
  });
  issueId = createIssue(app.store.ctx.db, { issueNumber: 1, issueDate: today, noticeIds: ids }).id;
}, 180_000);
afterAll(async () => {
  await app?.close();
});

async function batchOf(count: number, goods: boolean): Promise<number> {
  const b = await call<{ id: number }>('welfare.batches.create', {
    title: `${count}人慰问`, memberIds: memberIds.slice(1, count + 1), visitDate: '2026-01-20', reason: '春节慰问', amountFen: 50_000,
    goods: goods ? '米面油' : null, goodsValueFen: goods ? 15_000 : 0, visitors: '王主席', overStandardConfirmed: true,
  });
  return b.id;
}

describe('printed pages', { timeout: 180_000 }, () => {
  it('签收表: 20 recipients with goods on one A4 page, goods and their value shown', async () => {
    const batch = await batchOf(20, true);
    const pdf = path.join(OUT, 'signoff-20.pdf');
    await printRouteToPdf(app, `/print/welfare/signoff?batch=${batch}`, pdf);
    png(pdf);
    expect(pdfPages(pdf)).toBe(1);
    const text = pageTexts(pdf).join('\n');
    expect(text).toContain('米面油（150.00）');
    expect(text).toContain('慰问品折合 ¥3,000.00');
    expect(text).toContain('工会主席');
  });

  it.each([26, 30, 34, 38, 42])('签收表 of %i: totals, capitals and signatures never alone on a page', async (count) => {
    const batch = await batchOf(count, false);
    const pdf = path.join(OUT, `signoff-${count}.pdf`);
    await printRouteToPdf(app, `/print/welfare/signoff?batch=${batch}`, pdf);
    png(pdf);
    const pages = pageTexts(pdf);
    const last = pages[pages.length - 1]!;
    expect(last).toContain('合计金额');
    expect(last).toContain('工会主席');
    const rowsOnLast = names.slice(1, count + 1).filter((n) => last.includes(n)).length;
    expect(rowsOnLast, `only ${rowsOnLast} recipients on the page with the totals`).toBeGreaterThanOrEqual(2);
  });

  it.each([false, true])('花名册 (IDs shown: %s): IDs on one line, 20+ rows per A4 landscape page, title with 工会', async (reveal) => {
    const pdf = path.join(OUT, `roster-${reveal ? 'full' : 'masked'}.pdf`);
    await printRouteToPdf(app, `/print/members?status=在册${reveal ? '&reveal=1' : ''}`, pdf);
    png(pdf);
    const pages = pageTexts(pdf);
    expect(pages[0]).toContain('某某市第一中学工会会员花名册');
    const firstPageRows = names.filter((n) => pages[0]!.includes(n)).length;
    expect(firstPageRows).toBeGreaterThanOrEqual(20);
    const all = pages.join('\n');
    // Each ID reads whole on one line of the PDF text (a wrapped ID would be split across lines).
    for (let i = 0; i < 10; i++) {
      const id = idNumber(i);
      expect(all).toContain(reveal ? id : `${id.slice(0, 6)}********${id.slice(-4)}`);
    }
  });

  it('困难职工档案表 fits one A4 page with dates whole', async () => {
    const pdf = path.join(OUT, 'hardship.pdf');
    await printRouteToPdf(app, `/print/welfare/hardship/${hardshipId}`, pdf);
    png(pdf);
    expect(pdfPages(pdf)).toBe(1);
    const text = pageTexts(pdf).join('\n');
    for (const d of ['1982年4月1日', '2005年10月11日', '2012年12月12日', '1950年11月30日', '1952年12月25日']) expect(text).toContain(d);
  });

  it.each([
    ['A4', 'landscape'],
    ['A3', 'portrait'],
  ])('校务公开栏 on %s %s carries the union name', async (size, orient) => {
    const pdf = path.join(OUT, `board-${size}-${orient}.pdf`);
    await printRouteToPdf(app, `/print/disclosure/issues/${issueId}?size=${size}&orient=${orient}`, pdf);
    png(pdf);
    const text = pageTexts(pdf).join('\n');
    expect(text).toContain('某某市第一中学工会委员会');
    expect(text).toContain('校务公开栏');
  });

  it.each([
    ['A4', 'landscape'],
    ['A4', 'portrait'],
    ['A3', 'landscape'],
  ])('校务公开栏 on %s %s: the preview shows the sheets the print makes, each sheet after the first under a 续 masthead', async (size, orient) => {
    const route = `/print/disclosure/issues/${issueId}?size=${size}&orient=${orient}`;
    const page = await app.open(route, { width: 1366, height: 768 });
    await page.waitForSelector('body[data-print-ready="true"]', { timeout: 30_000 });
    const previewPages = await page.getByTestId('board-page').count();
    await page.screenshot({ path: path.join(OUT, `board-preview-${size}-${orient}.png`) });
    await page.close();
    const pdf = path.join(OUT, `board-paged-${size}-${orient}.pdf`);
    await printRouteToPdf(app, route, pdf);
    png(pdf);
    expect(pdfPages(pdf)).toBe(previewPages);
    const pages = pageTexts(pdf).map((t) => t.replace(/\s+/g, ''));
    expect(pages[0]).toContain('某某市第一中学工会委员会');
    expect(pages[0]).not.toContain('（续）');
    for (const p of pages.slice(1)) expect(p).toContain('校务公开栏2026年第1期（续）');
    // Nothing is lost between sheets: every notice's title and closing lines are there, once (read
    // in drawing order, so a title wrapped in its column reads whole).
    const all = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (let k = 1; k <= 5; k++) expect(all.split(`关于2026年第${k}项校务公开事项的公示`).length - 1, `notice ${k}`).toBe(1);
    expect(all.split('校务公开领导小组').length - 1).toBe(5);
  });

  it('校务公开栏 on A3 portrait: a short board grows its type to fill the sheet', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const n = createNotice(app.store.ctx.db, noticeInputSchema.parse({
      noticeTitle: '2026年教职工体检安排', noticeCategory: '其他', noticeScope: '对内', noticeKind: '即时', responsibleUnit: '工会',
      noticeBody: '<p>全体教职工体检定于本月下旬进行，具体安排另行通知。</p><p>请各位教职工合理安排工作。</p>',
      publishDate: today, periodWorkingDays: 5, objectionContact: '请向校工会办公室反映', noticeIssuer: '校工会',
    }));
    approveNotice(app.store.ctx.db, { id: n.id, stateDate: today, stateNote: null });
    publishNotice(app.store.ctx.db, { id: n.id, publishDate: null });
    const short = createIssue(app.store.ctx.db, { issueNumber: 2, issueDate: today, noticeIds: [n.id] }).id;
    const route = `/print/disclosure/issues/${short}?size=A3&orient=portrait`;
    const page = await app.open(route, { width: 1366, height: 768 });
    await page.waitForSelector('body[data-print-ready="true"]', { timeout: 30_000 });
    const scale = Number(await page.locator('.board').getAttribute('data-scale'));
    await page.close();
    expect(scale).toBeGreaterThan(1.2);
    const pdf = path.join(OUT, 'board-A3-portrait-short.pdf');
    await printRouteToPdf(app, route, pdf);
    png(pdf);
    expect(pdfPages(pdf)).toBe(1);
    // The body type is set larger than the A4 base: its words are taller (pdftotext -bbox, in pt).
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const word = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">全体教职工/.exec(bbox);
    expect(word, 'the body text in the PDF').not.toBeNull();
    expect(Number(word![2]) - Number(word![1])).toBeGreaterThan(13 * 1.2);
    expect(pageTexts(pdf)[0]).toContain('2026年教职工体检安排');
  });
});
