/**
 * The year's account on a large store: 50,000 members (with status history), 1,500 motions with
 * their steps, 2,000 notices with objections and board issues, 100,000 visits, over 2022–2026.
 * Reports report.year next to a floor of plain count queries over the same tables, and the 年度台账
 * workbook next to a bare exceljs write of the same cells (no styles, no queries), in one run.
 * Run with `npm run bench:report`.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CATEGORIES } from '../shared/disclosure/schema';
import { DEFAULT_WELFARE_REASONS } from '../shared/welfare/schema';
import { openStore } from '../src-main/db/open';
import type { Db } from '../src-main/db/types';
import { ledgerWorkbook } from '../src-main/report/ledger';
import { yearReport } from '../src-main/report/year';

const MEMBERS = 50_000;
const MOTIONS = 1_500;
const NOTICES = 2_000;
const VISITS = 100_000;
const YEARS = [2022, 2023, 2024, 2025, 2026];
const TODAY = '2026-12-01';
const DEPARTMENTS = ['语文组', '数学组', '英语组', '物理组', '化学组', '政史地组', '体艺组', '行政', '后勤', '信息组'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');
const dayIn = (year: number, fromMonth = 1, toMonth = 12) => `${year}-${pad(fromMonth + Math.floor(random() * (toMonth - fromMonth + 1)))}-${pad(1 + Math.floor(random() * 28))}`;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(runs: number, fn: () => unknown): Promise<{ median: number; max: number }> {
  await fn(); // warm the page cache and statement cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), max: Math.max(...times) };
}

function seed(db: Db): void {
  const ts = '2022-01-01 00:00:00';
  db.prepare("INSERT INTO settings (key, value) VALUES ('general', ?)").run(JSON.stringify({ schoolName: '城南区教育系统', unionName: '城南区教育工会' }));
  const member = db.prepare(
    `INSERT INTO members (name, gender, birth_date, id_number, department, phone, employment_type, join_date, status, status_date, title, education, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const history = db.prepare(
    `INSERT INTO member_status_history (member_id, from_status, to_status, changed_on, reason, recorded_at) VALUES (?, '在册', ?, ?, NULL, ?)`,
  );
  for (let i = 1; i <= MEMBERS; i++) {
    const birthYear = 1962 + Math.floor(random() * 40);
    const joinYear = Math.max(birthYear + 22, 1990 + Math.floor(random() * 37));
    const left = random() < 0.12;
    const status = left ? pick(['调出', '退休', '退会', '去世'] as const) : '在册';
    const leftOn = left ? dayIn(Math.min(2026, Math.max(joinYear, 2018 + Math.floor(random() * 9))), 1, 11) : null;
    const joinDate = dayIn(Math.min(joinYear, 2026), 1, 11);
    member.run(
      `${pick([...SURNAMES])}${pick([...GIVEN])}${random() < 0.6 ? pick([...GIVEN]) : ''}`,
      i % 2 ? '男' : '女',
      `${birthYear}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
      `320102${birthYear}${pad(1 + (i % 12))}${pad(1 + (i % 28))}${String(i % 10_000).padStart(4, '0')}`.slice(0, 17) + String(i % 10),
      DEPARTMENTS[i % DEPARTMENTS.length]!,
      `139${String(i).padStart(8, '0')}`,
      pick(['在编', '在编', '在编', '编外', '临聘'] as const),
      leftOn && leftOn < joinDate ? leftOn : joinDate,
      status,
      leftOn,
      pick(['一级教师', '高级教师', '二级教师']),
      pick(['大学本科', '硕士研究生']),
      ts,
      ts,
    );
    if (leftOn) history.run(i, status, leftOn, ts);
  }

  // One congress a year, 120 delegates a term, 300 motions a session.
  const session = db.prepare(
    `INSERT INTO congress_sessions (term, meeting, kind, start_date, motion_close, reply_days, created_at, updated_at) VALUES (?, ?, '代表大会', ?, ?, 30, ?, ?)`,
  );
  const delegate = db.prepare(
    `INSERT INTO congress_delegates (term, member_id, kind, is_teacher, elected_on, created_at, updated_at) VALUES (?, ?, '正式', 1, ?, ?, ?)`,
  );
  const motion = db.prepare(
    `INSERT INTO congress_motions (session_id, seq, number, title, reasons, proposals, category, proposer_id, submitted_on, state, decision, decided_on,
       decision_reason, merged_into_id, lead_unit, deadline, reply_round, reply_text, replied_by, replied_on, implementation, rating, rated_on, excellent, created_at, updated_at)
     VALUES (@session, @seq, @number, @title, '理由', '办法', '学校管理', @proposer, @submitted, @state, @decision, @decided, @reason, @merged, @unit, @deadline,
       @round, @reply, @by, @repliedOn, @impl, @rating, @ratedOn, @excellent, @ts, @ts)`,
  );
  const step = db.prepare(
    `INSERT INTO congress_motion_steps (motion_id, kind, step_date, round, decision, deadline, rating, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const vote = db.prepare(
    `INSERT INTO congress_votes (session_id, item, voted_on, method, due, present, votes_for, votes_against, abstain, invalid, quorum_needed, pass_needed, result, rule_text, created_at)
     VALUES (?, ?, ?, '无记名投票', 120, 110, ?, ?, ?, 0, 80, 61, ?, '赞成票超过应到代表半数', ?)`,
  );
  const perSession = MOTIONS / YEARS.length;
  YEARS.forEach((year, y) => {
    const start = `${year}-03-10`;
    const sid = Number(session.run(y + 1, 1, start, `${year}-03-01`, ts, ts).lastInsertRowid);
    const delegates: number[] = [];
    for (let k = 0; k < 120; k++) delegates.push(Number(delegate.run(y + 1, 1 + y * 120 + k, `${year - 1}-09-01`, ts, ts).lastInsertRowid));
    for (let v = 0; v < 4; v++) {
      const yes = 50 + Math.floor(random() * 60);
      vote.run(sid, `议题${v + 1}`, start, yes, 110 - yes, 0, yes >= 61 ? '通过' : '未通过', ts);
    }
    let firstFiled: number | null = null;
    for (let k = 1; k <= perSession; k++) {
      const roll = random();
      const decision = roll < 0.7 ? '立案' : roll < 0.8 && firstFiled ? '合并立案' : roll < 0.9 ? '转为意见建议' : '不予立案';
      const decided = `${year}-03-12`;
      const deadline = addDays(decided, 30);
      const answered = decision === '立案' && random() < 0.9;
      const repliedOn = answered ? addDays(decided, 10 + Math.floor(random() * 30)) : null;
      const rating = answered && random() < 0.9 ? pick(['满意', '满意', '基本满意', '不满意'] as const) : null;
      const info = motion.run({
        session: sid,
        seq: k,
        number: `${y + 1}-1-${String(k).padStart(3, '0')}`,
        title: `关于改进第${k}项工作的建议`,
        proposer: pick(delegates),
        submitted: `${year}-02-20`,
        state: decision === '立案' ? (rating ? '已办结' : answered ? '待反馈' : '办理中') : decision === '合并立案' ? '已合并' : decision,
        decision,
        decided,
        reason: decision === '立案' || decision === '合并立案' ? null : '理由',
        merged: decision === '合并立案' ? firstFiled : null,
        unit: decision === '立案' ? '教务处' : null,
        deadline: decision === '立案' ? deadline : null,
        round: answered ? 1 : 0,
        reply: answered ? '已办理' : null,
        by: answered ? '教务处' : null,
        repliedOn,
        impl: answered ? '已落实' : null,
        rating,
        ratedOn: rating && repliedOn ? addDays(repliedOn, 3) : null,
        excellent: rating === '满意' && random() < 0.1 ? 1 : 0,
        ts,
      });
      const id = Number(info.lastInsertRowid);
      if (decision === '立案' && !firstFiled) firstFiled = id;
      step.run(id, '提交', `${year}-02-20`, 0, null, null, null, ts);
      step.run(id, '审查', decided, 0, decision, decision === '立案' ? deadline : null, null, ts);
      if (repliedOn) step.run(id, '答复', repliedOn, 1, null, null, null, ts);
      if (rating && repliedOn) step.run(id, '反馈', addDays(repliedOn, 3), 1, null, null, rating, ts);
    }
  });

  const notice = db.prepare(
    `INSERT INTO disclosure_notices (title, category, scope, kind, body, publish_date, working_days, end_date, state, withdraw_reason, created_at, updated_at)
     VALUES (?, ?, ?, '即时', '<p>内容</p>', ?, 5, ?, ?, ?, ?, ?)`,
  );
  const objection = db.prepare(
    `INSERT INTO disclosure_objections (notice_id, received_on, objector_name, content, status, resolved_on, created_at, updated_at) VALUES (?, ?, '某老师', '有疑问', ?, ?, ?, ?)`,
  );
  const issue = db.prepare(`INSERT INTO disclosure_issues (number, year, issue_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`);
  const onIssue = db.prepare(`INSERT INTO disclosure_issue_notices (issue_id, notice_id, position) VALUES (?, ?, ?)`);
  const issues = new Map<number, number[]>();
  for (const year of YEARS) {
    const list: number[] = [];
    for (let n = 1; n <= 20; n++) list.push(Number(issue.run(n, year, dayIn(year), ts, ts).lastInsertRowid));
    issues.set(year, list);
  }
  for (let i = 0; i < NOTICES; i++) {
    const year = YEARS[i % YEARS.length]!;
    const publish = dayIn(year, 1, 11);
    const state = random() < 0.05 ? '已撤回' : random() < 0.8 ? '已归档' : '已发布';
    const id = Number(notice.run(`公示${i}`, pick(DEFAULT_CATEGORIES), pick(['对内', '对外', '对内对外']), publish, addDays(publish, 7), state, state === '已撤回' ? '需修改' : null, ts, ts).lastInsertRowid);
    if (random() < 0.1) {
      const open = random() < 0.2;
      objection.run(id, addDays(publish, 1), open ? '待处理' : '已办结', open ? null : addDays(publish, 3), ts, ts);
    }
    onIssue.run(pick(issues.get(year)!), id, i);
  }

  const visit = db.prepare(
    `INSERT INTO welfare_visits (member_id, recipient_name, recipient_relation, department, visit_date, reason, amount_fen, goods, goods_value_fen, over_standard, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < VISITS; i++) {
    const memberId = 1 + Math.floor(random() * MEMBERS);
    const outsider = random() < 0.03;
    const relative = !outsider && random() < 0.1;
    visit.run(
      outsider ? null : memberId,
      outsider ? `退休教师${memberId % 500}` : relative ? `家属${memberId}` : null,
      outsider ? '退休教师' : relative ? '母亲' : null,
      outsider ? null : DEPARTMENTS[memberId % DEPARTMENTS.length]!,
      dayIn(YEARS[i % YEARS.length]!, 1, 11),
      pick(DEFAULT_WELFARE_REASONS),
      Math.floor(random() * 20) * 5_000,
      random() < 0.3 ? '慰问品' : null,
      random() < 0.3 ? 20_000 : 0,
      random() < 0.02 ? 1 : 0,
      ts,
      ts,
    );
  }
  const file = db.prepare(
    `INSERT INTO hardship_files (member_id, level, main_cause, household_size, per_capita_income_fen, filed_on, verified_on, verified_by, status, status_date, created_at, updated_at)
     VALUES (?, ?, '本人患重病', 3, 150000, ?, ?, '工会', ?, ?, ?, ?)`,
  );
  for (let i = 1; i <= MEMBERS; i += 100) {
    const filed = dayIn(pick(YEARS), 1, 6);
    const closed = random() < 0.2;
    file.run(i, pick(['深度困难', '相对困难', '意外致困']), filed, addDays(filed, Math.floor(random() * 300)), closed ? '脱困' : '在档', closed ? addDays(filed, 200) : null, ts, ts);
  }
}

/** The same cells as the ledger, written with nothing but exceljs: values only, one sheet each. */
async function bareWrite(sheets: { name: string; rows: ExcelJS.CellValue[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ul-report-bench-'));
  try {
    const db = openStore(path.join(dir, 'bench.db'));
    const t0 = performance.now();
    db.transaction(() => seed(db))();
    db.exec('ANALYZE');
    const seeded = performance.now() - t0;

    const floorQueries = [
      "SELECT count(*) FROM members WHERE status = '在册'",
      "SELECT count(*) FROM member_status_history WHERE changed_on BETWEEN '2026-01-01' AND '2026-12-31'",
      "SELECT count(*) FROM congress_motions mo JOIN congress_sessions s ON s.id = mo.session_id WHERE s.start_date BETWEEN '2026-01-01' AND '2026-12-31'",
      "SELECT count(*) FROM disclosure_notices WHERE publish_date BETWEEN '2026-01-01' AND '2026-12-31'",
      "SELECT count(*), sum(amount_fen) FROM welfare_visits WHERE visit_date BETWEEN '2026-01-01' AND '2026-12-31'",
      "SELECT count(*) FROM hardship_files WHERE status = '在档'",
    ].map((sql) => db.prepare(sql));
    const runs = 20;
    const year = await time(runs, () => yearReport(db, 2026, TODAY));
    // The floor: one plain count per table for each of the two years report.year reads.
    const floor = await time(runs, () => {
      for (let i = 0; i < 2; i++) for (const q of floorQueries) q.get();
    });
    const r = yearReport(db, 2026, TODAY);

    const ledgerRuns = 3;
    let bytes = 0;
    const ledger = await time(ledgerRuns, async () => {
      bytes = Buffer.from((await ledgerWorkbook(db, 2026, { fullIds: false, today: TODAY })).contentBase64, 'base64').length;
    });
    // Read the ledger's cells back once, then time writing just those cells.
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from((await ledgerWorkbook(db, 2026, { fullIds: false, today: TODAY })).contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheets = read.worksheets.map((ws) => {
      const rows: ExcelJS.CellValue[][] = [];
      ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
      return { name: ws.name, rows };
    });
    const cells = sheets.reduce((n, s) => n + s.rows.reduce((m, row) => m + row.length, 0), 0);
    const bare = await time(ledgerRuns, () => bareWrite(sheets));

    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const c = r.current;
    console.log(`工会台账 年度台账基准：${MEMBERS} 名会员，${MOTIONS} 件提案，${NOTICES} 则公示，${VISITS} 条慰问记录（${YEARS[0]}–${YEARS[YEARS.length - 1]}），造数 ${ms(seeded)}`);
    console.log(
      `2026 年：在册 ${c.members.total} 人，入会 ${c.members.joined}，减少 ${c.members.left}；提案 ${c.congress.motions} 件，立案 ${c.congress.filed}，按期答复 ${c.congress.answeredOnTime}；公示 ${c.disclosure.notices} 则；慰问 ${c.welfare.visits} 人次、${c.welfare.households} 户`,
    );
    console.log(`report.year(2026)（含 2025 年对比）${runs} 次中位数 ${ms(year.median)}（最大 ${ms(year.max)}）  目标 ≤ 100 ms：${year.median <= 100 ? '达到' : '未达到'}`);
    console.log(`  对照：两年各 ${floorQueries.length} 条简单计数查询  ${ms(floor.median)}（最大 ${ms(floor.max)}），report.year 为其 ${(year.median / floor.median).toFixed(1)} 倍`);
    console.log(`年度台账工作簿 ${ledgerRuns} 次中位数 ${ms(ledger.median)}（最大 ${ms(ledger.max)}），${(bytes / 1024 / 1024).toFixed(1)} MB，${cells} 个单元格`);
    console.log(
      `  对照：exceljs 直接写入同样的单元格  ${ms(bare.median)}（最大 ${ms(bare.max)}），比值 ${(ledger.median / bare.median).toFixed(2)}  目标 ≤ 1.3：${ledger.median / bare.median <= 1.3 ? '达到' : '未达到'}`,
    );
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
