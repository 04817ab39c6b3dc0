import type { Command } from 'commander';
import { writeDownload, type CliIo } from './io';
import { call, optionNumber } from './call';
import { withStore } from './store';

export function registerCongressCommands(program: Command, io: CliIo): Command {
  const congress = program.command('congress').description('教代会（提案、票决）');

  congress
    .command('export')
    .description('导出某一届次的提案汇总表（xlsx）')
    .argument('<file>', '输出文件路径（.xlsx）')
    .requiredOption('--db <file>', '数据文件路径')
    .requiredOption('--session <id>', '届次编号（可用 congress sessions 查看）')
    .action(async (file: string, options: { db: string; session: string }) => {
      await withStore(options.db, false, async (ctx) => {
        const download = await call(ctx, 'congress.export', { sessionId: optionNumber(options.session)! });
        const target = writeDownload(file, download);
        io.out(`已导出提案汇总表：${target}`);
      });
    });

  congress
    .command('sessions')
    .description('列出届次及其编号')
    .requiredOption('--db <file>', '数据文件路径')
    .action(async (options: { db: string }) => {
      await withStore(options.db, false, async (ctx) => {
        const sessions = await call(ctx, 'congress.sessions.list', {});
        if (sessions.length === 0) io.out('还没有登记任何届次');
        for (const s of sessions) io.out([s.id, s.name, `提案 ${s.motionCount} 件`, `未办结 ${s.openCount} 件`].join('\t'));
      });
    });
  return congress;
}
