/**
 * members import / export / template / batches / undo: the roster in and out from the command line.
 * Exit codes: 0 done; 1 the file has error rows and nothing was imported; 2 it could not be read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/api/errors';
import type { Download } from '../../shared/api/common';
import type { Input } from '../../shared/api/contract';
import { formatTimestampCn } from '../../shared/domain/dates';
import type { RosterCheck, RosterSheet } from '../../shared/members/roster/schema';
import { assertImportSize } from '../import/read-file';
import { call, optionNumber } from './call';
import { CliExit, printCliError, type CliIo } from './io';
import { withScratchStore, withStore, withStoreOrScratch } from './store';
import { progressOption, withCliProgress } from './progress';

interface ImportOptions {
  db: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  json?: boolean;
  sheet?: string;
  headerRow?: string;
  progress?: string;
}

interface Issue {
  row: number;
  column: string;
  message: string;
}

function issuesOf(check: RosterCheck, level: 'error' | 'warning'): Issue[] {
  return check.rows.flatMap((r) => r.issues.filter((i) => i.level === level).map((i) => ({ row: r.row, column: i.column, message: i.message })));
}

function readFileBytes(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('FILE', `找不到文件：${file}`);
  }
  if (!stat.isFile()) throw new AppError('FILE', `不是文件：${file}`);
  // Refused before it is read into memory.
  assertImportSize(stat.size);
  return fs.readFileSync(file);
}

/** Runs a command body; a failure prints one Chinese line (or {"error"} with --json) and exits 2. */
async function guarded(io: CliIo, json: boolean | undefined, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof CliExit) throw error;
    throw new CliExit(printCliError(io, error, json));
  }
}

function printSummary(io: CliIo, sheet: RosterSheet, check: RosterCheck, outcome: string): void {
  const c = check.counts;
  io.out(`文件：${sheet.fileName}\u3000工作表：${sheet.sheet}\u3000表头：第 ${sheet.headerRow} 行`);
  io.out(`数据 ${c.rows} 行：无错误 ${c.valid} 行（其中有提醒 ${c.warnings} 行），有错误 ${c.errors} 行；新增 ${c.create}，更新 ${c.update}，无变化 ${c.unchanged}`);
  for (const r of check.rows) {
    for (const i of r.issues) io.out(`  第 ${r.row} 行「${i.column}」${i.level === 'error' ? '错误' : '提醒'}：${i.message}`);
  }
  io.out(outcome);
}

async function saveDownload(download: Download, file: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.promises.writeFile(file, Buffer.from(download.contentBase64, 'base64'));
}

