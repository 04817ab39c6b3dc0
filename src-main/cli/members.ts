import type { Command } from 'commander';
import { memberListQuerySchema } from '../../shared/members/schema';
import { AppError } from '../../shared/api/errors';
import { MEMBER_STATUSES } from '../../shared/domain/labels';
import { maskResidentId } from '../../shared/domain/resident-id';
import { listMembers } from '../members/service';
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
      if (options.status && !(MEMBER_STATUSES as readonly string[]).includes(options.status)) {
        throw new AppError('VALIDATION', `会员状态“${options.status}”不正确，只能是 ${MEMBER_STATUSES.join('、')} 之一。`);
      }
      const query = memberListQuerySchema.parse({
        search: options.search,
        statuses: options.status ? [options.status] : undefined,
        page: 1,
        pageSize: 500,
      });
      await withStore(options.db, false, ({ db }) => {
        const rows = [];
        for (let page = 1; ; page++) {
          const result = listMembers(db, { ...query, page });
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
