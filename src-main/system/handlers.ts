import { backupBytes, backupNow, listBackups } from '../db/backup';
import { schemaVersion } from '../db/migrations';
import { backupFileInFolder, restoreFromBytes, restoreFromFile } from '../db/restore';
import type { AreaHandlers } from '../api/define';

export const systemHandlers: AreaHandlers<'system.'> = {
  'system.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: schemaVersion(ctx.db),
    storePath: ctx.storePath,
    backupDir: ctx.backupDir,
    backups: listBackups(ctx.backupDir, ctx.storePath),
    shell: ctx.shell,
  }),
  'system.backupNow': (ctx) => backupNow(ctx),
  'system.exportBackup': async (ctx) => {
    const { fileName, bytes } = await backupBytes(ctx);
    return { fileName, contentBase64: bytes.toString('base64') };
  },
  'system.restoreBackup': (ctx, input) =>
    'fileName' in input
      ? restoreFromFile(ctx, backupFileInFolder(ctx.backupDir, input.fileName), input.fileName)
      : restoreFromBytes(ctx, Buffer.from(input.contentBase64, 'base64'), input.uploadName),
};
