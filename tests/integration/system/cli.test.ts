import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memberInputSchema, type Member } from '../../../shared/members/schema';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { createMember } from '../../../src-main/members/service';
import { tempStore } from '../../helpers/store';

const ROOT = path.resolve(import.meta.dirname, '../../..');

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
  createMember(store.ctx.db, memberInputSchema.parse({ name: '张三', idNumber: '11010519491231002X', department: '数学组' }));
  createMember(store.ctx.db, memberInputSchema.parse({ name: '李四', phone: '13912345678' }));
  // The CLI opens the file itself; close ours so the test sees what a fresh process would.
  store.ctx.db.close();
});
afterEach(() => store.close());

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('CLI', () => {
  it('--help lists the commands with Chinese descriptions', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    const text = io.stdout.join('');
    expect(text).toContain('members');
    expect(text).toContain('会员花名册');
    expect(text).toContain('显示帮助');
  });

  it("a command's help has Chinese headings and usage, not commander's English ones", async () => {
    const io = capture();
    expect(await runCli(['members', 'list', '--help'], io)).toBe(0);
    const text = io.stdout.join('');
    expect(text).toContain('用法： union-ledger members list [选项]');
    expect(text).toContain('选项：');
    expect(text).not.toMatch(/Usage:|Options:|\[options\]/);
  });

  it('names the unknown command or the missing option in a Chinese sentence', async () => {
    const io = capture();
    expect(await runCli(['members', 'lst'], io)).toBe(2);
    expect(await runCli(['members', 'list'], io)).toBe(2);
    expect(io.stderr).toEqual([
      '未知的命令：lst。运行 npm run cli -- --help 查看用法。',
      '缺少必需的选项：--db <file>。运行 npm run cli -- --help 查看用法。',
    ]);
  });

  it('members list --json prints every member with full details', async () => {
    const io = capture();
    expect(await runCli(['members', 'list', '--db', store.file, '--json'], io)).toBe(0);
    const rows = JSON.parse(io.stdout.join('')) as Member[];
    expect(rows.map((m) => m.name).sort()).toEqual(['张三', '李四']);
    expect(rows.find((m) => m.name === '张三')).toMatchObject({ idNumber: '11010519491231002X', gender: '女', department: '数学组' });
  });

  it('members list without --json masks the ID number, and --search finds by pinyin', async () => {
    const io = capture();
    expect(await runCli(['members', 'list', '--db', store.file, '--search', 'zs'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('共 1 名会员');
    expect(text).toContain('110105********002X');
    expect(text).not.toContain('11010519491231002X');
  });

  it('answers bad options in Chinese with exit code 2', async () => {
    const cases: string[][] = [
      ['members', 'list'],
      ['members', 'list', '--db', store.file, '--bogus'],
      ['members', 'frobnicate'],
      ['members', 'list', '--db', store.file, '--status', '开除'],
      ['members', 'list', '--db', path.join(store.dir, '没有这个文件.db')],
    ];
    for (const argv of cases) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr.join(''), argv.join(' ')).toMatch(/^[\u4e00-\u9fff]/);
      expect(io.stderr.join('')).not.toMatch(/\.ts:\d+|\bat /);
    }
    expect(fs.existsSync(path.join(store.dir, '没有这个文件.db'))).toBe(false);
  });

  it('answers a broken store in Chinese with exit code 2 and leaves it as it was', async () => {
    const broken = path.join(store.dir, 'broken.db');
    fs.writeFileSync(broken, 'this is not a database');
    const io = capture();
    expect(await runCli(['members', 'list', '--db', broken, '--json'], io)).toBe(2);
    expect(io.stderr.join('')).toContain('数据文件已损坏');
    expect(fs.readFileSync(broken, 'utf8')).toBe('this is not a database');
  });

  it('runs as a real process: npx tsx src-main/cli/main.ts members list --db F --json', () => {
    const result = spawnSync('npx', ['tsx', 'src-main/cli/main.ts', 'members', 'list', '--db', store.file, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const rows = JSON.parse(result.stdout) as Member[];
    expect(rows.map((m) => m.name).sort()).toEqual(['张三', '李四']);
  }, 90_000);
});

describe('browser-mode entry', () => {
  it('starts with --port 0 --no-open, prints the URL with its token, serves the API, and stops', async () => {
    const child = spawn('npx', ['tsx', 'src-main/web/main.ts', '--db', store.file, '--port', '0', '--no-open'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 60_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const match = /请在浏览器中打开：(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      expect(output).toContain(store.file);
      const parsed = new URL(url);
      const token = parsed.searchParams.get('token')!;
      const call = (headers: Record<string, string>) =>
        fetch(new URL('/api/members.list', parsed), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"search":"lisi"}' });
      const ok = await call({ 'x-union-token': token });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ ok: true, data: { total: 1, rows: [{ name: '李四' }] } });
      expect((await call({})).status).toBe(401);
    } finally {
      // npx starts tsx, which starts node: end the whole group this test started.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  }, 90_000);
});
