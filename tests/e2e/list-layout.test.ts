/**
 * Every list at 1366×768 (the common office PC) and 1920×1080: no header cell sits under a fixed
 * column, and the columns a list exists to show are inside the viewport without sideways scrolling.
 * 列设置 hides and reorders columns and the choice survives a reload. Screenshots of each list go
 * to the artifacts folder for a look.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Method } from '../../shared/api/contract';
import { noticeInputSchema } from '../../shared/disclosure/schema';
import { dispatch } from '../../src-main/api/dispatch';
import { createIssue } from '../../src-main/disclosure/issues';
import { createNotice } from '../../src-main/disclosure/notices';
import { approveNotice, publishNotice } from '../../src-main/disclosure/states';
import { congressFixture, type CongressFixture } from '../helpers/congress';
import { startTestApp, type TestApp } from '../helpers/web-app';

const OUT = process.env.UL_ARTIFACTS_DIR ?? path.join(process.env.TMPDIR ?? '/tmp', 'ul-screen', 'e2e');
let app: TestApp;
let fx: CongressFixture;

async function call<T>(method: Method, input?: unknown): Promise<T> {
  const r = await dispatch(app.store.ctx, method, input, () => undefined);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as T;
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await startTestApp();
  fx = congressFixture(app.store.ctx.db);
  await call('settings.update', { schoolName: '某某市第一中学', unionName: '某某市第一中学工会委员会' });
  const m = await call<{ id: number }>('members.create', {
    name: '欧阳晓东', idNumber: '11010519491231002X', phone: '0512-65432100', department: '行政后勤', position: '教研组长', title: '中学高级教师',
    employmentType: '在编', joinDate: '2001-09-01',
  });
  await call('welfare.visits.create', { memberId: m.id, visitDate: '2026-05-12', reason: '直系亲属去世', amountFen: 150_000, goods: '花圈', goodsValueFen: 20_000, visitors: '王主席、李委员', overStandardConfirmed: true });
  await call('welfare.hardship.create', {
    memberId: m.id, level: '深度困难', mainCause: '家庭成员患重病', secondaryCauses: ['子女就学'], householdSize: 3, perCapitaIncomeFen: 98_000,
    health: '本人健康', housing: '租房', filedOn: '2024-03-01', verifiedOn: '2024-09-01', verifiedBy: '王主席', family: [],
  });
  await call('congress.motions.create', {
    sessionId: fx.session.id, motionTitle: '关于改善教师午餐条件的建议', motionReasons: '食堂菜品单一', motionProposals: '增加菜品', motionCategory: '后勤保障',
    proposerId: fx.d.张老师, cosignerIds: [fx.d.李老师, fx.d.王老师], submittedOn: '2026-11-01',
  });
  const today = new Date().toISOString().slice(0, 10);
  const n = createNotice(app.store.ctx.db, noticeInputSchema.parse({
    noticeTitle: '2026年度优秀教师评选结果公示', noticeCategory: '评先评优', noticeScope: '对内', noticeKind: '即时', responsibleUnit: '校长办公室',
    noticeBody: '<p>拟定以下人员。</p>', publishDate: today, periodWorkingDays: 5, objectionContact: '校工会办公室', noticeIssuer: '校务公开领导小组',
  }));
  approveNotice(app.store.ctx.db, { id: n.id, stateDate: today, stateNote: null });
  publishNotice(app.store.ctx.db, { id: n.id, publishDate: null });
  createIssue(app.store.ctx.db, { issueNumber: 1, issueDate: today, noticeIds: [n.id] });
});
afterAll(async () => {
  await app?.close();
});

interface Box {
  text: string;
  left: number;
  right: number;
  fixed: boolean;
}

/** The header cells of the page's first table, with their boxes and whether they are fixed. */
async function headerBoxes(page: Page): Promise<Box[]> {
  await page.locator('.ant-table-thead th').first().waitFor();
  return page.evaluate(() =>
    [...document.querySelectorAll('.ant-table-thead')][0]!.querySelectorAll('th').length
      ? [...[...document.querySelectorAll('.ant-table-thead')][0]!.querySelectorAll('th')].map((th) => {
          const r = th.getBoundingClientRect();
          return {
            text: (th.textContent ?? '').trim(),
            left: r.left,
            right: r.right,
            fixed: th.classList.contains('ant-table-cell-fix-right') || th.classList.contains('ant-table-cell-fix-left'),
          };
        })
      : [],
  );
}

