/**
 * How the CLI prints a failure: one Chinese sentence and exit code 2, whatever was thrown — a zod
 * error (never a JSON dump), a full disk, a file-system error, SQLite busy, an AppError.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import '../../../shared/api/field-labels';
import '../../../shared/members/schema';
import { CliApiError, describeCliError, printCliError } from '../../../src-main/cli/io';

const err = (code: string, message = 'english text') => Object.assign(new Error(message), { code });

describe('CLI error messages', () => {
  it('a validation error is a sentence naming the field, not a JSON dump', () => {
    const parsed = z.object({ statuses: z.array(z.enum(['在册', '退休'])) }).safeParse({ statuses: ['retired'] });
    if (parsed.success) throw new Error('expected a failure');
    const { message, exitCode } = describeCliError(parsed.error);
    expect(exitCode).toBe(2);
    expect(message).not.toMatch(/[[{"]|retired|invalid/i);
    expect(message).toContain('只能是 在册、退休 之一');
  });

  it('a full disk, a busy store and file-system errors read as Chinese', () => {
    expect(describeCliError(err('SQLITE_FULL', 'database or disk is full')).message).toContain('磁盘空间不足');
    expect(describeCliError(err('ENOSPC', 'ENOSPC: no space left on device')).message).toContain('磁盘空间不足');
    expect(describeCliError(err('SQLITE_BUSY_SNAPSHOT')).message).toContain('数据文件正忙');
    expect(describeCliError(err('EACCES')).message).toContain('没有权限');
    for (const code of ['SQLITE_FULL', 'ENOSPC', 'SQLITE_BUSY_SNAPSHOT', 'EACCES', 'EIO', 'SQLITE_IOERR_WRITE', 'WHATEVER']) {
      const { message, exitCode } = describeCliError(err(code));
      expect(message, code).toMatch(/[\u4e00-\u9fff]/);
      expect(message, code).not.toMatch(/english|[A-Z_]{3,}/);
      expect(exitCode).toBe(2);
    }
  });

  it('an AppError and a dispatch refusal print their own sentence; --json wraps it', () => {
    expect(describeCliError(new AppError('FILE', '找不到文件：x.xlsx')).message).toBe('找不到文件：x.xlsx');
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(`ERR ${t}`) };
    expect(printCliError(io, new CliApiError({ code: 'VALIDATION', message: '输入有误：「届次」应为整数' }), true)).toBe(2);
    expect(out).toEqual([JSON.stringify({ error: '输入有误：「届次」应为整数' })]);
  });
});
