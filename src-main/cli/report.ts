/**
 * `report year` and `report ledger`: the year's figures and the 年度台账 workbook from the command
 * line. Both go through the API's dispatch, so the CLI validates and words its errors exactly as
 * the window and the browser mode do.
 */
import type { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import type { Input, Method, Output } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { formatFen } from '../../shared/domain/money';
import { formatRate } from '../../shared/report/format';
import { figureLines } from '../../shared/report/lines';
import { currentYear, type YearReport } from '../../shared/report/schema';
import type { AppContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { displayWidth } from '../excel/cells';
import { CliExit, type CliIo } from './io';
import { withStore } from './store';
import { withCliProgress } from './progress';

/** '2026' → 2026; anything else is passed on as typed, for the schema to name in its message. */
function yearArg(text: string | undefined): unknown {
  if (text === undefined) return currentYear();
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}

async function call<M extends Method>(ctx: AppContext, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await dispatch(ctx, method, input, () => undefined);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.data as Output<M>;
}

/** A failure is one Chinese line on stderr (or {"error": …} on stdout with --json), exit 2. */
async function guarded(io: CliIo, json: boolean | undefined, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof CliExit) throw error;
    const message = error instanceof AppError ? error.message : `运行失败：${error instanceof Error ? error.message : String(error)}`;
    if (json) io.out(JSON.stringify({ error: message }));
    else io.err(message);
    throw new CliExit(2);
  }
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** The figures as a table: 类别 统计项 本年 上年 增减, columns aligned for Chinese text. */
export function reportTable(r: YearReport): string[] {
  const show = (v: number | null, kind: string) => (v === null ? '—' : kind === 'money' ? formatFen(v) : kind === 'rate' ? formatRate(v) : String(v));
  const rows = figureLines(r).map((l) => {
    const cur = l.pick(r.current);
    const prev = l.pick(r.previous);
    const delta = l.kind === 'rate' || cur === null || prev === null ? '' : cur - prev;
    const deltaText = delta === '' ? '' : `${delta > 0 ? '+' : ''}${l.kind === 'money' ? formatFen(delta) : delta}`;
    return [l.area, `${l.label.trimStart()}${l.unit && l.kind === 'count' ? `（${l.unit}）` : ''}`, show(cur, l.kind), show(prev, l.kind), deltaText];
  });
  const head = ['类别', '统计项', `${r.year}年`, `${r.year - 1}年`, '增减'];
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i >= 2)).join('  ').trimEnd();
  const title = `${r.org.schoolName || r.org.unionName || '本校'} ${r.year}年度台账`;
  const out = [title, line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  let area = '';
  for (const row of rows) {
    out.push(line([row[0] === area ? '' : row[0]!, ...row.slice(1)]));
    area = row[0]!;
  }
  out.push('', '工作总结表述：');
  for (const sentences of Object.values(r.sentences)) if (sentences.length) out.push(sentences.join(''));
  return out;
}

export function registerReportCommands(program: Command, io: CliIo): Command {
  const report = program.command('report').description('年度台账：全年统计与年度台账工作簿');

  report
    .command('year')
    .description('全年各项统计（与上年对比）和工作总结表述')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--year <year>', '年份，例如 2026（默认今年）')
    .option('--json', '以 JSON 输出')
    .action(async (options: { db: string; year?: string; json?: boolean }) => {
      await guarded(io, options.json, () =>
        withStore(options.db, false, async (ctx) => {
          const r = await call(ctx, 'report.year', { year: yearArg(options.year) as number });
          if (options.json) io.out(JSON.stringify(r, null, 2));
          else for (const l of reportTable(r)) io.out(l);
        }),
      );
    });

  report
    .command('ledger')
    .description('导出年度台账工作簿（xlsx）')
    .argument('<file>', '要写入的 .xlsx 文件')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--year <year>', '年份，例如 2026（默认今年）')
    .option('--full-ids', '身份证号和联系电话完整显示（默认隐藏中间位）')
    .option('--progress <mode>', '进度显示：bar 进度条（在终端中默认）、json 每次更新输出一行 JSON 到标准错误、none 不显示')
    .action(async (file: string, options: { db: string; year?: string; fullIds?: boolean; progress?: string }) => {
      await guarded(io, false, async () => {
        if (!file.toLowerCase().endsWith('.xlsx')) throw new AppError('VALIDATION', `文件名应以 .xlsx 结尾：${file}`);
        await withStore(options.db, false, async (ctx) => {
          const download = await withCliProgress(io, options.progress, () =>
            call(ctx, 'report.ledger', { year: yearArg(options.year) as number, fullIds: options.fullIds === true }),
          );
          const target = path.resolve(file);
          try {
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, Buffer.from(download.contentBase64, 'base64'));
          } catch (error) {
            throw new AppError('FILE', `无法写入文件：${target}（${error instanceof Error ? error.message : String(error)}）`);
          }
          io.out(`已导出年度台账：${target}`);
        });
      });
    });
  return report;
}
