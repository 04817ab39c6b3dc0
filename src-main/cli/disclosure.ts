import type { Command } from 'commander';
import { AppError } from '../../shared/api/errors';
import { writeDownload, type CliIo } from './io';
import { call, optionNumber } from './call';
import { withStore } from './store';

export function registerDisclosureCommands(program: Command, io: CliIo): Command {
  const disclosure = program.command('disclosure').description('校务公开');

  disclosure
    .command('export')
    .description('导出校务公开台账（xlsx）')
    .argument('<file>', '要写入的 xlsx 文件路径')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--year <year>', '只导出某一年度（按发布日期），例如 2026')
    .action(async (file: string, options: { db: string; year?: string }) => {
      const year = optionNumber(options.year);
      if (!file.toLowerCase().endsWith('.xlsx')) throw new AppError('VALIDATION', `导出文件应以 .xlsx 结尾：${file}`);
      await withStore(options.db, false, async (ctx) => {
        const out = await call(ctx, 'disclosure.register.export', { year });
        const target = writeDownload(file, out);
        // The register's own list under the same filter: what the workbook holds.
        const count = (await call(ctx, 'disclosure.notices.list', { year })).rows.length;
        io.out(`已导出校务公开台账${year ? `（${year}年）` : ''}：${count} 则公示 → ${target}`);
      });
    });
  return disclosure;
}