export function registerRosterCommands(members: Command, io: CliIo): void {
  progressOption(members
    .command('import')
    .description('从 Excel（.xlsx）或 CSV 文件导入会员花名册')
    .argument('<file>', '要导入的文件')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--dry-run', '只检查，不写入')
    .option('--skip-invalid', '跳过有错误的行，导入其余行（默认：有任何错误行就不导入）')
    .option('--json', '以 JSON 输出结果')
    .option('--sheet <name>', '工作表名称（默认：第一个含“姓名”列的工作表）')
    .option('--header-row <n>', '表头所在行号（默认自动识别）'))
    .action(async (file: string, options: ImportOptions) => {
      await guarded(io, options.json, async () => {
        const bytes = readFileBytes(file);
        await withCliProgress(io, options.progress, () => withStoreOrScratch(options.db, !options.dryRun, async (ctx) => {
          const sheet = await call(ctx, 'roster.read', {
            fileName: path.basename(file),
            contentBase64: bytes.toString('base64'),
            sheet: options.sheet,
            headerRow: optionNumber(options.headerRow),
          });
          const input = { headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows };
          const check = await call(ctx, 'roster.preview', input);
          const blocked = check.counts.errors > 0 && !options.skipInvalid;
          let created = 0;
          let updated = 0;
          if (options.dryRun) {
            created = check.counts.create;
            updated = check.counts.update;
          } else if (!blocked && check.counts.valid > 0) {
            const batch = await call(ctx, 'roster.commit', { ...input, fileName: path.basename(file), sheet: sheet.sheet, headerRow: sheet.headerRow, skipInvalid: !!options.skipInvalid });
            created = batch.created;
            updated = batch.updated;
          }
          if (options.json) {
            io.out(
              JSON.stringify({
                file,
                sheet: sheet.sheet,
                headerRow: sheet.headerRow,
                rows: check.counts.rows,
                valid: check.counts.valid,
                created,
                updated,
                errors: issuesOf(check, 'error'),
                warnings: issuesOf(check, 'warning'),
              }),
            );
          } else {
            const outcome = blocked
              ? `有 ${check.counts.errors} 行存在错误，未导入任何数据。改正后重试，或加 --skip-invalid 只导入无错误的行。`
              : options.dryRun
                ? `检查完成（--dry-run，未写入）：将新增 ${created} 人，更新 ${updated} 人。`
                : `导入完成：新增 ${created} 人，更新 ${updated} 人。`;
            printSummary(io, sheet, check, outcome);
          }
          if (blocked) throw new CliExit(1);
        }));
      });
    });

  members
    .command('export')
    .description('导出会员花名册（.xlsx）')
    .argument('<file>', '保存到的文件，如 会员花名册.xlsx')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--status <status>', '只导出某一会员状态（在册/调出/退休/退会/去世）')
    .action(async (file: string, options: { db: string; status?: string }) => {
      await guarded(io, false, async () => {
        // Checked by the contract's schema in dispatch, like any other caller's input.
        const statuses = options.status ? ([options.status] as Input<'members.list'>['statuses']) : undefined;
        const download = await withStore(options.db, false, (ctx) => call(ctx, 'roster.export', { statuses }));
        await saveDownload(download, file);
        io.out(`已导出：${path.resolve(file)}`);
      });
    });

  members
    .command('template')
    .description('保存会员导入模板（.xlsx）')
    .argument('<file>', '保存到的文件，如 会员导入模板.xlsx')
    .action(async (file: string) => {
      await guarded(io, false, async () => {
        await saveDownload(await withScratchStore((ctx) => call(ctx, 'roster.template', {})), file);
        io.out(`已保存导入模板：${path.resolve(file)}`);
      });
    });

  members
    .command('batches')
    .description('列出导入批次')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--json', '以 JSON 输出')
    .action(async (options: { db: string; json?: boolean }) => {
      await guarded(io, options.json, async () => {
        const batches = await withStore(options.db, false, (ctx) => call(ctx, 'roster.batches', {}));
        if (options.json) return io.out(JSON.stringify(batches));
        if (batches.length === 0) io.out('还没有导入过花名册');
        for (const b of batches) {
          const state = b.undoneAt ? `已撤销（${formatTimestampCn(b.undoneAt)}）` : '';
          io.out(`#${b.id}\u3000${formatTimestampCn(b.importedAt)}\u3000${b.fileName}\u3000新增 ${b.created}，更新 ${b.updated}，跳过 ${b.skipped}\u3000${state}`);
        }
      });
    });

  members
    .command('undo')
    .description('撤销一次导入（删除它新增的会员，恢复它修改的字段）')
    .argument('<batch>', '导入批次编号（见 members batches）')
    .requiredOption('--db <file>', '数据文件路径')
    .action(async (batch: string, options: { db: string }) => {
      await guarded(io, false, async () => {
        const id = optionNumber(batch)!;
        const result = await withStore(options.db, true, (ctx) => call(ctx, 'roster.undo', { id }));
        io.out(`已撤销批次 #${id}：删除新增的会员 ${result.removed} 人，恢复字段 ${result.restored} 项${result.kept ? `，${result.kept} 项导入后又被修改过，保留现值` : ''}。`);
      });
    });
}
