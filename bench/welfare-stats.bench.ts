/**
 * Yearly welfare statistics on a large store: 100,000 visits over 5 years for 2,000 members.
 * Reports welfare.stats next to a bare `SELECT sum(amount_fen)` over the same table, in one run.
 * Run with `npm run bench:welfare`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_WELFARE_REASONS } from '../shared/welfare/schema';
import { openStore } from '../src-main/db/open';
import { welfareStats, yearlyTotals } from '../src-main/welfare/stats';

const MEMBERS = 2_000;
const VISITS = 100_000;
const YEARS = [2022, 2023, 2024, 2025, 2026];
const DEPARTMENTS = ['语文组', '数学组', '英语组', '物理组', '化学组', '政史地组', '体艺组', '行政', '后勤', '退休'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, fn: () => void): { median: number; max: number } {
  fn(); // warm the page cache and statement cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), max: Math.max(...times) };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ul-welfare-bench-'));
try {
  const db = openStore(path.join(dir, 'bench.db'));
  const random = rng(42);
  const t0 = performance.now();
  db.transaction(() => {
    const addMember = db.prepare(
      `INSERT INTO members (name, department, status, created_at, updated_at) VALUES (?, ?, ?, '2022-01-01 00:00:00', '2022-01-01 00:00:00')`,
    );
    for (let i = 0; i < MEMBERS; i++) addMember.run(`会员${i}`, DEPARTMENTS[i % DEPARTMENTS.length]!, i % 10 === 9 ? '退休' : '在册');
    const addFile = db.prepare(
      `INSERT INTO hardship_files (member_id, level, main_cause, household_size, per_capita_income_fen, filed_on, verified_on, verified_by, created_at, updated_at)
       VALUES (?, '相对困难', '家庭收入低', 3, 150000, '2022-01-01', '2026-01-01', '王某', '2022-01-01', '2022-01-01')`,
    );
    for (let i = 1; i <= MEMBERS; i += 25) addFile.run(i);
    const addVisit = db.prepare(
      `INSERT INTO welfare_visits (member_id, recipient_name, department, visit_date, reason, amount_fen, goods_value_fen, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, '2022-01-01', '2022-01-01')`,
    );
    for (let i = 0; i < VISITS; i++) {
      const memberId = 1 + Math.floor(random() * MEMBERS);
      const year = YEARS[i % YEARS.length]!;
      const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
      const relative = random() < 0.1 ? `家属${memberId}` : null;
      addVisit.run(
        memberId,
        relative,
        DEPARTMENTS[(memberId - 1) % DEPARTMENTS.length]!,
        `${year}-${month}-${day}`,
        DEFAULT_WELFARE_REASONS[Math.floor(random() * DEFAULT_WELFARE_REASONS.length)]!,
        Math.floor(random() * 20) * 5_000,
        random() < 0.3 ? 20_000 : 0,
      );
    }
  })();
  db.exec('ANALYZE');
  const seeded = performance.now() - t0;

  const bare = db.prepare<[string, string], { s: number }>('SELECT sum(amount_fen) AS s FROM welfare_visits WHERE visit_date BETWEEN ? AND ?');
  const bareAll = db.prepare<[], { s: number }>('SELECT sum(amount_fen) AS s FROM welfare_visits');
  const runs = 30;
  const stats = time(runs, () => welfareStats(db, 2026));
  const sumYear = time(runs, () => bare.get('2026-01-01', '2026-12-31'));
  const sumAll = time(runs, () => bareAll.get());
  const allYears = time(runs, () => yearlyTotals(db));
  const s = welfareStats(db, 2026);

  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`工会台账 慰问统计基准：${MEMBERS} 名会员，${VISITS} 条慰问记录（${YEARS[0]}–${YEARS[YEARS.length - 1]}），造数 ${ms(seeded)}`);
  console.log(`2026 年：${s.totals.visits} 人次，${s.totals.people} 人，${s.totals.households} 户，慰问金 ${(s.totals.amountFen / 100).toFixed(2)} 元`);
  console.log(`每项 ${runs} 次，取中位数（最大值）：`);
  console.log(`  welfare.stats(2026) 年度统计（总计、困难户、按月、按事由、按部门、年份）  ${ms(stats.median)}（${ms(stats.max)}）  目标 ≤ 50 ms：${stats.median <= 50 ? '达到' : '未达到'}`);
  console.log(`  SELECT sum(amount_fen) 本年度（同一张表，走日期索引）             ${ms(sumYear.median)}（${ms(sumYear.max)}）`);
  console.log(`  SELECT sum(amount_fen) 全表                                       ${ms(sumAll.median)}（${ms(sumAll.max)}）`);
  console.log(`  welfare.stats.years 历年对比（全表，含人数、户数去重）              ${ms(allYears.median)}（${ms(allYears.max)}）`);
  db.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
