import type { Command } from 'commander';
import { AppError } from '../../shared/api/errors';
import { writeDownload, type CliIo } from './io';
import { call, optionNumber } from './call';
import { withStore } from './store';

export function registerWelfareCommands(program: Command, io: CliIo): Command {
  const welfare = program.command('welfare').description('慰问与困难职工档案');

  welfare
    .command('export')
    .description('导出慰问登记表（xlsx）')
    .argument('<file>', '要写入的 .xlsx 文件')
    .requiredOption('--db <file>', '数据文件路径')
    .requiredOption('--year <year>', '年度，例如 2026')
    .action(async (file: string, options: { db: string; year: string }) => {
      if (!file.toLowerCase().endsWith('.xlsx')) throw new AppError('VALIDATION', `文件名应以 .xlsx 结尾：${file}`);
      await withStore(options.db, false, async (ctx) => {
        const download = await call(ctx, 'welfare.export', { year: optionNumber(options.year) });
        const target = writeDownload(file, download);
        io.out(`已导出 ${options.year} 年度慰问登记表：${target}`);
      });
    });
  return welfare;
}
