/**
 * `members import FILE`, `welfare import FILE`, `welfare hardship import FILE`, `disclosure import FILE`,
 * `congress import FILE --session N`, `congress delegates import FILE --term N` …: every record set
 * of the import engine from the command line, through the same API methods (dispatch) the wizard
 * calls, with one report. Exit codes: 0 done; 1 the file has error rows and nothing was imported;
 * 2 it could not be read (or another failure).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/api/errors';
import { RECORD_SET_TITLES, RECORD_SET_UNITS, type ImportCheck, type ImportOptions, type ImportSheet, type RecordSet } from '../../shared/import/schema';
import { assertImportSize } from '../import/read-file';
import { CliExit, printCliError, type CliIo } from './io';
import { call } from './call';
import { withStoreOrScratch } from './store';
import { progressOption, withCliProgress } from './progress';

interface ImportCliOptions {
  db: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  json?: boolean;
  sheet?: string;
  headerRow?: string;
  term?: string;
  session?: string;
  addDelegates?: boolean;
  progress?: string;
  year?: string;
}

function readFileBytes(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('FILE', `找不到文件：${file}`);
  }
  if (!stat.isFile()) throw new AppError('FILE', `不是文件：${file}`);
  assertImportSize(stat.size);
  return fs.readFileSync(file);
}

function issuesOf(check: ImportCheck, level: 'error' | 'warning') {
  return check.rows.flatMap((r) => r.issues.filter((i) => i.level === level).map((i) => ({ row: r.row, column: i.column, message: i.message })));
}

function positive(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new AppError('VALIDATION', `${option} 应为正整数`);
  return n;
}

async function runImport(io: CliIo, set: RecordSet, file: string, options: ImportCliOptions): Promise<void> {
  const bytes = readFileBytes(file);
  const fileName = path.basename(file);
  const headerRow = positive(options.headerRow, '--header-row');
  const importOptions: ImportOptions = {};
  const term = positive(options.term, '--term');
  if (term !== undefined) importOptions.term = term;
  const sessionId = positive(options.session, '--session');
  if (sessionId !== undefined) importOptions.sessionId = sessionId;
  if (options.addDelegates) importOptions.addDelegates = true;
  const year = positive(options.year, '--year');
  if (year !== undefined) importOptions.year = year;
  await withStoreOrScratch(options.db, !options.dryRun, async (ctx) => {
    const sheet: ImportSheet = await call(ctx, 'import.read', { set, fileName, contentBase64: bytes.toString('base64'), sheet: options.sheet, headerRow });
    const input = { set, options: importOptions, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows };
    const check = await call(ctx, 'import.preview', input);
    const blocked = check.counts.errors > 0 && !options.skipInvalid;
    let created = check.counts.create;
    let updated = check.counts.update;
    if (!options.dryRun && !blocked && check.counts.valid > 0) {
      const batch = await call(ctx, 'import.commit', { ...input, fileName, sheet: sheet.sheet, headerRow: sheet.headerRow, skipInvalid: !!options.skipInvalid });
      created = batch.created;
      updated = batch.updated;
    } else if (!options.dryRun) {
      created = 0;
      updated = 0;
    }
    const unit = RECORD_SET_UNITS[set];
    const writes = `新增 ${created} ${unit}${updated ? `，更新 ${updated} ${unit}` : ''}`;
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
      const c = check.counts;
      io.out(`文件：${sheet.fileName}\u3000工作表：${sheet.sheet}\u3000表头：第 ${sheet.headerRow} 行`);
      io.out(`数据 ${c.rows} 行：无错误 ${c.valid} 行（其中有提醒 ${c.warnings} 行），有错误 ${c.errors} 行；新增 ${c.create}，${c.update ? `更新 ${c.update}，` : ''}已有（无变化）${c.unchanged}`);
      for (const r of check.rows) {
        for (const i of r.issues) io.out(`  第 ${r.row} 行「${i.column}」${i.level === 'error' ? '错误' : '提醒'}：${i.message}`);
      }
      io.out(
        blocked
          ? `有 ${c.errors} 行存在错误，未导入任何数据。改正后重试，或加 --skip-invalid 只导入无错误的行。`
          : options.dryRun
            ? `检查完成（--dry-run，未写入）：将${writes}。`
            : `导入完成：${writes}。`,
      );
    }
    if (blocked) throw new CliExit(1);
  });
}

export function importCommand(parent: Command, io: CliIo, set: RecordSet): Command {
  return progressOption(parent
    .command('import')
    .description(`从 Excel（.xlsx/.xls）或 CSV 文件导入${RECORD_SET_TITLES[set]}`)
    .argument('<file>', '要导入的文件')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--dry-run', '只检查，不写入')
    .option('--skip-invalid', '跳过有错误的行，导入其余行（默认：有任何错误行就不导入）')
    .option('--json', '以 JSON 输出结果')
    .option('--sheet <name>', '工作表名称（默认自动识别）')
    .option('--header-row <n>', '表头所在行号（默认自动识别）'));
}

export function importAction(io: CliIo, set: RecordSet) {
  return async (file: string, options: ImportCliOptions) => {
    try {
      await withCliProgress(io, options.progress, () => runImport(io, set, file, options));
    } catch (error) {
      if (error instanceof CliExit) throw error;
      throw new CliExit(printCliError(io, error, options.json));
    }
  };
}

export function registerRecordImportCommands(program: Command, io: CliIo): void {
  const area = (name: string) => {
    const found = program.commands.find((c) => c.name() === name);
    if (!found) throw new Error(`CLI area ${name} is not registered`);
    return found;
  };
  const welfare = area('welfare');
  importCommand(welfare, io, 'visits').action(importAction(io, 'visits'));
  const hardship = welfare.commands.find((c) => c.name() === 'hardship') ?? welfare.command('hardship').description('困难职工档案');
  importCommand(hardship, io, 'hardship').action(importAction(io, 'hardship'));
  importCommand(area('disclosure'), io, 'notices').action(importAction(io, 'notices'));
  importCommand(area('activities'), io, 'activities').action(importAction(io, 'activities'));
  importCommand(area('honours'), io, 'honours').action(importAction(io, 'honours'));
  const congress = area('congress');
  importCommand(congress, io, 'motions')
    .requiredOption('--session <id>', '提案属于哪一次会议（届次编号，可用 congress sessions 查看）')
    .option('--add-delegates', '把不在代表名单中的提案人、附议人添加为本届正式代表')
    .action(importAction(io, 'motions'));
  const delegates = congress.commands.find((c) => c.name() === 'delegates') ?? congress.command('delegates').description('教代会代表');
  importCommand(area('dues'), io, 'dues').option('--year <year>', '“月份”一栏只写月（如 3月）时所属的年度，例如 2026').action(importAction(io, 'dues'));
  importCommand(delegates, io, 'delegates').requiredOption('--term <n>', '代表名单属于第几届，例如 5').action(importAction(io, 'delegates'));
}
