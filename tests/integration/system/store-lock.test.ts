/**
 * One writer per store: a browser-mode server holds its store, and a second server or a CLI write
 * on it is refused in Chinese, naming the store and who has it; reading commands still run; a lock
 * left by a killed program is taken over. SQLite's busy codes all read as Chinese sentences.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toApiError } from '../../../src-main/api/dispatch';
import { bootServices, closeServices } from '../../../src-main/app/boot';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { acquireStoreLock, lockFileFor } from '../../../src-main/db/lock';
import { describeOpenError, openStore } from '../../../src-main/db/open';
import { tempDir } from '../../helpers/store';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function capture(): CliIo & { text(): string } {
  const lines: string[] = [];
  return { out: (t) => lines.push(t), err: (t) => lines.push(t), text: () => lines.join('\n') };
}

function newStore(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const file = path.join(t.dir, '本校台账.db');
  openStore(file).close();
  return file;
}

/** The browser mode in its own process, resolved once it says it has started. */
function startServer(file: string): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/web/main.ts', '--db', file, '--port', '0', '--no-open'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => child.kill('SIGKILL'));
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('请在浏览器中打开')) resolve({ child, output: () => output, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => (output.includes('请在浏览器中打开') ? undefined : reject(new Error(`server exited ${code}: ${output}`))));
  });
}

describe('one writer per store', () => {
  it('a second server and a CLI write are refused while a browser-mode server has the store; reading still works', async () => {
    const file = newStore();
    const first = await startServer(file);
    expect(fs.existsSync(lockFileFor(file))).toBe(true);

    const second = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/web/main.ts', '--db', file, '--port', '0', '--no-open'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`数据文件“${file}”正在被工会台账浏览器模式（进程号 ${first.child.pid}）使用`);

    const write = capture();
    expect(await runCli(['system', 'backup', '--db', file], write)).toBe(2);
    expect(write.text()).toContain(`数据文件“${file}”正在被工会台账浏览器模式`);

    const read = capture();
    expect(await runCli(['members', 'list', '--db', file], read)).toBe(0);
    expect(read.text()).toContain('共 0 名会员');

    first.child.kill('SIGTERM');
    await first.exited;
    // The server closed normally: its lock is gone and the CLI may write.
    expect(fs.existsSync(lockFileFor(file))).toBe(false);
    const after = capture();
    expect(await runCli(['system', 'backup', '--db', file], after)).toBe(0);
    expect(after.text()).toContain('已备份');
  }, 60_000);

  it('takes over a lock whose program is gone (killed), and refuses one whose program is alive', async () => {
    const file = newStore();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    fs.writeFileSync(lockFileFor(file), JSON.stringify({ pid: dead, host: os.hostname(), kind: 'desktop', startedAt: '' }));
    const ctx = await bootServices({ storePath: file, shell: 'browser', kind: 'cli', backup: false });
    expect(JSON.parse(fs.readFileSync(lockFileFor(file), 'utf8'))).toMatchObject({ pid: process.pid, kind: 'cli' });
    closeServices(ctx);
    expect(fs.existsSync(lockFileFor(file))).toBe(false);

    const alive = spawn('sleep', ['30']);
    cleanups.push(() => alive.kill('SIGKILL'));
    fs.writeFileSync(lockFileFor(file), JSON.stringify({ pid: alive.pid, host: os.hostname(), kind: 'desktop', startedAt: '' }));
    expect(() => acquireStoreLock(file, 'browser')).toThrow(`数据文件“${file}”正在被工会台账桌面程序（进程号 ${alive.pid}）使用`);
    await expect(bootServices({ storePath: file, shell: 'electron', backup: false })).rejects.toMatchObject({ code: 'IN_USE' });
  });
});

describe('busy and locked stores', () => {
  it('every SQLITE_BUSY* and SQLITE_LOCKED* code reads as a Chinese sentence', () => {
    const codes = ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE', 'SQLITE_LOCKED_VTAB'];
    for (const code of codes) {
      const error = Object.assign(new Error('database is locked'), { code });
      const api = toApiError(error, 'import.commit', () => undefined);
      expect(api.code, code).toBe('CONFLICT');
      expect(api.message, code).toContain('数据文件正忙');
      expect(describeOpenError('/x/a.db', error).message, code).toContain('正被其他程序占用');
    }
  });

  it('the store waits for another writer instead of failing at once (busy timeout)', () => {
    const file = newStore();
    const db = openStore(file);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    db.close();
  });
});
