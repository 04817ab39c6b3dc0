/**
 * How a CLI command reaches the services: through `dispatch`, the same door IPC and HTTP use, so
 * the command line gets the same validation and the same Chinese messages. A refused call becomes
 * an AppError, which runCli (or a command's own JSON output) prints as one Chinese line.
 */
import type { Input, Method, Output } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { AppContext } from '../api/context';
import { dispatch } from '../api/dispatch';

export async function call<M extends Method>(ctx: AppContext, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await dispatch(ctx, method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields);
  return result.data as Output<M>;
}

/**
 * Command-line options arrive as text; a whole number typed there is handed on as a number and
 * anything else as it was typed, so the contract's schema (not the CLI) decides what is valid.
 */
export function optionNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return (/^\s*-?\d+\s*$/.test(text) ? Number(text) : text) as number;
}
