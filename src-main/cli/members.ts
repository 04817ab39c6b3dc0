import type { Command } from 'commander';
import type { Input } from '../../shared/api/contract';
import { maskResidentId } from '../../shared/domain/resident-id';
import { call } from './call';
import type { CliIo } from './io';
import { withStore } from './store';

export function registerMemberCommands(program: Command, io: CliIo): Command {
  const members = program.command('members').description('会员花名册');

  members
    .command('list')
    .description('列出会员')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--json', '以 JSON 输出（含完整身份证号与电话）')
    .option('--search <text>', '按姓名、拼音首字母、身份证号或电话查找')
    .option('--status <status>', '只列出某一会员状态（在册/调出/退休/退会/去世）')
    .action(async (options: { db: string; json?: boolean; search?: string; status?: string }) => {
      const query = {
        search: options.search,
        // Checked by the contract's schema in dispatch, like any other caller's input.
        statuses: options.status ? ([options.status] as Input<'members.list'>['statuses']) : undefined,
        page: 1,
        pageSize: 500,
      };
      await withStore(options.db, false, async (ctx) => {
        const rows = [];
        for (let page = 1; ; page++) {
          const result = await call(ctx, 'members.list', { ...query, page });
          rows.push(...result.rows);
          if (rows.length >= result.total || result.rows.length === 0) break;
        }
        if (options.json) {
          io.out(JSON.stringify(rows, null, 2));
          return;
        }
        io.out(`共 ${rows.length} 名会员`);
        for (const m of rows) {
          io.out([m.name, m.gender ?? '', m.department ?? '', m.status, maskResidentId(m.idNumber)].join('\t'));
        }
      });
    });
  return members;
}
