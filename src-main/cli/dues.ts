import type { Command } from 'commander';
import { AppError } from '../../shared/api/errors';
import { formatFen } from '../../shared/domain/money';
import { writeDownload, type CliIo } from './io';
import { call, optionNumber } from './call';
import { withStore } from './store';

/** `dues export FILE --year Y` (会费收缴台账) and `dues summary --year Y [--json]`; `dues import` is in record-import.ts. */
export function registerDuesCommands(program: Command, io: CliIo): Command {
  const dues = program.command('dues').description('会费收缴');

  dues
    .command('export')
    .description('导出会费收缴台账（xlsx）')
    .argument('<file>', '要写入的 .xlsx 文件')
    .requiredOption('--db <file>', '数据文件路径')
    .requiredOption('--year <year>', '年度，例如 2026')
    .action(async (file: string, options: { db: string; year: string }) => {
      if (!file.toLowerCase().endsWith('.xlsx')) throw new AppError('VALIDATION', `文件名应以 .xlsx 结尾：${file}`);
      await withStore(options.db, false, async (ctx) => {
        const download = await call(ctx, 'dues.export', { year: optionNumber(options.year) as number });
        const target = writeDownload(file, download);
        io.out(`已导出 ${options.year} 年度会费收缴台账：${target}`);
      });
    });

  dues
    .command('summary')
    .description('显示一年的会费收缴情况：应缴人数、已收金额、欠缴')
    .requiredOption('--db <file>', '数据文件路径')
    .requiredOption('--year <year>', '年度，例如 2026')
    .option('--json', '以 JSON 输出')
    .action(async (options: { db: string; year: string; json?: boolean }) => {
      await withStore(options.db, false, async (ctx) => {
        const ledger = await call(ctx, 'dues.ledger', { year: optionNumber(options.year) as number });
        const t = ledger.totals;
        if (options.json) {
          io.out(JSON.stringify({ year: ledger.year, rule: ledger.rule, throughMonth: ledger.throughMonth, ...t }));
          return;
        }
        io.out(`${ledger.year}年会费收缴：${ledger.rule}`);
        io.out(`应缴会员 ${t.members} 人，已缴 ${t.paidMembers} 人；已收 ${formatFen(t.amountFen)}（${t.payments} 条记录）`);
        io.out(`欠缴 ${t.arrearsMembers} 人，共 ${formatFen(t.arrearsFen)}${t.missingBase ? `；${t.missingBase} 人未填月工资基数` : ''}`);
      });
    });
  return dues;
}
