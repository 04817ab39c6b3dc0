/**
 * 活动 in Chromium against the browser mode: the year's list at 1366×768, registering an activity
 * through the form, a photo refused because its bytes are not an image and a real one added, then
 * the 活动记录表 printed to an A4 PDF with the photo, rendered as PNG. Screenshots and PDFs go to
 * /tmp/ul-activities/e2e.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Method } from '../../shared/api/contract';
import { dispatch } from '../../src-main/api/dispatch';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

const OUT = path.join(os.tmpdir(), 'ul-activities', 'e2e');
/** First wait on a fresh page covers the app's cold start on a busy machine (not a speed check). */
const COLD_START = { timeout: 15_000 };
const YEAR = new Date().getFullYear();
let app: TestApp;

async function call<T>(method: Method, input?: unknown): Promise<T> {
  const r = await dispatch(app.store.ctx, method, input, () => undefined);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as T;
}

/** A real PNG of w×h pixels in horizontal colour bands, so the printed photo is visible. */
function bandsPng(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const colours = [[198, 40, 40], [249, 168, 37], [21, 101, 192], [46, 125, 50]];
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const [r, g, b] = colours[Math.floor((y / h) * colours.length)]!;
    for (let x = 0; x < w; x++) raw.set([r!, g!, b!], y * (w * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await startTestApp();
  await call('settings.update', { schoolName: '城南实验小学', unionName: '城南实验小学工会委员会' });
  const ids: number[] = [];
  for (const name of ['王芳', '李娜', '张伟', '刘洋', '陈静']) ids.push((await call<{ id: number }>('members.create', { name, department: '语文组' })).id);
  await call('activities.create', { name: '教职工集体跳绳比赛', type: '文体活动', startDate: `${YEAR}-04-15`, place: '学校操场', participantCount: 600, spendingFen: 300000, record: '以年级组为单位进行团体赛和个人赛，评出团体一等奖 2 个。' });
  await call('activities.create', { name: '教师读书演讲比赛', type: '读书活动', startDate: `${YEAR}-04-23`, place: '报告厅', memberIds: ids, participantCount: 45, record: '20 人获奖。' });
  await call('activities.create', { name: '健康体检', type: '健康体检', startDate: `${YEAR}-05-10`, endDate: `${YEAR}-05-12`, participantCount: 120 });
});

afterAll(async () => {
  await app?.close();
});

describe('activities in the browser', () => {
  it('lists the year, registers an activity and keeps its photo, refusing a fake one', async () => {
    const page = await app.open('/activities', { width: 1366, height: 768 });
    await expect.poll(() => page.getByTestId('activity-name').allTextContents(), COLD_START).toEqual(['健康体检', '教师读书演讲比赛', '教职工集体跳绳比赛']);
    expect(await page.getByTestId('activities-summary').textContent()).toContain('共 3 次活动，参加 765 人次');
    await page.screenshot({ path: path.join(OUT, 'list-1366.png') });
    const tableRight = await page.locator('.ant-table').evaluate((el) => el.getBoundingClientRect().right);
    expect(tableRight).toBeLessThanOrEqual(1366);

    await page.getByRole('button', { name: '登记活动' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByLabel('活动名称').fill('“巾帼心向党”女职工插花活动');
    await drawer.getByLabel('活动类型').click();
    await page.locator('.ant-select-item-option', { hasText: /^女职工活动$/ }).click();
    await drawer.getByLabel('活动地点').fill('教工之家');
    await drawer.getByLabel('活动经费（元）').fill('800.5');
    await drawer.getByLabel('参加人数').fill('36');
    await drawer.getByLabel('内容与成效').fill('邀请花艺老师讲解插花技巧，女教职工现场创作作品 36 件。');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('可以继续添加照片').count()).toBe(1);

    const input = drawer.locator('input[type="file"]');
    await input.setInputFiles({ name: '合影.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('这其实是一段文字，不是照片') });
    await expect.poll(() => page.getByText('文件内容不是图片').count()).toBeGreaterThan(0);
    await input.setInputFiles({ name: '插花作品.png', mimeType: 'image/png', buffer: bandsPng(480, 320) });
    await expect.poll(() => drawer.locator('img[alt="插花作品.png"]').count()).toBe(1);
    // The photo's 说明, saved on leaving the box, is what the 活动记录表 prints under it.
    await drawer.getByLabel('插花作品.png的说明').fill('女教职工插花作品展示');
    await drawer.getByLabel('插花作品.png的说明').press('Enter');
    await expect.poll(async () => (await call<{ rows: Array<{ name: string; attachments: Array<{ caption: string | null }> }> }>('activities.list', { year: YEAR })).rows.find((r) => r.name.includes('插花'))?.attachments[0]?.caption).toBe('女教职工插花作品展示');
    await page.screenshot({ path: path.join(OUT, 'form-1366.png') });
    await page.keyboard.press('Escape');

    const list = await call<{ rows: Array<{ id: number; name: string; spendingFen: number; attachments: unknown[] }> }>('activities.list', { year: YEAR });
    const saved = list.rows.find((r) => r.name.includes('插花'))!;
    expect(saved).toMatchObject({ spendingFen: 80050 });
    expect(saved.attachments).toHaveLength(1);

    const pdf = path.join(OUT, 'record.pdf');
    await printRouteToPdf(app, `/print/activities/${saved.id}`, pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('工会活动记录表');
    expect(text).toContain('女职工插花活动');
    expect(text).toContain('¥800.50');
    expect(text).toContain('女教职工插花作品展示');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(1);
    for (const f of fs.readdirSync(OUT).filter((f) => f.startsWith('record-') && f.endsWith('.png'))) fs.rmSync(path.join(OUT, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'record')]);
    expect(fs.readdirSync(OUT).filter((f) => f.startsWith('record-') && f.endsWith('.png'))).toHaveLength(1);
    await page.close();
  });

  it('shows the activities on the 年度台账 page with their sentences', async () => {
    const page = await app.open(`/report?year=${YEAR}`, { width: 1366, height: 768 });
    await expect.poll(() => page.getByTestId('sentences-activities').textContent(), COLD_START).toContain('全年组织开展工会活动 4 次');
    await page.getByTestId('area-activities').scrollIntoViewIfNeeded();
    await page.getByTestId('area-activities').screenshot({ path: path.join(OUT, 'report-card.png') });
    await page.close();
  });
});