// Each list, with the columns it exists to show.
const LISTS: Array<{ name: string; route: () => string; ready: string; key: string[]; columnSettings?: boolean }> = [
  { name: '会员花名册', route: () => '/members', ready: '欧阳晓东', key: ['姓名', '身份证号', '部门/教研组', '联系电话', '入会时间', '状态', '操作'], columnSettings: true },
  { name: '慰问记录', route: () => '/welfare', ready: '欧阳晓东', key: ['慰问日期', '慰问对象', '慰问事由', '慰问金', '慰问品', '标准', '操作'], columnSettings: true },
  { name: '困难职工档案', route: () => '/welfare/hardship', ready: '欧阳晓东', key: ['姓名', '困难类别', '主要致困原因', '人均月收入', '核实', '状态', '操作'], columnSettings: true },
  { name: '慰问批次', route: () => '/welfare/batches', ready: '批次', key: [] },
  { name: '慰问标准', route: () => '/welfare/standards', ready: '每人每年次数上限', key: ['慰问事由'] },
  { name: '教代会届次', route: () => '/congress', ready: '第五届第二次', key: [] },
  { name: '提案', route: () => `/congress/sessions/${fx.session.id}?tab=motions`, ready: '关于改善教师午餐条件的建议', key: ['编号', '案由', '提案人', '状态'], columnSettings: true },
  { name: '代表', route: () => `/congress/sessions/${fx.session.id}?tab=delegates`, ready: '张老师', key: ['姓名'], columnSettings: true },
  { name: '票决', route: () => `/congress/sessions/${fx.session.id}?tab=votes`, ready: '票决', key: [] },
  { name: '校务公开台账', route: () => '/disclosure', ready: '2026年度优秀教师评选结果公示', key: ['公示标题', '状态'], columnSettings: true },
  { name: '校务公开栏', route: () => '/disclosure/issues', ready: '第1期', key: [] },
  { name: '导入批次', route: () => '/members/import', ready: '导入', key: [] },
];

describe.each([
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
])('lists at $width×$height', { timeout: 120_000 }, (viewport) => {
  it.each(LISTS)('$name: no header cell under a fixed column, key columns in view', async (list) => {
    const page = await app.open(list.route(), viewport);
    await page.getByText(list.ready).first().waitFor({ timeout: 30_000 });
    if ((await page.locator('.ant-table-thead th').count()) === 0) {
      await page.close();
      return; // this page shows no table when empty (e.g. no import batches yet)
    }
    const boxes = await headerBoxes(page);
    await page.screenshot({ path: path.join(OUT, `list-${list.name}-${viewport.width}.png`) });
    const fixedRight = boxes.filter((b) => b.fixed && b.left > viewport.width / 2);
    for (const f of fixedRight) {
      for (const b of boxes.filter((x) => !x.fixed)) {
        const overlap = Math.min(b.right, f.right) - Math.max(b.left, f.left);
        expect(overlap, `${list.name}: 「${b.text}」 lies under the fixed 「${f.text}」`).toBeLessThanOrEqual(0.5);
      }
    }
    for (const name of list.key) {
      const b = boxes.find((x) => x.text === name || x.text.startsWith(name));
      expect(b, `${list.name}: no column 「${name}」`).toBeDefined();
      expect(b!.right, `${list.name}: 「${name}」 is off the right of the screen`).toBeLessThanOrEqual(viewport.width);
    }
    const sideways = await page.evaluate(() => {
      const body = document.querySelector('.ant-table-body, .ant-table-content');
      return body ? body.scrollWidth - body.clientWidth : 0;
    });
    expect(sideways, `${list.name} scrolls sideways`).toBeLessThanOrEqual(1);
    if (list.columnSettings) expect(await page.getByRole('button', { name: '列设置' }).count(), `${list.name} offers 列设置`).toBe(1);
    await page.close();
  });
});

describe('列设置', { timeout: 120_000 }, () => {
  it('hides and reorders columns of 会员花名册, remembered after a reload, and restores the default', async () => {
    const page = await app.open('/members', { width: 1366, height: 768 });
    await page.getByText('欧阳晓东').first().waitFor();
    const headers = async () => (await headerBoxes(page)).map((b) => b.text).filter(Boolean);
    expect(await headers()).not.toContain('职称');
    await page.getByRole('button', { name: '列设置' }).click();
    const panel = page.getByTestId('column-settings-members');
    await panel.getByRole('checkbox', { name: '职称' }).check();
    await panel.getByRole('button', { name: '上移 联系电话' }).click();
    await expect.poll(headers).toContain('职称');
    const h = await headers();
    expect(h.indexOf('联系电话')).toBeLessThan(h.indexOf('用工性质'));
    expect(h[h.length - 1]).toBe('操作');
    await page.reload();
    await page.getByText('欧阳晓东').first().waitFor();
    await expect.poll(headers).toContain('职称');
    await page.getByRole('button', { name: '列设置' }).click();
    await page.getByTestId('column-settings-members').getByRole('button', { name: '恢复默认' }).click();
    await expect.poll(headers).not.toContain('职称');
    await page.close();
  });
});
