/**
 * Issue 14, item 8 (the committee's paperwork) as printed: the 催办单 one sheet per handling unit
 * with working days overdue, the batch of 答复反馈单 one sheet per chosen motion, the 提案汇编 with
 * cover, contents and every motion, and the committee's names on the signature lines. Page counts
 * from pdfinfo, text from pdftotext; PNGs go to the artifacts folder for a look.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motionInputSchema, replyInputSchema, reviewInputSchema } from '../../shared/congress/schema';
import { addWorkingDays, BUILT_IN_CALENDAR } from '../../shared/domain/workdays';
import { createMotion } from '../../src-main/congress/motions';
import { replyMotion, reviewMotion } from '../../src-main/congress/review';
import { updateCongressSettings } from '../../src-main/congress/settings';
import { congressFixture, type CongressFixture } from '../helpers/congress';
import { printRouteToPdf, startTestApp, type TestApp } from '../helpers/web-app';

const OUT = process.env.UL_ARTIFACTS_DIR ?? path.join(process.env.TMPDIR ?? '/tmp', 'ul-screen', 'congress-paperwork');
let app: TestApp;
let fx: CongressFixture;
const ids: number[] = [];

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
const pageTexts = (file: string) =>
  execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '').map((p) => p.replace(/\s+/g, ''));
const png = (file: string) => execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  app = await startTestApp();
  const db = app.store.ctx.db;
  fx = congressFixture(db);
  updateCongressSettings(db, {
    committee: [
      { committeeName: '周主任', committeeRole: '主任', memberId: null },
      { committeeName: '吴副主任', committeeRole: '副主任', memberId: null },
      { committeeName: '郑委员', committeeRole: '委员', memberId: null },
    ],
  });
  // Filed long ago so that their deadlines have passed today, whatever today is.
  const decided = '2025-03-03';
  for (const [title, unit] of [['改善教工食堂午餐质量', '总务处'], ['更新多媒体教室设备', '总务处'], ['优化期末排课安排', '教务处'], ['增设教工子女托管', null]] as const) {
    const m = createMotion(db, motionInputSchema.parse({
      sessionId: fx.session.id, motionTitle: title, motionReasons: `${title}的理由。`, motionProposals: `${title}的建议。`, motionCategory: '后勤保障',
      proposerId: fx.d.张老师, cosignerIds: [fx.d.李老师, fx.d.王老师], submittedOn: '2025-02-20',
    }));
    reviewMotion(db, reviewInputSchema.parse(unit
      ? { id: m.id, decision: '立案', decidedOn: decided, leadUnit: unit }
      : { id: m.id, decision: '不予立案', decidedOn: decided, decisionReason: '不属于教代会职权范围' }));
    ids.push(m.id);
  }
  replyMotion(db, replyInputSchema.parse({ id: ids[2], replyText: '已调整排课，期末考试周不再排晚自习。', repliedBy: '教务处李主任', repliedOn: '2025-03-20', implementation: '已落实' }));
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('the committee paperwork, printed', { timeout: 120_000 }, () => {
  it('催办单: one sheet per handling unit with its overdue motions, days overdue in working days, the committee signing', async () => {
    const pdf = path.join(OUT, 'urge.pdf');
    await printRouteToPdf(app, `/print/congress/sessions/${fx.session.id}/urge`, pdf);
    png(pdf);
    const pages = pageTexts(pdf);
    // Only 总务处 has overdue motions (教务处 answered, the 不予立案 one has no unit).
    expect(pdfPages(pdf)).toBe(1);
    expect(pages[0]).toContain('提案催办单');
    expect(pages[0]).toContain('总务处：');
    expect(pages[0]).toContain('改善教工食堂午餐质量');
    expect(pages[0]).toContain('更新多媒体教室设备');
    expect(pages[0]).not.toContain('优化期末排课安排');
    expect(pages[0]).toContain('提案工作委员会主任：周主任');
    expect(pages[0]).toContain('提案工作委员会副主任：吴副主任');
    // The deadline is 30 days after filing; the working days since then are counted on the calendar.
    const deadline = '2025-04-02';
    let working = 0;
    for (let d = deadline; (d = addWorkingDays(BUILT_IN_CALENDAR, d, 1)) <= new Date().toISOString().slice(0, 10); ) working++;
    expect(pages[0]).toContain(`${working}个`);
  });

  it('batch 答复反馈单: the chosen motions, one sheet each, in the order given; a 不予立案 one prints its notice', async () => {
    const pdf = path.join(OUT, 'replies-batch.pdf');
    await printRouteToPdf(app, `/print/congress/sessions/${fx.session.id}/replies?ids=${ids[2]},${ids[0]},${ids[3]}`, pdf);
    png(pdf);
    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('提案答复反馈单');
    expect(pages[0]).toContain('已调整排课');
    expect(pages[1]).toContain('改善教工食堂午餐质量');
    expect(pages[2]).toContain('提案审查结果通知书');
    expect(pages[2]).toContain('不属于教代会职权范围');
    expect(pages[2]).toContain('周主任');
  });

  it('提案汇编: cover with the session and the committee, contents listing every motion, then each motion with its reply', async () => {
    const pdf = path.join(OUT, 'compilation.pdf');
    await printRouteToPdf(app, `/print/congress/sessions/${fx.session.id}/compilation`, pdf);
    png(pdf);
    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(2 + 4); // cover, contents, one page per motion
    expect(pages[0]).toContain('提案汇编');
    expect(pages[0]).toContain(fx.session.name);
    expect(pages[0]).toContain('主任周主任');
    expect(pages[1]).toContain('目录');
    for (const t of ['改善教工食堂午餐质量', '更新多媒体教室设备', '优化期末排课安排', '增设教工子女托管']) expect(pages[1]).toContain(t);
    expect(pages[4]).toContain('优化期末排课安排');
    expect(pages[4]).toContain('已调整排课，期末考试周不再排晚自习。');
    expect(pages[5]).toContain('不予立案。理由：不属于教代会职权范围');
    expect(pages[5]).toContain('第6页');
  });
});
