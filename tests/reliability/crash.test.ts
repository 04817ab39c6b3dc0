/**
 * kill -9 of the CLI at the worst moments, 10 trials each: during the commit of a 20,000-row
 * import (aimed by watching the store's WAL grow), during a restore (the WAL again) and during a
 * backup (the temporary copy growing). After every kill: the store passes integrity_check, holds
 * exactly the data from before or from after, and the backup list shows only complete backups.
 * Figures are printed at the end (`npm run test:crash`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberInputSchema } from '../../shared/members/schema';
import { backupDirFor, listBackups } from '../../src-main/db/backup';
import { openStore } from '../../src-main/db/open';
import { contentDigest } from '../../src-main/db/restore';
import { createMember } from '../../src-main/members/service';
import { tempDir } from '../helpers/store';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TRIALS = Number(process.env.CRASH_TRIALS ?? 10);
const ROWS = 20_000;
const figures: string[] = [];

let work: { dir: string; cleanup(): void };
beforeAll(() => {
  work = tempDir('union-ledger-crash-');
});
afterAll(() => {
  console.log(`\n崩溃测试结果（每种 ${TRIALS} 次）：\n${figures.join('\n')}`);
  work.cleanup();
});

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A roster of valid members with unique names and resident IDs. */
function writeRoster(file: string, rows: number): void {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = '10X98765432';
  const lines = ['姓名,身份证号,部门,联系电话'];
  for (let i = 0; i < rows; i++) {
    const birth = `19${String(60 + (i % 40)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
    const body = `110105${birth}${String(i % 1000).padStart(3, '0')}`;
    // Keep IDs unique: vary the area code by the thousands.
    const area = String(110000 + Math.floor(i / 1000) * 7).slice(0, 6);
    const id17 = `${area}${body.slice(6)}`;
    const sum = [...id17].reduce((s, d, k) => s + Number(d) * weights[k]!, 0);
    lines.push(`会员${String(i).padStart(5, '0')},${id17}${checks[sum % 11]},第${(i % 30) + 1}教研组,139${String(i).padStart(8, '0')}`);
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  killed: boolean;
  output: string;
}

/** Runs the CLI; `killWhen` is polled every few ms and a true answer kills it with SIGKILL. */
function runCli(args: string[], killWhen?: () => boolean): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/cli/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let killed = false;
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const timer = killWhen
      ? setInterval(() => {
          if (!killed && killWhen()) {
            killed = true;
            child.kill('SIGKILL');
          }
        }, 2)
      : undefined;
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal, killed, output });
    });
  });
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Opens the store as the next start would: recovery, integrity, the content's digest. */
function inspect(storePath: string): { integrity: string; digest: string; members: number } {
  const db = openStore(storePath, { migrate: false });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    return { integrity, digest: contentDigest(db), members: db.prepare('SELECT count(*) FROM members').pluck().get() as number };
  } finally {
    db.close();
  }
}

/** Every listed backup opens, passes quick_check and is a store of ours; nothing else is listed. */
function backupListTruthful(storePath: string): { listed: number; bad: string[] } {
  const dir = backupDirFor(storePath);
  const bad: string[] = [];
  const listed = listBackups(dir, storePath);
  for (const b of listed) {
    const copy = path.join(work.dir, `check-${b.fileName}`);
    fs.copyFileSync(path.join(dir, b.fileName), copy);
    try {
      const db = new Database(copy, { fileMustExist: true });
      const ok = db.pragma('quick_check', { simple: true }) === 'ok' && db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'members'").get();
      db.close();
      if (!ok) bad.push(b.fileName);
    } catch {
      bad.push(b.fileName);
    } finally {
      fs.rmSync(copy, { force: true });
      fs.rmSync(`${copy}-journal`, { force: true });
    }
  }
  return { listed: listed.length, bad };
}

function seedStore(file: string, members: number): string {
  const db = openStore(file);
  db.transaction(() => {
    for (let i = 0; i < members; i++) createMember(db, memberInputSchema.parse({ name: `原有会员${i}`, department: '语文组' }));
  })();
  const digest = contentDigest(db);
  db.close();
  return digest;
}

function tally(outcomes: string[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join('，');
}

describe('kill -9 during the commit of a 20,000-row import', () => {
  it(`leaves the store before or after, intact, ${TRIALS} times`, async () => {
    const roster = path.join(work.dir, '花名册.csv');
    writeRoster(roster, ROWS);
    // One full run first: the "after" state and how far the WAL grows during the commit.
    const calibrate = path.join(work.dir, 'import-calibrate', 'store.db');
    fs.mkdirSync(path.dirname(calibrate), { recursive: true });
    seedStore(calibrate, 50);
    let peakWal = 0;
    const full = await runCli(['members', 'import', roster, '--db', calibrate], () => {
      peakWal = Math.max(peakWal, sizeOf(`${calibrate}-wal`));
      return false;
    });
    expect(full.code, full.output).toBe(0);
    const afterMembers = inspect(calibrate).members;
    expect(afterMembers).toBe(50 + ROWS);
    expect(peakWal).toBeGreaterThan(1024 * 1024);

    const outcomes: string[] = [];
    const rand = random(13);
    for (let trial = 0; trial < TRIALS; trial++) {
      const store = path.join(work.dir, `import-${trial}`, 'store.db');
      fs.mkdirSync(path.dirname(store), { recursive: true });
      const before = seedStore(store, 50);
      const baseWal = sizeOf(`${store}-wal`);
      // Aim at a point of the commit: the WAL past a random share of its full growth.
      const threshold = baseWal + (0.1 + 0.85 * rand()) * (peakWal - baseWal);
      const run = await runCli(['members', 'import', roster, '--db', store], () => sizeOf(`${store}-wal`) >= threshold);
      const state = inspect(store);
      expect(state.integrity, `trial ${trial}`).toBe('ok');
      const outcome = state.digest === before ? '导入前' : state.members === afterMembers ? '导入后' : `半途（${state.members} 人）`;
      expect(['导入前', '导入后'], `trial ${trial}: ${outcome}`).toContain(outcome);
      outcomes.push(run.killed ? outcome : `未杀死（${outcome}）`);
      const list = backupListTruthful(store);
      expect(list.bad, `trial ${trial}`).toEqual([]);
      // The store opens for writing again: the killed program's lock was stale.
      const again = await runCli(['system', 'backup', '--db', store]);
      expect(again.code, again.output).toBe(0);
    }
    figures.push(`导入 20,000 行时 kill -9：${tally(outcomes)}；完整性检查全部通过`);
    expect(outcomes.filter((o) => !o.startsWith('未杀死')).length).toBeGreaterThanOrEqual(Math.ceil(TRIALS * 0.7));
  });
});

describe('kill -9 during a restore', () => {
  it(`leaves the store before or after, intact, with a truthful backup list, ${TRIALS} times`, async () => {
    const outcomes: string[] = [];
    const rand = random(29);
    const roster = path.join(work.dir, '花名册.csv');
    if (!fs.existsSync(roster)) writeRoster(roster, ROWS);
    // A store of 20,050 members and a backup of it; the restore target is a small store.
    const big = path.join(work.dir, 'restore-source', 'store.db');
    fs.mkdirSync(path.dirname(big), { recursive: true });
    seedStore(big, 50);
    const imported = await runCli(['members', 'import', roster, '--db', big]);
    expect(imported.code, imported.output).toBe(0);
    const bigDigest = inspect(big).digest;
    const bigCopy = path.join(work.dir, 'restore-source', '大备份.db');
    const src = new Database(big);
    await src.backup(bigCopy);
    src.close();

    for (let trial = 0; trial < TRIALS; trial++) {
      const store = path.join(work.dir, `restore-${trial}`, 'store.db');
      fs.mkdirSync(path.dirname(store), { recursive: true });
      const before = seedStore(store, 30);
      const backupsBefore = listBackups(backupDirFor(store), store).length;
      const baseWal = sizeOf(`${store}-wal`);
      const target = baseWal + (0.05 + 0.9 * rand()) * sizeOf(bigCopy);
      const run = await runCli(['system', 'restore', bigCopy, '--db', store], () => sizeOf(`${store}-wal`) >= target);
      const state = inspect(store);
      expect(state.integrity, `trial ${trial}`).toBe('ok');
      const outcome = state.digest === before ? '恢复前' : state.digest === bigDigest ? '恢复后' : '混合';
      expect(['恢复前', '恢复后'], `trial ${trial}: ${outcome} ${run.output}`).toContain(outcome);
      outcomes.push(run.killed ? outcome : `未杀死（${outcome}）`);
      const list = backupListTruthful(store);
      expect(list.bad, `trial ${trial}`).toEqual([]);
      // At most the one safety copy was added, and only if it was complete.
      expect(list.listed - backupsBefore).toBeLessThanOrEqual(1);
      if (outcome === '恢复后') expect(list.listed - backupsBefore, `trial ${trial}: restored without a safety copy`).toBe(1);
    }
    figures.push(`恢复时 kill -9：${tally(outcomes)}；完整性检查全部通过，备份列表中的每一份都完整`);
    expect(outcomes.filter((o) => !o.startsWith('未杀死')).length).toBeGreaterThanOrEqual(Math.ceil(TRIALS * 0.7));
  });
});

describe('kill -9 during a backup', () => {
  it(`never leaves a half-written backup in the list nor takes the day's slot, ${TRIALS} times`, async () => {
    const outcomes: string[] = [];
    const rand = random(41);
    const roster = path.join(work.dir, '花名册.csv');
    if (!fs.existsSync(roster)) writeRoster(roster, ROWS);
    const store = path.join(work.dir, 'backup', 'store.db');
    fs.mkdirSync(path.dirname(store), { recursive: true });
    seedStore(store, 50);
    const imported = await runCli(['members', 'import', roster, '--db', store]);
    expect(imported.code, imported.output).toBe(0);
    const dir = backupDirFor(store);
    // The import made the day's backup of the small store; clear the folder so the slot is free.
    fs.rmSync(dir, { recursive: true, force: true });
    const digest = inspect(store).digest;
    const storeSize = sizeOf(store) + sizeOf(`${store}-wal`);
    const partialSize = () => {
      try {
        return Math.max(0, ...fs.readdirSync(dir).filter((f) => f.endsWith('.partial')).map((f) => sizeOf(path.join(dir, f))));
      } catch {
        return 0;
      }
    };
    for (let trial = 0; trial < TRIALS; trial++) {
      const listedBefore = listBackups(dir, store).length;
      const target = (0.05 + 0.9 * rand()) * storeSize;
      const run = await runCli(['system', 'backup', '--db', store], () => partialSize() >= target);
      const list = backupListTruthful(store);
      expect(list.bad, `trial ${trial}`).toEqual([]);
      const added = list.listed - listedBefore;
      outcomes.push(run.killed ? (added === 0 ? '未留下备份' : '备份已完成') : `未杀死（新增 ${added} 份）`);
      expect(inspect(store).digest).toBe(digest);
    }
    // A killed copy does not take the day's slot: the next start still backs up.
    fs.rmSync(dir, { recursive: true, force: true });
    const killed = await runCli(['system', 'backup', '--db', store], () => partialSize() >= storeSize * 0.3);
    expect(killed.killed).toBe(true);
    expect(listBackups(dir, store)).toEqual([]);
    const start = await runCli(['members', 'undo', '999999', '--db', store]);
    expect(start.output).not.toContain('自动备份失败');
    expect(listBackups(dir, store)).toHaveLength(1);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    figures.push(`备份时 kill -9：${tally(outcomes)}；列表中没有一份不完整的备份，被杀死的备份不占当天的备份`);
    expect(outcomes.filter((o) => !o.startsWith('未杀死')).length).toBeGreaterThanOrEqual(Math.ceil(TRIALS * 0.7));
  });
});
