/**
 * How long Chromium takes to print the 校务公开栏 board of an issue with 8 notices, next to how long
 * it takes to print an empty page of the same size, in the same run. Target: ≤ 3 × the empty page.
 *
 * `npm run bench:disclosure` builds the renderer into dist/renderer first; UL_RENDERER_DIR points at
 * another build. Prints medians of several runs; never part of the pass/fail tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { todayIso } from '../shared/domain/dates';
import { noticeInputSchema } from '../shared/disclosure/schema';
import { createIssue } from '../src-main/disclosure/issues';
import { createNotice } from '../src-main/disclosure/notices';
import { approveNotice, publishNotice } from '../src-main/disclosure/states';
import { updateGeneralSettings } from '../src-main/settings/service';
import { startWebServer } from '../src-main/web/server';
import { launchChromium } from '../tests/helpers/chromium';
import { tempStore } from '../tests/helpers/store';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const RENDERER_DIR = process.env.UL_RENDERER_DIR ?? fileURLToPath(new URL('../dist/renderer', import.meta.url));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function seed(store: ReturnType<typeof tempStore>): number {
  const db = store.ctx.db;
  updateGeneralSettings(db, { schoolName: '苏州市第一中学', unionName: '苏州市第一中学工会委员会', supervisionPhone: '0512-65432100', supervisionEmail: 'xwgk@szyz.edu.cn' });
  const today = todayIso();
  const names = ['张三', '李四', '王五', '赵六', '孙七', '周八', '吴九', '郑十', '钱一', '陈二'];
  const table = `<table><tr><th>序号</th><th>姓名</th><th>部门</th><th>荣誉</th></tr>${names
    .map((n, i) => `<tr><td>${i + 1}</td><td>${n}</td><td>语文组</td><td>优秀教师</td></tr>`)
    .join('')}</table>`;
  const topics: Array<[string, string]> = [
    ['2026年度优秀教师评选结果', '评先评优'],
    ['2026年秋季学期收费项目及标准', '收费'],
    ['2026年10月财务收支情况', '财务收支'],
    ['学校食堂维修工程招标结果', '基建工程与采购'],
    ['2026年职称评审推荐人选', '职称评定'],
    ['第四季度绩效工资分配方案', '绩效工资'],
    ['教研组长聘任结果', '干部任免与教师管理'],
    ['2027年招生计划', '招生'],
  ];
  const ids = topics.map(([title, category], i) => {
    const body =
      i % 3 === 0
        ? `<p>经个人申报、教研组推荐、学校评审小组评议，拟定以下人员：</p>${table}`
        : Array.from({ length: 4 }, (_, k) => `<p>第${k + 1}项：${'各项内容均按上级文件规定执行，接受全体教职工和社会监督。'.repeat(3)}</p>`).join('');
    const n = createNotice(
      db,
      noticeInputSchema.parse({
        noticeTitle: title,
        noticeCategory: category,
        noticeScope: '对内',
        noticeKind: '即时',
        responsibleUnit: '校长办公室',
        noticeBody: body,
        publishDate: today,
        periodWorkingDays: 5,
        objectionContact: '请于公示期内向校工会办公室实名反映，电话 0512-65432100',
        noticeIssuer: '苏州市第一中学校务公开领导小组',
      }),
    );
    approveNotice(db, { id: n.id, stateDate: today, stateNote: null });
    publishNotice(db, { id: n.id, publishDate: null });
    return n.id;
  });
  return createIssue(db, { issueNumber: 1, issueDate: today, noticeIds: ids }).id;
}

async function pdfOf(page: Page): Promise<void> {
  await page.pdf({ preferCSSPageSize: true, printBackground: true });
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    console.error(`找不到已构建的界面：${RENDERER_DIR}。请先运行 npm run build:renderer（或用 npm run bench:disclosure）。`);
    process.exitCode = 2;
    return;
  }
  const store = tempStore();
  const issueId = seed(store);
  const server = await startWebServer({ ctx: store.ctx, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await launchChromium();
  try {
    console.log(`校务公开栏打印基准：8 则公示，每项 ${RUNS} 次取中位数（另有 1 次预热）`);
    for (const [size, landscape] of [
      ['A3', true],
      ['A4', false],
    ] as const) {
      const orient = landscape ? 'landscape' : 'portrait';
      const board = await browser.newPage();
      await board.goto(`${server.url}#/print/disclosure/issues/${issueId}?size=${size}&orient=${orient}`);
      await board.waitForSelector('body[data-print-ready="true"]');
      const empty = await browser.newPage();
      await empty.setContent(`<!doctype html><html><head><style>@page { size: ${size} ${orient}; margin: 10mm; }</style></head><body></body></html>`);

      // A fresh page each time: load, wait for the board to be drawn, print.
      const coldBoard = async () => {
        const p = await browser.newPage();
        await p.goto(`${server.url}#/print/disclosure/issues/${issueId}?size=${size}&orient=${orient}`);
        await p.waitForSelector('body[data-print-ready="true"]');
        await pdfOf(p);
        await p.close();
      };
      const coldEmpty = async () => {
        const p = await browser.newPage();
        await p.setContent(`<!doctype html><html><head><style>@page { size: ${size} ${orient}; margin: 10mm; }</style></head><body></body></html>`);
        await pdfOf(p);
        await p.close();
      };

      await pdfOf(board);
      await pdfOf(empty);
      const boardTimes: number[] = [];
      const emptyTimes: number[] = [];
      const coldBoardTimes: number[] = [];
      const coldEmptyTimes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        // Interleaved so load on the machine falls on both sides alike.
        boardTimes.push(await time(() => pdfOf(board)));
        emptyTimes.push(await time(() => pdfOf(empty)));
        coldBoardTimes.push(await time(coldBoard));
        coldEmptyTimes.push(await time(coldEmpty));
      }
      const b = median(boardTimes);
      const e = median(emptyTimes);
      const cb = median(coldBoardTimes);
      const ce = median(coldEmptyTimes);
      const pages = (await board.pdf({ preferCSSPageSize: true })).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      console.log(`\n${size} ${landscape ? '横向' : '纵向'}（${pages} 页）`);
      console.log(`  打印已显示的公示栏 page.pdf：中位数 ${b.toFixed(0)} ms；空白页 ${e.toFixed(0)} ms；比值 ${(b / e).toFixed(2)}（目标 ≤ 3）${b / e <= 3 ? '　达标' : '　未达标'}`);
      console.log(`  从打开页面到存成 PDF：公示栏 ${cb.toFixed(0)} ms；空白页 ${ce.toFixed(0)} ms；比值 ${(cb / ce).toFixed(2)}`);
      await board.close();
      await empty.close();
    }
  } finally {
    await browser.close();
    await server.close();
    store.close();
  }
}

void main();
