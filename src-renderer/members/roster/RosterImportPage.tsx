/**
 * 导入花名册: upload → header row and columns → check and fix in place → import, then the list of
 * past imports, each of which can be undone as a whole.
 */
import { App, Button, Card, Result, Steps } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ImportField } from '../../../shared/members/roster/fields';
import type { GridRow, ImportBatch, RosterCheck, RosterSheet } from '../../../shared/members/roster/schema';
import { JobProgress } from '../../jobs/JobProgress';
import { isCancelled, JOB_FROM_BASE64_CHARS, JOB_FROM_ROWS, useJob } from '../../jobs/useJob';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../components/form-errors';
import { BatchList } from './BatchList';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import { UploadStep, type PickedFile } from './UploadStep';
import '../../import/import.css';

type Step = 0 | 1 | 2 | 3;


function withEdit(rows: GridRow[], rowNumber: number, column: number, value: string): GridRow[] {
  return rows.map((r) => {
    if (r.row !== rowNumber) return r;
    const cells = [...r.cells];
    while (cells.length <= column) cells.push('');
    cells[column] = value;
    // What the user typed is text, whatever the cell was before.
    return { ...r, cells, numeric: r.numeric?.filter((c) => c !== column), merged: r.merged?.filter((c) => c !== column) };
  });
}

export function RosterImportPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [sheet, setSheet] = useState<RosterSheet | null>(null);
  const [mapping, setMapping] = useState<Array<ImportField | null>>([]);
  const [rows, setRows] = useState<GridRow[]>([]);
  const [check, setCheck] = useState<RosterCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportBatch | null>(null);
  const latest = useRef(0);
  const job = useJob();
  const [committing, setCommitting] = useState(false);

  const loaded = (picked: PickedFile, read: RosterSheet) => {
    setFile(picked);
    setSheet(read);
    setMapping(read.mapping);
    setRows(read.rows);
    setCheck(null);
    setStep(1);
  };

  const reread = async (options: { sheet?: string; headerRow?: number }) => {
    if (!file) return;
    setBusy(true);
    try {
      loaded(file, await job.run('roster.read', { ...file, ...options }, `读取花名册：${file.fileName}`, [], file.contentBase64.length > JOB_FROM_BASE64_CHARS));
    } catch (e) {
      if (isCancelled(e)) message.info('已取消读取，数据未被修改。');
      else message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const runCheck = async (nextRows: GridRow[]): Promise<boolean> => {
    if (!sheet) return false;
    const ticket = ++latest.current;
    setBusy(true);
    try {
      const input = { headers: sheet.headers, mapping, rows: nextRows };
      // A large sheet is checked as a job (progress, cancel, the window keeps answering); a small one directly.
      const checked = await job.run('roster.preview', input, `检查花名册：${sheet.fileName}`, [], nextRows.length > JOB_FROM_ROWS);
      if (ticket === latest.current) setCheck(checked);
      return true;
    } catch (e) {
      if (isCancelled(e)) message.info('已取消检查，数据未被修改。');
      else message.error(errorMessage(e));
      return false;
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  };

  const edit = (rowNumber: number, column: number, value: string) => {
    const next = withEdit(rows, rowNumber, column, value);
    setRows(next);
    void runCheck(next);
  };

  const doCommit = async (skipInvalid: boolean) => {
    if (!sheet) return;
    setCommitting(true);
    try {
      const batch = await job.run('roster.commit', {
        headers: sheet.headers,
        mapping,
        rows,
        fileName: sheet.fileName,
        sheet: sheet.sheet,
        headerRow: sheet.headerRow,
        skipInvalid,
      }, `导入花名册：${sheet.fileName}`, ['members.', 'roster.'], rows.length > JOB_FROM_ROWS);
      setResult(batch);
      setStep(3);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setCommitting(false);
    }
  };

  const restart = () => {
    setFile(null);
    setSheet(null);
    setCheck(null);
    setResult(null);
    setStep(0);
  };

  return (
    <div>
      <PageHeader
        title="导入花名册"
        subtitle={sheet ? `${sheet.fileName}${sheet.format === 'xlsx' ? ` · 工作表“${sheet.sheet}” · 表头在第 ${sheet.headerRow} 行` : ''}` : '从 Excel 或 CSV 花名册批量添加、更新会员'}
        extra={<Button onClick={() => navigate('/members')}>返回会员花名册</Button>}
      />
      <Steps
        current={step}
        status={step === 3 ? 'finish' : 'process'}
        style={{ marginBottom: 24 }}
        items={[{ title: '选择文件' }, { title: '表头与列' }, { title: '检查与修改' }, { title: '完成' }]}
      />
      <Card>
        {step > 0 && job.progress ? (
          <div style={{ marginBottom: 16 }}>
            <JobProgress job={job.progress} onCancel={() => void job.cancel()} cancelRefused={job.cancelRefused} />
          </div>
        ) : null}
        {step === 0 ? <UploadStep onRead={loaded} /> : null}
        {step === 1 && sheet ? (
          <MappingStep
            sheet={sheet}
            mapping={mapping}
            busy={busy}
            onMapping={setMapping}
            onReread={(o) => void reread(o)}
            onBack={restart}
            onNext={() => {
              void runCheck(rows).then((ok) => ok && setStep(2));
            }}
          />
        ) : null}
        {step === 2 && sheet && check ? (
          <ReviewStep
            headers={sheet.headers}
            mapping={mapping}
            rows={rows}
            check={check}
            busy={busy}
            committing={committing}
            onEdit={edit}
            onBack={() => setStep(1)}
            onCommit={(skip) => void doCommit(skip)}
          />
        ) : null}
        {step === 3 && result ? (
          <Result
            status="success"
            title="导入完成"
            subTitle={`新增 ${result.created} 人，更新 ${result.updated} 人，无变化 ${result.unchanged} 人${result.skipped ? `，跳过有错误的 ${result.skipped} 行` : ''}。如有问题，可在下方“导入记录”中撤销这次导入。`}
            extra={[
              <Button type="primary" key="list" onClick={() => navigate('/members')}>
                查看会员花名册
              </Button>,
              <Button key="again" onClick={restart}>
                继续导入
              </Button>,
            ]}
          />
        ) : null}
      </Card>
      <BatchList />
    </div>
  );
}
