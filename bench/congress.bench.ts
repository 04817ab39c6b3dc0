/**
 * Congress benchmark: 5 sessions × 300 motions, each with co-signers and a handling history
 * (filed, replied, some sent back and replied again, rated). Times the overview and the 提案汇总表
 * export of one session, and a bare exceljs write of the same rows for comparison.
 * Targets: each ≤ 50 ms, and the export ≤ 1.3 × the bare write. Run: npm run bench:congress
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sessionInputSchema } from '../shared/congress/schema';
import { memberInputSchema } from '../shared/members/schema';
import { addDelegate } from '../src-main/congress/delegates';
import { exportSummary, SUMMARY_HEADERS, summaryRows } from '../src-main/congress/export';
import { createMotion } from '../src-main/congress/motions';
import { sessionOverview } from '../src-main/congress/overview';
import { feedbackMotion, replyMotion, reviewMotion } from '../src-main/congress/review';
import { createSession } from '../src-main/congress/sessions';
import { openStore } from '../src-main/db/open';
import { insertMember } from '../src-main/members/service';

const SESSIONS = 5;
const MOTIONS = 300;
const DELEGATES = 120;
const RUNS = 30;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ul-congress-bench-'));
const db = openStore(path.join(dir, 'bench.db'));
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰';
const CATEGORIES = ['教育教学', '队伍建设', '学校管理', '后勤保障', '福利待遇', '其他'];
const UNITS = ['总务处', '教务处', '德育处', '校长办公室', '工会', '人事处'];

function seed(): number {
  const delegates: number[] = [];
  db.transaction(() => {
    for (let i = 0; i < DELEGATES; i++) {
      const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 3) % GIVEN.length]}`;
      const member = insertMember(db, memberInputSchema.parse({ name, department: `${['语文', '数学', '英语', '物理'][i % 4]}组` }));
      delegates.push(
        addDelegate(db, { term: 5, memberId: member.id, delegateKind: '正式', isTeacher: i % 5 !== 0, delegation: `第${(i % 6) + 1}代表团`, electedOn: '2025-09-01', delegateNotes: null }).id,
      );
    }
  })();
  let target = 0;
  for (let s = 1; s <= SESSIONS; s++) {
    db.transaction(() => {
      const session = createSession(
        db,
        sessionInputSchema.parse({ term: 5, meeting: s, sessionKind: '代表大会', sessionStart: '2026-03-01', motionClose: '2026-02-20', replyDays: 30 }),
      );
      if (s === 3) target = session.id;
      for (let m = 0; m < MOTIONS; m++) {
        const p = (m * 7 + s) % DELEGATES;
        const motion = createMotion(db, {
          sessionId: session.id,
          motionTitle: `关于${['改善', '完善', '加强', '规范'][m % 4]}${['教师午餐', '课后服务', '青年教师培养', '绩效考核', '校园安全', '办公条件'][m % 6]}的建议（${m + 1}）`,
          motionReasons: '目前存在的问题较多，教职工反映强烈，需要学校统筹研究解决。'.repeat(3),
          motionProposals: '一、成立专项小组；二、广泛征求意见；三、形成制度并公示。'.repeat(2),
          motionCategory: CATEGORIES[m % CATEGORIES.length]!,
          proposerId: delegates[p]!,
          cosignerIds: [delegates[(p + 1) % DELEGATES]!, delegates[(p + 2) % DELEGATES]!, delegates[(p + 3) % DELEGATES]!],
          submittedOn: m % 25 === 0 ? '2026-02-25' : '2026-02-10',
        });
        if (m % 10 === 9) continue; // still 待审查
        if (m % 10 === 8) {
          reviewMotion(db, { id: motion.id, decision: '不予立案', decidedOn: '2026-03-05', decisionReason: '不属于职权范围', mergedIntoId: null, leadUnit: null, supportUnits: null, replyDeadline: null });
          continue;
        }
        reviewMotion(db, { id: motion.id, decision: '立案', decidedOn: '2026-03-05', decisionReason: null, mergedIntoId: null, leadUnit: UNITS[m % UNITS.length]!, supportUnits: m % 3 === 0 ? '工会' : null, replyDeadline: null });
        if (m % 10 === 7) continue; // filed, unanswered
        const reply = (on: string) =>
          replyMotion(db, { id: motion.id, replyText: '经研究，已制定具体措施并落实到位。'.repeat(4), repliedBy: `${UNITS[m % UNITS.length]} 负责人`, repliedOn: on, implementation: '已落实', implementationNote: null });
        reply('2026-03-20');
        if (m % 10 === 6) {
          feedbackMotion(db, { id: motion.id, rating: '不满意', ratingComment: '措施不具体', ratedOn: '2026-03-25' });
          if (m % 20 === 6) continue; // sent back, awaiting another reply
          reply('2026-04-10');
        }
        feedbackMotion(db, { id: motion.id, rating: m % 4 === 0 ? '基本满意' : '满意', ratingComment: null, ratedOn: '2026-04-15' });
      }
    })();
  }
  return target;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(run: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const start = performance.now();
    await run();
    if (i >= 3) samples.push(performance.now() - start);
  }
  return median(samples);
}

async function bareWrite(rows: Array<Array<string | null>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('提案汇总表');
  sheet.addRow(SUMMARY_HEADERS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const seedStart = performance.now();
const sessionId = seed();
const stepCount = (db.prepare('SELECT count(*) AS n FROM congress_motion_steps').get() as { n: number }).n;
console.log(`已生成 ${SESSIONS} 个届次 × ${MOTIONS} 件提案，办理记录 ${stepCount} 条（${Math.round(performance.now() - seedStart)} ms）`);

const rows = summaryRows(db, sessionId);
const overviewMs = await time(() => sessionOverview(db, sessionId, '2026-11-24'));
const exportMs = await time(() => exportSummary(db, sessionId, '2026-11-24'));
const bareMs = await time(() => bareWrite(rows));
const ratio = exportMs / bareMs;
const ok = (pass: boolean) => (pass ? '达标' : '未达标');

console.log(`一个届次的概况：       ${overviewMs.toFixed(2)} ms（目标 ≤ 50 ms，${ok(overviewMs <= 50)}）`);
console.log(`提案汇总表导出（${rows.length} 行）：${exportMs.toFixed(2)} ms（目标 ≤ 50 ms，${ok(exportMs <= 50)}）`);
console.log(`同样行数的 exceljs 直写（不含查询）：${bareMs.toFixed(2)} ms`);
console.log(`导出 / 直写 = ${ratio.toFixed(2)}（目标 ≤ 1.30，${ok(ratio <= 1.3)}）`);
console.log(`（中位数，各 ${RUNS} 次，预热 3 次）`);

db.close();
fs.rmSync(dir, { recursive: true, force: true });
