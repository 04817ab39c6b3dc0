/**
 * The single entry both transports use: look the method up, validate the input with the shared
 * schema, run the handler, and turn every failure into {code, message} in Chinese.
 */
import { contract, isMethod, type Method } from '../../shared/api/contract';
import { AppError, type ApiEnvelope, type ApiError } from '../../shared/api/errors';
import { zodToApiError } from '../../shared/api/zod-messages';
import type { AppContext } from './context';
import type { Handler } from './define';
import { applyDueStatusChanges } from '../members/scheduled';
import { sqliteCode } from '../db/sql';
import { handlers } from './handlers';

export type Logger = (message: string, error?: unknown) => void;

const defaultLogger: Logger = (message, error) => {
  console.error(`[union-ledger] ${message}`, error ?? '');
};

/** Maps anything thrown below the API to what the user may see. */
export function toApiError(error: unknown, method: string, log: Logger = defaultLogger): ApiError {
  if (error instanceof AppError) return error.toApiError();
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_READONLY')) {
    return { code: 'READ_ONLY', message: '数据文件是只读的，无法保存修改。请检查文件或文件夹的写入权限。' };
  }
  // Every extended code too: SQLITE_BUSY_SNAPSHOT (another program wrote since this one read),
  // SQLITE_BUSY_RECOVERY, SQLITE_BUSY_TIMEOUT, SQLITE_LOCKED_SHAREDCACHE, SQLITE_LOCKED_VTAB.
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    log(`store busy in ${method}`, error);
    return { code: 'CONFLICT', message: '数据文件正忙（可能有其他程序同时在使用它），这次操作没有保存。请稍后重试。' };
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return { code: 'INTERNAL', message: '磁盘空间不足，无法保存，数据未被修改。请清理磁盘后重试。' };
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    log(`I/O error in ${method}`, error);
    return { code: 'INTERNAL', message: '读写数据文件时出错（磁盘或 U 盘可能有问题），这次操作没有保存。请检查磁盘后重试。' };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { code: 'READ_ONLY', message: '没有写入权限，无法保存文件。请检查文件或文件夹的写入权限。' };
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return { code: 'STORE_BROKEN', message: '数据文件已损坏，请从备份恢复。' };
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    log(`constraint failure in ${method}`, error);
    return { code: 'CONFLICT', message: '保存失败：数据与已有记录冲突或不完整，未做任何修改。' };
  }
  log(`unexpected failure in ${method}`, error);
  return { code: 'INTERNAL', message: '操作失败：程序内部错误，数据未被修改。详细信息已记录在日志中。' };
}

export async function dispatch(ctx: AppContext, method: unknown, input: unknown, log?: Logger): Promise<ApiEnvelope<unknown>> {
  if (typeof method !== 'string' || !isMethod(method)) {
    const name = typeof method === 'string' ? method.slice(0, 80) : String(typeof method);
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的操作：${name}` } };
  }
  const parsed = contract[method].input.safeParse(input);
  if (!parsed.success) return { ok: false, error: zodToApiError(parsed.error, method) };
  try {
    // Status changes scheduled for today or earlier (将于…退休) take effect before anything is read.
    applyDueStatusChanges(ctx.db);
    const handler = handlers[method] as Handler<Method>;
    const data = await handler(ctx, parsed.data as never);
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: toApiError(error, method, log) };
  }
}
