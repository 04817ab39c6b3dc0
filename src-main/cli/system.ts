/**
 * `system backup | backups | restore`: the store's backups from the command line, through the same
 * dispatch as the app. Backup and restore take the one-writer lock; listing may run beside the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/api/errors';
import { bootServices, closeServices } from '../app/boot';
import type { AppContext } from '../api/context';
import { call, type CliIo } from './io';
import { withStore } from './store';

interface BackupRow {
  fileName: string;
  createdAt: string;
  sizeBytes: number;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

async function withWriter<T>(storePath: string, run: (ctx: AppContext) => Promise<T>): Promise<T> {
  if (!fs.existsSync(storePath)) throw new AppError('FILE', `找不到数据文件：${path.resolve(storePath)}。请检查 --db 后的路径。`);
  // No start-up backup here: the command itself is the backup, or makes its own safety copy.
  const ctx = await bootServices({ storePath, shell: 'browser', kind: 'cli', backup: false });
  try {
    return await run(ctx);
  } finally {
    closeServices(ctx);
  }
}

export function registerSystemCommands(program: Command, io: CliIo): Command {
  const system = program.command('system').description('数据文件与备份');

  system
    .command('backups')
    .description('列出数据文件的备份')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--json', '以 JSON 输出')
    .action(async (options: { db: string; json?: boolean }) => {
      await withStore(options.db, false, async (ctx) => {
        const info = (await call(ctx, 'system.info', undefined)) as { backupDir: string; backups: BackupRow[] };
        if (options.json) {
          io.out(JSON.stringify(info.backups));
          return;
        }
        io.out(`备份文件夹：${info.backupDir}\u3000共 ${info.backups.length} 份`);
        for (const b of info.backups) io.out([b.fileName, b.createdAt, sizeText(b.sizeBytes)].join('\t'));
      });
    });

  system
    .command('backup')
    .description('立即备份数据文件')
    .requiredOption('--db <file>', '数据文件路径')
    .action(async (options: { db: string }) => {
      await withWriter(options.db, async (ctx) => {
        const made = (await call(ctx, 'system.backupNow', undefined)) as BackupRow;
        io.out(`已备份：${path.join(ctx.backupDir, made.fileName)}（${sizeText(made.sizeBytes)}）`);
      });
    });

  system
    .command('restore')
    .description('从备份恢复数据文件（恢复前会先把当前数据另存为一份备份）')
    .argument('<backup>', '备份文件夹中的备份名称，或另一个备份文件的路径')
    .requiredOption('--db <file>', '数据文件路径')
    .action(async (backup: string, options: { db: string }) => {
      await withWriter(options.db, async (ctx) => {
        const inFolder = path.basename(backup) === backup && fs.existsSync(path.join(ctx.backupDir, backup));
        let input: unknown;
        if (inFolder) input = { fileName: backup };
        else {
          let bytes: Buffer;
          try {
            bytes = fs.readFileSync(backup);
          } catch {
            throw new AppError('FILE', `找不到备份文件：${path.resolve(backup)}`);
          }
          input = { uploadName: path.basename(backup), contentBase64: bytes.toString('base64') };
        }
        const result = (await call(ctx, 'system.restoreBackup', input)) as { safetyCopy: BackupRow };
        io.out(`已从“${path.basename(backup)}”恢复。恢复前的数据已另存为：${result.safetyCopy.fileName}`);
      });
    });
  return system;
}
