import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEnvelope } from '../../../shared/api/errors';
import { dispatch, toApiError } from '../../../src-main/api/dispatch';
import { handlers } from '../../../src-main/api/handlers';
import { openStore } from '../../../src-main/db/open';
import { createMember } from '../../../src-main/members/service';
import { memberInputSchema } from '../../../shared/members/schema';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
  createMember(store.ctx.db, memberInputSchema.parse({ name: '张三', idNumber: '11010519491231002X' }));
});
afterEach(() => {
  vi.restoreAllMocks();
  store.close();
});

const call = (method: unknown, input?: unknown, log = () => undefined) => dispatch(store.ctx, method, input, log);

function snapshot(): unknown[] {
  return store.ctx.db.prepare('SELECT * FROM members ORDER BY id').all();
}

/** A failure as the user sees it: a code, a Chinese sentence, nothing of the program's insides. */
function expectChineseError(envelope: ApiEnvelope<unknown>, code: string): string {
  expect(envelope.ok).toBe(false);
  if (envelope.ok) throw new Error('unreachable');
  expect(envelope.error.code).toBe(code);
  expect(envelope.error.message).toMatch(/[\u4e00-\u9fff]/);
  const text = JSON.stringify(envelope);
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|node_modules|Error:/);
  return envelope.error.message;
}

describe('dispatch', () => {
  it('runs a valid call', async () => {
    const result = await call('members.list', { search: 'zs' });
    expect(result).toMatchObject({ ok: true, data: { total: 1 } });
  });

  it('refuses an unknown method and a method that is not a string', async () => {
    expect(expectChineseError(await call('members.drop', {}), 'UNKNOWN_METHOD')).toContain('未知的操作：members.drop');
    expectChineseError(await call(42, {}), 'UNKNOWN_METHOD');
    expectChineseError(await call('__proto__', {}), 'UNKNOWN_METHOD');
    expectChineseError(await call('toString', {}), 'UNKNOWN_METHOD');
  });

  it('refuses malformed input, a wrong type, a missing field and a too-long string, changing nothing', async () => {
    const before = snapshot();
    expectChineseError(await call('members.create', 'not an object'), 'VALIDATION');
    expectChineseError(await call('members.create', null), 'VALIDATION');
    expect(expectChineseError(await call('members.update', { id: '1', data: { name: '李四' } }), 'VALIDATION')).toContain('「会员」');
    expect(expectChineseError(await call('members.create', { department: '数学组' }), 'VALIDATION')).toContain('「姓名」必须填写');
    expect(expectChineseError(await call('members.create', { name: '张'.repeat(51) }), 'VALIDATION')).toContain('不能超过 50 个字');
    expect(expectChineseError(await call('members.create', { name: 'x'.repeat(1_000_000) }), 'VALIDATION')).toContain('「姓名」');
    expectChineseError(await call('members.changeStatus', { id: 1, status: '开除', date: '2026-01-01' }), 'VALIDATION');
    expectChineseError(await call('members.list', { page: 0 }), 'VALIDATION');
    expectChineseError(await call('settings.get', { extra: 1 }), 'VALIDATION');
    expect(snapshot()).toEqual(before);
  });

  it('passes the fields of a validation error for the form', async () => {
    const result = await call('members.create', { name: '王五', idNumber: '110105194912310021', phone: '123' });
    expectChineseError(result, 'VALIDATION');
    expect(!result.ok && result.error.fields).toMatchObject({
      idNumber: '「身份证号」身份证号校验位不正确，请核对是否有输错的数字',
      phone: expect.stringContaining('「联系电话」'),
    });
  });

  it('passes a service’s own error through and changes nothing', async () => {
    const before = snapshot();
    expect(expectChineseError(await call('members.create', { name: '李四', idNumber: '11010519491231002X' }), 'CONFLICT')).toContain('张三');
    expectChineseError(await call('members.get', { id: 999 }), 'NOT_FOUND');
    expect(snapshot()).toEqual(before);
  });

  it('turns an unexpected exception into INTERNAL without the stack, and logs it', async () => {
    const log = vi.fn();
    vi.spyOn(handlers, 'members.stats').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'count') at /src/x.ts:12");
    });
    const result = await dispatch(store.ctx, 'members.stats', undefined, log);
    const message = expectChineseError(result, 'INTERNAL');
    expect(message).not.toContain('count');
    expect(log).toHaveBeenCalledOnce();
  });

  it('maps SQLite failures to Chinese messages', () => {
    const sqlite = (code: string) => Object.assign(new Error(`sqlite says ${code}`), { code });
    const quiet = () => undefined;
    expect(toApiError(sqlite('SQLITE_READONLY'), 'm', quiet).code).toBe('READ_ONLY');
    expect(toApiError(sqlite('SQLITE_READONLY_DBMOVED'), 'm', quiet).code).toBe('READ_ONLY');
    expect(toApiError(sqlite('SQLITE_BUSY'), 'm', quiet).code).toBe('CONFLICT');
    expect(toApiError(sqlite('SQLITE_CORRUPT'), 'm', quiet).code).toBe('STORE_BROKEN');
    const constraint = toApiError(sqlite('SQLITE_CONSTRAINT_UNIQUE'), 'm', quiet);
    expect(constraint.code).toBe('CONFLICT');
    expect(constraint.message).not.toContain('sqlite says');
  });

  it('reports a write to a read-only store as READ_ONLY and keeps the data', async () => {
    store.ctx.db.close();
    // Opened read-only on purpose (root can write any chmod'ed file); the store was migrated above.
    store.ctx.db = new Database(store.file, { readonly: true });
    const result = await call('members.create', { name: '李四' });
    expect(expectChineseError(result, 'READ_ONLY')).toContain('只读');
    store.ctx.db.close();
    store.ctx.db = openStore(store.file);
    expect(snapshot()).toHaveLength(1);
  });
});
