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
        const { db } = ctx;
        const out = await call(ctx, 'disclosure.register.export', { year });
        const target = writeDownload(file, out);
        const count = db
          .prepare<{ from: string; to: string }, { n: number }>('SELECT count(*) AS n FROM disclosure_notices WHERE publish_date BETWEEN @from AND @to')
          .get(year ? { from: `${year}-01-01`, to: `${year}-12-31` } : { from: '0000-01-01', to: '9999-12-31' })!.n;
        io.out(`已导出校务公开台账${year ? `（${year}年）` : ''}：${count} 则公示 → ${target}`);
      });
    });
  return disclosure;
}
