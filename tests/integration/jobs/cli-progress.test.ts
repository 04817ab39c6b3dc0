/**
 * CLI progress on stderr: `--progress json` gives one JSON line per update a script can follow,
 * forward-only within each phase and ending at its total; without a terminal (and no option)
 * nothing extra is printed; the result on stdout is unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/program';
import type { CliIo } from '../../../src-main/cli/io';
import { progressMode } from '../../../src-main/cli/progress';
import { bigRosterXlsx } from '../../helpers/big-roster';
import { tempDir } from '../../helpers/store';

let workbook: Buffer;
let scratch: ReturnType<typeof tempDir> | null = null;

beforeAll(async () => {
  workbook = await bigRosterXlsx(2000);
}, 60_000);

afterEach(() => {
  scratch?.cleanup();
  scratch = null;
});


function io(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) }, out, err };
}

describe('CLI progress', () => {
  it('members import --progress json writes one JSON line per update on stderr, ending at the total', async () => {
    scratch = tempDir();
    const file = path.join(scratch.dir, '花名册.xlsx');
    fs.writeFileSync(file, workbook);
    const db = path.join(scratch.dir, 'store.db');
    const run = io();
    const code = await runCli(['members', 'import', file, '--db', db, '--progress', 'json'], run.io);
    expect(code).toBe(0);
    expect(run.out.join('\n')).toMatch(/导入完成：新增 2000 人/);
    const lines = run.err.map((l) => JSON.parse(l) as { phase: string; done: number; total: number | null });
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Object.keys(line)).toEqual(['phase', 'done', 'total']);
    const phases = [...new Set(lines.map((l) => l.phase))];
    expect(phases).toEqual(expect.arrayContaining(['读取', '检查', '写入']));
    for (const phase of phases) {
      const steps = lines.filter((l) => l.phase === phase);
      for (let i = 1; i < steps.length; i++) expect(steps[i]!.done).toBeGreaterThanOrEqual(steps[i - 1]!.done);
    }
    const last = lines[lines.length - 1]!;
    expect(last).toEqual({ phase: '写入', done: 2000, total: 2000 });
  }, 120_000);

  it('prints nothing extra on stderr when it is not a terminal, and refuses an unknown mode in Chinese', async () => {
    scratch = tempDir();
    const file = path.join(scratch.dir, '花名册.xlsx');
    fs.writeFileSync(file, await bigRosterXlsx(50));
    const run = io();
    expect(await runCli(['members', 'import', file, '--db', path.join(scratch.dir, 's.db'), '--dry-run'], run.io)).toBe(0);
    expect(run.err).toEqual([]);
    expect(progressMode(undefined, false)).toBe('none');
    expect(progressMode(undefined, true)).toBe('bar');
    expect(() => progressMode('xml', true)).toThrow(/--progress 只能是 bar、json 或 none/);
  }, 60_000);
});
