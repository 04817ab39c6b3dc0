/**
 * The one import wizard of every record set, the member roster included: choose a file → header
 * row and columns → check and fix in place → import. The roster's page and each area's import
 * dialog put it in their frame. Reading, checking and writing a large sheet run as jobs with a
 * progress bar; when the page is left while one runs, the wizard's state is kept (left-imports.ts)
 * and on the next visit it opens again at that step and follows the job to its end.
 */
import { App, Button, Checkbox, Result, Spin, Steps } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { GridRow } from '../../shared/import/grid';
import { RECORD_SET_TITLES, type ImportCheck, type ImportOptions, type ImportSheet, type RecordImportBatch, type RecordSet } from '../../shared/import/schema';
import { errorMessage } from '../components/form-errors';
import { JobProgress } from '../jobs/JobProgress';
import { isCancelled, JOB_FROM_BASE64_CHARS, JOB_FROM_ROWS, useJob } from '../jobs/useJob';
import { readAsBase64, sizeProblem } from './file';
import { forgetLeftImport, importJobKey, keepLeftImport, type LeftImport } from './left-imports';
import { MappingPane } from './MappingPane';
import { ReviewPane, type ReviewFilter } from './ReviewPane';
import { UploadPane } from './UploadPane';
import { withEdit } from './wizard-rows';
import { resultLine } from './wizard-text';
import './import.css';

/** The page was left while the job ran: it runs on, and nothing is to be said on the page now shown. */
function left(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'LEFT';
}

export interface ImportWizardProps {
  set: RecordSet;
  options: ImportOptions;
  /** Query prefixes to refresh after an import (the area's lists). */
  invalidates: string[];
  /** The wizard as it was left while its job ran: opened again at that step, following the job. */
  resume?: LeftImport | null;
  /** Where the batch list is, said after an import: 在下方“导入记录”中. */
  batchesWhere: string;
  /** The done step's main button (完成, 查看会员花名册). */
  doneButton: { label: string; onClick(): void };
  /** The sheet read, or null when back at the first step: the roster page says it in its sub-title. */
  onSheet?(sheet: ImportSheet | null): void;
  /** In a dialog the review table is shorter, so that its 导入 button stays on a 768-high screen. */
  inDialog?: boolean;
}

