/**
 * Where CLI commands write (so tests can capture output without spawning a process), and the one
 * place that decides how a failure is printed and which exit code it gets: a dispatch error, an
 * AppError, a zod error, a file-system or SQLite error all become one Chinese sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError, type ApiError, type ApiEnvelope } from '../../shared/api/errors';
import { zodToApiError } from '../../shared/api/zod-messages';
import type { AppContext } from '../api/context';
import { dispatch, toApiError } from '../api/dispatch';
import type { Method } from '../../shared/api/contract';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Exit codes: 0 done, 1 the input had errors (nothing written), 2 could not run at all. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

export const EXIT_INPUT_ERRORS = 1;
export const EXIT_CANNOT_RUN = 2;

/** Thrown by `call` when dispatch refused: carries the API error as the user should read it. */
export class CliApiError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** Why a file could not be read or written, in words (never Node's English message). */
export function fileErrorReason(error: unknown): string {
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return '磁盘空间不足';
    case 'EACCES':
    case 'EPERM':
      return '没有权限';
    case 'EROFS':
      return '磁盘是只读的';
    case 'ENOENT':
      return '文件或文件夹不存在';
    case 'EISDIR':
      return '这是一个文件夹';
    case 'ENOTDIR':
      return '路径中有一段不是文件夹';
    case 'EBUSY':
      return '文件正被其他程序（如 Excel、WPS）打开';
    case 'EMFILE':
    case 'ENFILE':
      return '打开的文件过多';
    case 'EIO':
      return '磁盘读写出错';
    default:
      return '系统拒绝了这次读写';
  }
}

/** The sentence for anything a command throws, with its exit code. */
export function describeCliError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliApiError) return { message: error.apiError.message, exitCode: EXIT_CANNOT_RUN };
  if (error instanceof AppError) return { message: error.message, exitCode: EXIT_CANNOT_RUN };
  if (error instanceof z.ZodError) return { message: zodToApiError(error).message, exitCode: EXIT_CANNOT_RUN };
  const code = errnoCode(error);
  if (/^E[A-Z]+$/.test(code)) return { message: `运行失败：${fileErrorReason(error)}，没有完成。`, exitCode: EXIT_CANNOT_RUN };
  // SQLite and everything unexpected: the same mapping the app uses; details go to the log (stderr).
  return { message: toApiError(error, 'cli', () => undefined).message, exitCode: EXIT_CANNOT_RUN };
}

/** Prints a failure the way every command does: one line, or {"error": …} with --json. */
export function printCliError(io: CliIo, error: unknown, json = false): number {
  const { message, exitCode } = describeCliError(error);
  if (json) io.out(JSON.stringify({ error: message }));
  else io.err(message);
  return exitCode;
}

/** Calls a method through the same dispatch as IPC and HTTP; a refusal becomes a CliApiError. */
export async function call<M extends Method>(ctx: AppContext, method: M, input: unknown): Promise<unknown> {
  const envelope: ApiEnvelope<unknown> = await dispatch(ctx, method, input, (message, error) => {
    process.stderr.write(`[union-ledger] ${message} ${error instanceof Error ? (error.stack ?? error.message) : String(error ?? '')}\n`);
  });
  if (!envelope.ok) throw new CliApiError(envelope.error);
  return envelope.data;
}

/** Writes a file an export produced where the user asked (making its folder); a failure says why in Chinese. */
export function writeDownload(file: string, download: { contentBase64: string }): string {
  const target = path.resolve(file);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(download.contentBase64, 'base64'));
  } catch (error) {
    throw new AppError('FILE', `无法写入文件：${target}（${fileErrorReason(error)}）`);
  }
  return target;
}
