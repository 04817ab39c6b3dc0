/**
 * members import / export / template / batches / undo: the roster in and out from the command line.
 * `members import` is the engine's record-set import (record-import.ts). Exit codes: 0 done; 1 the
 * file has error rows and nothing was imported; 2 it could not be read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Download } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import type { Input } from '../../shared/api/contract';
import { formatTimestampCn } from '../../shared/domain/dates';
import { call, optionNumber } from './call';
import { CliExit, printCliError, type CliIo } from './io';
import { withScratchStore, withStore } from './store';
import { importAction, importCommand } from './record-import';

/** Runs a command body; a failure prints one Chinese line (or {"error"} with --json) and exits 2. */
async function guarded(io: CliIo, json: boolean | undefined, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof CliExit) throw error;
    throw new CliExit(printCliError(io, error, json));
  }
}

async function saveDownload(download: Download, file: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.promises.writeFile(file, Buffer.from(download.contentBase64, 'base64'));
}

export function registerRosterCommands(members: Command, io: CliIo): void {
  importCommand(members, io, 'members').action(importAction(io, 'members'));

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
        await saveDownload(await withScratchStore((ctx) => call(ctx, 'import.template', { set: 'members' })), file);
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
        const batches = await withStore(options.db, false, (ctx) => call(ctx, 'import.batches', { set: 'members' }));
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
        const result = await withStore(options.db, true, async (ctx) => {
          // import.undo takes a batch of any record set: `members undo` only undoes the roster's.
          const roster = await call(ctx, 'import.batches', { set: 'members' });
          if (typeof id === 'number' && !roster.some((b) => b.id === id)) throw new AppError('NOT_FOUND', '找不到该导入批次，可能已被删除。');
          return call(ctx, 'import.undo', { id });
        });
        io.out(`已撤销批次 #${id}：删除新增的会员 ${result.removed} 人，恢复字段 ${result.restored} 项${result.kept ? `，${result.kept} 项导入后又被修改过，保留现值` : ''}。`);
      });
    });
}
