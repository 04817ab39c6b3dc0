/**
 * A page's workbook export as a job: the bar with phase, count and 取消 while it runs (and in the
 * header's indicator), then the save dialog, then “已导出 …”. The page's exports share one key, so
 * an export left running when the user went to another page is found again on return: still
 * running, it is followed and saved when it ends; ended meanwhile, a notice offers to save it.
 */
import { Alert, App, Button } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { Input, Output } from '../../shared/api/contract';
import type { Download } from '../../shared/api/common';
import type { JobKind } from '../../shared/jobs/kinds';
import type { SaveResult } from '../../shared/api/bridge';
import { saveDownload } from '../api/platform';
import { errorMessage } from '../components/form-errors';
import { JobProgress } from './JobProgress';
import { isCancelled, useJob } from './useJob';

/** The job kinds that end with a file to save. */
export type ExportKind = { [K in JobKind]: Output<K> extends Download ? K : never }[JobKind];

export interface ExportJob {
  /** Runs the export, then the save dialog; `running` names the kind meanwhile. */
  run<K extends ExportKind>(kind: K, input: Input<K>, label?: string): Promise<void>;
  running: ExportKind | null;
  /** The progress bar while an export runs, or the notice of one that ended while the page was closed. */
  panel: ReactNode;
}

const savedText = (file: Download, saved: SaveResult) => (saved.path ? `已导出：${saved.path}` : `已导出 ${file.fileName}`);

/** `pageKey` names the page (export:welfare.visits); `kinds` are the exports the page offers. */
export function useExportJob(pageKey: string, kinds: readonly ExportKind[]): ExportJob {
  const job = useJob(pageKey);
  const { message } = App.useApp();
  const [running, setRunning] = useState<ExportKind | null>(null);
  const [waiting, setWaiting] = useState<{ file: Download; label: string } | null>(null);

  const save = async (file: Download) => {
    const saved = await saveDownload(file);
    if (saved.saved) message.success(savedText(file, saved));
  };

  const run = async <K extends ExportKind>(kind: K, input: Input<K>, label?: string) => {
    setRunning(kind);
    setWaiting(null);
    try {
      await save((await job.run(kind, input, label)) as Download);
    } catch (e) {
      if (!isCancelled(e)) message.error(errorMessage(e));
    } finally {
      setRunning(null);
    }
  };

  // On mount: an export of this page that was left running, or ended while the page was closed.
  const kindList = kinds.join(',');
  useEffect(() => {
    let live = true;
    void job
      .pickUp(kindList.split(',') as ExportKind[])
      .then(async (found) => {
        if (!found || !live) return;
        const file = found.output as Download;
        // Watched to its end: saved as a normal export would be. Ended unseen: the user decides.
        if (found.wasRunning) await save(file);
        else setWaiting({ file, label: found.label });
      })
      .catch((e: unknown) => live && !isCancelled(e) && message.error(errorMessage(e)));
    return () => {
      live = false;
    };
    // Once per mount: pickUp hands a job over only once anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pageKey, kindList]);

  const panel = job.progress ? (
    <JobProgress job={job.progress} onCancel={() => void job.cancel()} cancelRefused={job.cancelRefused} />
  ) : waiting ? (
    <Alert
      type="success"
      showIcon
      closable
      onClose={() => setWaiting(null)}
      message={`“${waiting.label}”已在后台完成：${waiting.file.fileName}`}
      action={
        <Button size="small" type="primary" onClick={() => void save(waiting.file).then(() => setWaiting(null))}>
          保存文件
        </Button>
      }
    />
  ) : null;

  return { run, running: running ?? (job.progress ? (job.progress.kind as ExportKind) : null), panel };
}