export function ImportWizard({ set, options: given, invalidates, resume, batchesWhere, doneButton, onSheet, inDialog = false }: ImportWizardProps) {
  const { message } = App.useApp();
  const title = RECORD_SET_TITLES[set];
  const [step, setStep] = useState(resume?.step ?? 0);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(resume?.file ?? null);
  const [sheet, setSheetState] = useState<ImportSheet | null>(resume?.sheet ?? null);
  const [mapping, setMapping] = useState<Array<string | null>>(resume?.mapping ?? []);
  const [rows, setRows] = useState<GridRow[]>(resume?.rows ?? []);
  const [check, setCheck] = useState<ImportCheck | null>(resume?.check ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [filter, setFilter] = useState<ReviewFilter>(resume?.check?.counts.errors ? 'error' : 'all');
  const [skipInvalid, setSkipInvalid] = useState(resume?.skipInvalid ?? false);
  const [result, setResult] = useState<RecordImportBatch | null>(null);
  // 提案汇总表: proposers and co-signers who are members but not delegates may be added as delegates.
  const [addDelegates, setAddDelegates] = useState(resume?.addDelegates ?? false);
  const options: ImportOptions = set === 'motions' ? { ...given, addDelegates } : given;
  const latest = useRef(0);
  const job = useJob(importJobKey(set));
  const [committing, setCommitting] = useState(false);

  const setSheet = (next: ImportSheet | null) => {
    setSheetState(next);
    onSheet?.(next);
  };

  // Left while a job runs (the page changed): the wizard's state is kept for the page's next visit.
  const snapshot = useRef<LeftImport | null>(null);
  snapshot.current = { step, file, sheet, mapping, rows, check, skipInvalid, addDelegates };
  const jobRunning = useRef(false);
  jobRunning.current = job.progress !== null;
  useEffect(
    () => () => {
      if (jobRunning.current && snapshot.current) keepLeftImport(set, snapshot.current);
    },
    [set],
  );
  useEffect(() => {
    if (resume?.sheet) onSheet?.(resume.sheet);
    if (!resume) return;
    forgetLeftImport(set);
    setBusy('正在继续上次的任务…');
    void job
      .pickUp(['import.read', 'import.preview', 'import.commit'], [...invalidates, 'import.'])
      .then((found) => {
        if (!found) return;
        if (found.kind === 'import.read') loaded(found.output as ImportSheet);
        else if (found.kind === 'import.preview') {
          const checked = found.output as ImportCheck;
          setCheck(checked);
          setFilter(checked.counts.errors ? 'error' : 'all');
          setStep(2);
        } else {
          setResult(found.output as RecordImportBatch);
          setStep(3);
        }
      })
      .catch((e: unknown) => {
        if (!isCancelled(e)) message.error(errorMessage(e));
      })
      .finally(() => setBusy(null));
    // Once, when the wizard is opened again with the state it was left in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const label = (verb: string) => `${verb}${title}：${sheet?.fileName ?? file?.fileName ?? ''}`;

  const reset = () => {
    setStep(0);
    setFile(null);
    setSheet(null);
    setCheck(null);
    setResult(null);
    setError(null);
    setSkipInvalid(false);
  };

  const loaded = (read: ImportSheet) => {
    setSheet(read);
    setMapping(read.mapping);
    setRows(read.rows);
    setCheck(null);
    setStep(1);
  };

  const pick = async (picked: File) => {
    setError(null);
    const problem = sizeProblem(picked);
    if (problem) return setError(problem);
    setBusy(`正在读取“${picked.name}”…`);
    try {
      const f = { fileName: picked.name, contentBase64: await readAsBase64(picked) };
      setFile(f);
      loaded(await job.run('import.read', { set, ...f }, `读取${title}：${picked.name}`, [], f.contentBase64.length > JOB_FROM_BASE64_CHARS));
    } catch (e) {
      if (!isCancelled(e)) setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const reread = async (o: { sheet?: string; headerRow?: number }) => {
    if (!file) return;
    setBusy('正在重新读取…');
    try {
      loaded(await job.run('import.read', { set, ...file, ...o }, label('读取'), [], file.contentBase64.length > JOB_FROM_BASE64_CHARS));
    } catch (e) {
      if (left(e)) return;
      if (isCancelled(e)) message.info('已取消读取，数据未被修改。');
      else message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const runCheck = async (nextRows: GridRow[], first: boolean): Promise<boolean> => {
    if (!sheet) return false;
    const ticket = ++latest.current;
    setBusy('正在检查…');
    try {
      const input = { set, options, headers: sheet.headers, mapping, rows: nextRows };
      // A large sheet is checked as a job (progress, cancel); a small one directly, which answers faster.
      const checked = await job.run('import.preview', input, label('检查'), [], nextRows.length > JOB_FROM_ROWS);
      if (ticket === latest.current) {
        setCheck(checked);
        // The errors first when the sheet is first checked; after a fix the user's filter stays.
        if (first) setFilter(checked.counts.errors ? 'error' : 'all');
      }
      return true;
    } catch (e) {
      if (left(e)) return false;
      if (isCancelled(e)) message.info('已取消检查，数据未被修改。');
      else message.error(errorMessage(e));
      return false;
    } finally {
      if (ticket === latest.current) setBusy(null);
    }
  };

  const doCommit = async () => {
    if (!sheet) return;
    setCommitting(true);
    try {
      const input = { set, options, headers: sheet.headers, mapping, rows, fileName: sheet.fileName, sheet: sheet.sheet, headerRow: sheet.headerRow, skipInvalid };
      setResult(await job.run('import.commit', input, label('导入'), [...invalidates, 'import.'], rows.length > JOB_FROM_ROWS));
      setStep(3);
    } catch (e) {
      if (!isCancelled(e)) message.error(errorMessage(e));
    } finally {
      setCommitting(false);
    }
  };

  let body: ReactNode = null;
  if (step === 0) body = <UploadPane set={set} title={title} busy={busy !== null} error={error} onPick={(f) => void pick(f)} onError={setError} />;
  else if (step === 1 && sheet)
    body = (
      <MappingPane
        sheet={sheet}
        mapping={mapping}
        busy={busy !== null}
        onMapping={setMapping}
        onReread={(o) => void reread(o)}
        onBack={reset}
        onNext={() => void runCheck(rows, true).then((ok) => ok && setStep(2))}
        extra={
          set === 'motions' ? (
            <Checkbox style={{ marginTop: 12 }} checked={addDelegates} onChange={(e) => setAddDelegates(e.target.checked)}>
              把不在代表名单中的提案人、附议人（须是在册会员）添加为本届正式代表
            </Checkbox>
          ) : null
        }
      />
    );
  else if (step === 2 && sheet && check)
    body = (
      <ReviewPane
        set={set}
        sheet={sheet}
        mapping={mapping}
        rows={rows}
        check={check}
        filter={filter}
        skipInvalid={skipInvalid}
        busy={busy !== null}
        committing={committing}
        onFilter={setFilter}
        onSkipInvalid={setSkipInvalid}
        onEdit={(row, column, value) => {
          const edited = withEdit(rows, row, column, value);
          setRows(edited);
          void runCheck(edited, false);
        }}
        onBack={() => setStep(1)}
        onCommit={() => void doCommit()}
        tableHeight={inDialog ? 'max(200px, calc(100vh - 480px))' : 'max(320px, calc(100vh - 380px))'}
      />
    );
  else if (step === 3 && result)
    body = (
      <Result
        status="success"
        title="导入完成"
        subTitle={`${resultLine(set, result)}如有问题，可${batchesWhere}撤销这次导入。`}
        extra={[
          <Button type="primary" key="done" onClick={doneButton.onClick}>
            {doneButton.label}
          </Button>,
          <Button key="again" onClick={reset}>
            继续导入
          </Button>,
        ]}
      />
    );

  return (
    <div>
      <Steps
        size="small"
        current={step}
        status={step === 3 ? 'finish' : 'process'}
        style={{ marginBottom: 16 }}
        items={[{ title: '选择文件' }, { title: '表头与列' }, { title: '检查与修改' }, { title: '完成' }]}
      />
      {job.progress ? (
        <div style={{ marginBottom: 16 }}>
          <JobProgress job={job.progress} onCancel={() => void job.cancel()} cancelRefused={job.cancelRefused} />
        </div>
      ) : null}
      <Spin spinning={busy !== null && !job.progress && !committing && step !== 2} tip={busy ?? undefined}>
        {body}
      </Spin>
    </div>
  );
}
