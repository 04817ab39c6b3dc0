/**
 * `activities export FILE --year N` and `honours export FILE --year N`; their `import` commands are
 * registered with the other record sets (record-import.ts).
 */
import type { Command } from 'commander';
import { AppError } from '../../shared/api/errors';
import { call, optionNumber } from './call';
import { writeDownload, type CliIo } from './io';
import { withStore } from './store';

function exportCommand(parent: Command, io: CliIo, method: 'activities.export' | 'honours.export', what: string): void {
  parent
    .command('export')
    .description(`导出${what}（xlsx）`)
    .argument('<file>', '要写入的 .xlsx 文件')
    .requiredOption('--db <file>', '数据文件路径')
    .requiredOption('--year <year>', '年度，例如 2026')
    .action(async (file: string, options: { db: string; year: string }) => {
      if (!file.toLowerCase().endsWith('.xlsx')) throw new AppError('VALIDATION', `文件名应以 .xlsx 结尾：${file}`);
      await withStore(options.db, false, async (ctx) => {
        const download = await call(ctx, method, { year: optionNumber(options.year) ?? Number.NaN });
        const target = writeDownload(file, download);
        io.out(`已导出 ${options.year} 年度${what}：${target}`);
      });
    });
}

export function registerActivityCommands(program: Command, io: CliIo): void {
  exportCommand(program.command('activities').description('工会活动记录'), io, 'activities.export', '活动记录');
  exportCommand(program.command('honours').description('评优评先记录'), io, 'honours.export', '评优评先记录');
}
