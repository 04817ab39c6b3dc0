import { z } from 'zod';
import { downloadOutput, emptyInput } from '../api/common';
import { defineMethods } from '../api/define';

export const backupInfoSchema = z.object({ fileName: z.string(), createdAt: z.string(), sizeBytes: z.number() });

export const systemInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  storePath: z.string(),
  backupDir: z.string(),
  backups: z.array(backupInfoSchema),
  /** 'electron' or 'browser': the renderer shows file dialogs differently. */
  shell: z.enum(['electron', 'browser']),
});
export type SystemInfo = z.infer<typeof systemInfoSchema>;

export const systemContract = defineMethods({
  'system.info': { input: emptyInput, output: systemInfoSchema },
  'system.backupNow': { input: emptyInput, output: backupInfoSchema },
  /** A fresh backup as a file the user saves where they like (a USB stick, a network folder). */
  'system.exportBackup': { input: emptyInput, output: downloadOutput },
  /** Restore from a backup in the backups folder, or from a file the user picked. */
  'system.restoreBackup': {
    input: z.union([
      z.object({ fileName: z.string().min(1).max(200) }),
      z.object({ uploadName: z.string().min(1).max(200), contentBase64: z.string().min(1).max(200 * 1024 * 1024) }),
    ]),
    output: z.object({ safetyCopy: backupInfoSchema }),
  },
});
