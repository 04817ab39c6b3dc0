/**
 * The built-in job kinds: each runs its method's handler, unchanged, with the progress sink
 * installed, so the reader, checker and writer loops report their steps. A new kind (the district
 * import of many files) registers here the same way, or with a function of its own.
 */
import type { JobKind } from '../../shared/jobs/kinds';
import { withProgress, type JobPhase } from '../../shared/jobs/progress';
import type { Handler } from '../api/define';
import { handlers } from '../api/handlers';
import { registerJobKind } from './registry';

function handlerJob<K extends JobKind>(kind: K, firstPhase: JobPhase): void {
  registerJobKind(kind, {
    firstPhase,
    run: (ctx, input, progress, signal) => {
      const handler = handlers[kind] as unknown as Handler<K>;
      return withProgress(progress, signal, () => {
        progress({ phase: firstPhase, done: 0, total: null, message: null });
        return handler(ctx, input);
      });
    },
  });
}

handlerJob('import.read', '读取');
handlerJob('import.preview', '检查');
handlerJob('import.commit', '检查');
handlerJob('report.ledger', '导出');
handlerJob('roster.export', '导出');
handlerJob('system.backupNow', '备份');
handlerJob('system.exportBackup', '备份');
handlerJob('system.restoreBackup', '恢复');
handlerJob('district.receive.preview', '检查');
handlerJob('district.receive.commit', '读取');
handlerJob('honours.export', '导出');
handlerJob('activities.export', '导出');
handlerJob('congress.export', '导出');
handlerJob('congress.delegates.export', '导出');
handlerJob('welfare.export', '导出');
handlerJob('welfare.hardship.export', '导出');
handlerJob('dues.export', '导出');
handlerJob('disclosure.register.export', '导出');
handlerJob('district.export.summary', '导出');
handlerJob('district.export.hardship', '导出');
handlerJob('district.export.motions', '导出');
handlerJob('district.send', '导出');
