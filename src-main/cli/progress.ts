/**
 * Progress of a long CLI command on stderr, so stdout (and its --json) stays clean:
 * - `--progress bar` (the default when stderr is a terminal): a cli-progress bar per phase with
 *   the count and the time left;
 * - `--progress json`: one line per update, {"phase":"读取","done":12000,"total":50000}, for scripts;
 * - `--progress none` (the default when stderr is not a terminal): nothing.
 * Add it to a command with `progressOption(cmd)` and wrap the command's work in `withCliProgress`.
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { AppError } from '../../shared/api/errors';
import { throttled, withProgress, type JobProgress, type ProgressSink } from '../../shared/jobs/progress';
import type { CliIo } from './io';

export type ProgressMode = 'bar' | 'json' | 'none';

export function progressOption(command: Command): Command {
  return command.option('--progress <mode>', '进度显示：bar 进度条（在终端中默认）、json 每次更新输出一行 JSON 到标准错误、none 不显示');
}

export function progressMode(text: string | undefined, isTty: boolean = process.stderr.isTTY === true): ProgressMode {
  if (text === undefined) return isTty ? 'bar' : 'none';
  if (text === 'bar' || text === 'json' || text === 'none') return text;
  throw new AppError('VALIDATION', `--progress 只能是 bar、json 或 none，收到的是“${text}”。`);
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 60) return `${Math.ceil(seconds)} 秒`;
  return `${Math.floor(seconds / 60)} 分 ${Math.ceil(seconds % 60)} 秒`;
}

/** A bar on stderr, drawn again on each step and begun anew when the phase changes. */
function barSink(stream: NodeJS.WriteStream): { sink: ProgressSink; stop(): void } {
  let bar: cliProgress.SingleBar | null = null;
  let phase: string | null = null;
  let phaseStart = Date.now();
  const start = (p: JobProgress) => {
    bar?.stop();
    phase = p.phase;
    phaseStart = Date.now();
    bar = new cliProgress.SingleBar(
      {
        stream,
        hideCursor: true,
        clearOnComplete: false,
        barsize: 30,
        format: (options, params, payload: { phase: string; known: boolean }) => {
          if (!payload.known) return `${payload.phase}：已处理 ${params.value}`;
          const filled = Math.round(params.progress * (options.barsize ?? 30));
          const barText = (options.barCompleteString ?? '').slice(0, filled) + (options.barIncompleteString ?? '').slice(0, (options.barsize ?? 30) - filled);
          const elapsed = (Date.now() - phaseStart) / 1000;
          const left = params.value > 0 && params.value < params.total ? `，剩余约 ${formatSeconds((elapsed / params.value) * (params.total - params.value))}` : '';
          return `${payload.phase} ${barText} ${params.value}/${params.total}${left}`;
        },
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(p.total ?? 0, p.done, { phase: p.phase, known: p.total !== null });
  };
  return {
    sink: (p) => {
      if (bar === null || p.phase !== phase) start(p);
      else {
        if (p.total !== null) bar.setTotal(p.total);
        bar.update(p.done, { phase: p.phase, known: p.total !== null });
      }
    },
    stop: () => bar?.stop(),
  };
}

/** Runs a command's work with its progress shown as `mode` says. */
export async function withCliProgress<T>(io: CliIo, modeText: string | undefined, work: () => Promise<T>, stream: NodeJS.WriteStream = process.stderr): Promise<T> {
  const mode = progressMode(modeText);
  if (mode === 'none') return work();
  if (mode === 'json') {
    const sink = throttled((p) => io.err(JSON.stringify({ phase: p.phase, done: p.done, total: p.total })), 100);
    return withProgress(sink, null, work);
  }
  const bar = barSink(stream);
  try {
    return await withProgress(throttled(bar.sink, 100), null, work);
  } finally {
    bar.stop();
  }
}
