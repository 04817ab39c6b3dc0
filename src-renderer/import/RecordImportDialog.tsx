/**
 * The import wizard of every record set (慰问登记表, 代表名单…): choose a file → header row and
 * columns → check and fix in place → import. The same steps as the roster's, in a dialog opened
 * from the area's page next to its 导出 button.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Form, Modal, Result, Segmented, Select, Space, Spin, Statistic, Steps, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GridRow } from '../../shared/import/grid';
import { RECORD_SET_TITLES, type ImportCheck, type ImportCheckedRow, type ImportOptions, type ImportSheet, type RecordImportBatch, type RecordSet } from '../../shared/import/schema';
import { useApi } from '../api/context';
import { JobProgress } from '../jobs/JobProgress';
import { isCancelled, JOB_FROM_BASE64_CHARS, JOB_FROM_ROWS, useJob } from '../jobs/useJob';
import { saveDownload } from '../api/platform';
import { errorMessage } from '../components/form-errors';
import { EditableCell } from './EditableCell';
import { forgetLeftImport, importJobKey, keepLeftImport, type LeftImport } from './left-imports';
import { readAsBase64, sizeProblem } from './file';
import './import.css';

interface Props {
  set: RecordSet;
  open: boolean;
  options: ImportOptions;
  /** What the import goes into, said in the title: 第五届. */
  target?: string;
  /** Query prefixes to refresh after an import (the area's lists). */
  invalidates: string[];
  onClose(): void;
  /** The wizard as it was left while its job ran: opened again at that step, following the job. */
  resume?: LeftImport | null;
}

type Filter = 'all' | 'error' | 'warning' | 'unchanged';

function letter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function withEdit(rows: GridRow[], rowNumber: number, column: number, value: string): GridRow[] {
  return rows.map((r) => {
    if (r.row !== rowNumber) return r;
    const cells = [...r.cells];
    while (cells.length <= column) cells.push('');
    cells[column] = value;
    return { ...r, cells, numeric: r.numeric?.filter((c) => c !== column), merged: r.merged?.filter((c) => c !== column) };
  });
}

const STATUS_TAG: Record<ImportCheckedRow['status'], { color: string; text: string }> = {
  valid: { color: 'green', text: '可导入' },
  warning: { color: 'orange', text: '有提醒' },
  error: { color: 'red', text: '有错误' },
};

export function RecordImportDialog({ set, open, options: given, target, invalidates, onClose, resume }: Props) {
  const api = useApi();
  const { message } = App.useApp();
  const title = RECORD_SET_TITLES[set];
  const [step, setStep] = useState(resume?.step ?? 0);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(resume?.file ?? null);
  const [sheet, setSheet] = useState<ImportSheet | null>(resume?.sheet ?? null);
  const [mapping, setMapping] = useState<Array<string | null>>(resume?.mapping ?? []);
  const [rows, setRows] = useState<GridRow[]>(resume?.rows ?? []);
  const [check, setCheck] = useState<ImportCheck | null>(resume?.check ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [skipInvalid, setSkipInvalid] = useState(resume?.skipInvalid ?? false);
  const [result, setResult] = useState<RecordImportBatch | null>(null);
  // 提案汇总表: proposers and co-signers who are members but not delegates may be added as delegates.
  const [addDelegates, setAddDelegates] = useState(resume?.addDelegates ?? false);
  const options: ImportOptions = set === 'motions' ? { ...given, addDelegates } : given;
  const latest = useRef(0);
  const job = useJob(importJobKey(set));
  const [committing, setCommitting] = useState(false);

  // Left while a job runs (the page changed): the wizard's state is kept, and on the page's next
  // visit the wizard opens again at this step and follows the job to its end.
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
      if (isCancelled(e)) message.info('已取消读取，数据未被修改。');
      else message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const runCheck = async (nextRows: GridRow[]): Promise<boolean> => {
    if (!sheet) return false;
    const ticket = ++latest.current;
    setBusy('正在检查…');
    try {
      const input = { set, options, headers: sheet.headers, mapping, rows: nextRows };
      // A large sheet is checked as a job (progress, cancel); a small one directly, which answers faster.
      const checked = await job.run('import.preview', input, label('检查'), [], nextRows.length > JOB_FROM_ROWS);
      if (ticket === latest.current) {
        setCheck(checked);
        setFilter(checked.counts.errors ? 'error' : 'all');
      }
      return true;
    } catch (e) {
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

  const fieldLabel = (field: string | null) => sheet?.fields.find((f) => f.field === field)?.label ?? '';
  const missing = sheet ? sheet.fields.filter((f) => f.required && !mapping.includes(f.field)) : [];
  const duplicated = sheet ? sheet.fields.filter((f) => mapping.filter((m) => m === f.field).length > 1) : [];

  const uploadStep = (
    <div>
      <Upload.Dragger
        accept=".xlsx,.xlsm,.xls,.et,.csv,.txt"
        multiple={false}
        showUploadList={false}
        beforeUpload={(f) => {
          void pick(f);
          return Upload.LIST_IGNORE;
        }}
        aria-label={`选择${title}文件`}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击选择{title}文件，或把文件拖到这里</p>
        <p className="ant-upload-hint">支持 Excel 工作簿（.xlsx、旧版 .xls）和 CSV 文件（UTF-8 或 GBK 编码均可）。</p>
      </Upload.Dragger>
      {error ? <Alert style={{ marginTop: 16 }} type="error" showIcon message="无法导入该文件" description={error} /> : null}
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }} wrap gap={8}>
        <Typography.Text type="secondary">表格上方可以有标题行，程序会自动找到表头；合并的单元格会分给所覆盖的每一行。</Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => {
            api
              .call('import.template', { set })
              .then(saveDownload)
              .catch((e: unknown) => setError(errorMessage(e)));
          }}
        >
          下载导入模板
        </Button>
      </Flex>
    </div>
  );

  const mappingStep = sheet ? (
    <div>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        {sheet.sheets.length > 1 ? (
          <Form.Item label="工作表">
            <Select
              style={{ width: 200 }}
              value={sheet.sheet}
              aria-label="工作表"
              onChange={(name: string) => void reread({ sheet: name })}
              options={sheet.sheets.map((s) => ({ value: s.name, label: s.name }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item label="表头所在行">
          <Select
            style={{ width: 380 }}
            value={sheet.headerRow}
            aria-label="表头所在行"
            onChange={(row: number) => void reread({ sheet: sheet.sheet, headerRow: row })}
            options={sheet.topRows.map((r) => ({ value: r.row, label: `第 ${r.row} 行：${r.cells.filter((c) => c.trim()).slice(0, 6).join(' ').slice(0, 50) || '（空）'}` }))}
          />
        </Form.Item>
        <Form.Item>
          <Space size={4}>
            <Tag>{sheet.format === 'csv' ? `CSV（${sheet.encoding ?? ''}）` : sheet.format === 'xls' ? '旧版 Excel（.xls）' : 'Excel 工作簿'}</Tag>
            <Tag>表头下共 {sheet.rows.length} 行</Tag>
          </Space>
        </Form.Item>
      </Form>
      {sheet.stoppedAtRow ? (
        <Alert style={{ marginBottom: 12 }} type="info" showIcon message={`第 ${sheet.stoppedAtRow} 行之前已连续 1000 行为空，其后的空白格式行不再读取。`} />
      ) : null}
      {missing.length ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="error"
          showIcon
          message={`没有找到“${missing.map((f) => f.label).join('、')}”列`}
          description="请在下表中为这些列选择对应的字段；如果表头不在所选的行，请先更换“表头所在行”。"
        />
      ) : null}
      {duplicated.length ? (
        <Alert style={{ marginBottom: 12 }} type="error" showIcon message={`“${duplicated.map((f) => f.label).join('、')}”被选给了多列，每个字段只能对应一列。`} />
      ) : null}
      <Table
        rowKey="index"
        size="small"
        pagination={false}
        scroll={{ y: 300 }}
        dataSource={sheet.headers.map((header, index) => ({
          index,
          header,
          samples: sheet.rows.slice(0, 40).map((r) => r.cells[index] ?? '').filter((v) => v.trim() !== '').slice(0, 3),
        }))}
        columns={[
          { title: '列', dataIndex: 'index', width: 50, render: (i: number) => letter(i) },
          { title: '表头', dataIndex: 'header', width: 160 },
          { title: '示例数据', dataIndex: 'samples', ellipsis: true, render: (s: string[]) => <Typography.Text type="secondary">{s.join('，') || '（空）'}</Typography.Text> },
          {
            title: '导入为',
            key: 'field',
            width: 190,
            render: (_: unknown, row: { index: number; header: string }) => (
              <Select
                style={{ width: 170 }}
                value={mapping[row.index] ?? ''}
                aria-label={`“${row.header}”列导入为`}
                options={[{ value: '', label: '不导入' }, ...sheet.fields.map((f) => ({ value: f.field, label: f.required ? `${f.label}（必选）` : f.label }))]}
                onChange={(v: string) => {
                  const next = [...mapping];
                  next[row.index] = v === '' ? null : v;
                  setMapping(next);
                }}
              />
            ),
          },
        ]}
      />
      {set === 'motions' ? (
        <Checkbox style={{ marginTop: 12 }} checked={addDelegates} onChange={(e) => setAddDelegates(e.target.checked)}>
          把不在代表名单中的提案人、附议人（须是在册会员）添加为本届正式代表
        </Checkbox>
      ) : null}
      <Flex justify="space-between" style={{ marginTop: 16 }}>
        <Button onClick={reset}>重新选择文件</Button>
        <Button type="primary" disabled={missing.length > 0 || duplicated.length > 0} loading={busy !== null} onClick={() => void runCheck(rows).then((ok) => ok && setStep(2))}>
          下一步：检查数据
        </Button>
      </Flex>
    </div>
  ) : null;

  const view = useMemo(() => {
    if (!check) return [];
    const grid = new Map(rows.map((r) => [r.row, r]));
    return check.rows
      .filter((r) => (filter === 'all' ? true : filter === 'unchanged' ? r.action === 'unchanged' : r.status === filter))
      .map((checked) => ({ checked, grid: grid.get(checked.row) ?? { row: checked.row, cells: [] } }));
  }, [check, rows, filter]);

  const mapped = mapping.map((field, index) => ({ field, index })).filter((m): m is { field: string; index: number } => m.field !== null);
  type ViewRow = (typeof view)[number];
  const reviewColumns: ColumnsType<ViewRow> = [
    { title: '行', key: 'row', width: 56, fixed: 'left', render: (_: unknown, v) => v.checked.row },
    {
      title: '状态',
      key: 'status',
      width: 86,
      fixed: 'left',
      render: (_: unknown, v) => (v.checked.action === 'unchanged' ? <Tag>已有，跳过</Tag> : <Tag color={STATUS_TAG[v.checked.status].color}>{STATUS_TAG[v.checked.status].text}</Tag>),
    },
    ...mapped.map(({ field, index }) => ({
      title: sheet?.headers[index] ?? fieldLabel(field),
      key: `c${index}`,
      width: 120,
      render: (_: unknown, v: ViewRow) => {
        const value = v.grid.cells[index] ?? '';
        return (
          <EditableCell
            value={value}
            shown={value}
            label={`第 ${v.checked.row} 行${fieldLabel(field)}`}
            issues={v.checked.issues.filter((i) => i.field === field)}
            onChange={(next) => {
              const edited = withEdit(rows, v.checked.row, index, next);
              setRows(edited);
              void runCheck(edited);
            }}
          />
        );
      },
    })),
    {
      title: '问题与结果',
      key: 'issues',
      width: 360,
      render: (_: unknown, v) =>
        v.checked.issues.length ? (
          <ul className="roster-changes" style={{ whiteSpace: 'normal', maxWidth: 360 }}>
            {v.checked.issues.map((i, n) => (
              <li key={n}>
                <Typography.Text type={i.level === 'error' ? 'danger' : 'warning'}>
                  {i.column}：{i.message}
                </Typography.Text>
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary" style={{ whiteSpace: 'normal' }}>
            {v.checked.summary}
          </Typography.Text>
        ),
    },
  ];

  const counts = check?.counts;
  const reviewStep =
    check && counts ? (
      <div>
        <Flex gap={32} style={{ marginBottom: 12 }} wrap>
          <Statistic title="数据行" value={counts.rows} />
          <Statistic title="将新增" value={counts.create} valueStyle={{ color: '#389e0d' }} />
          <Statistic title="已有（跳过）" value={counts.unchanged} />
          <Statistic title="有提醒" value={counts.warnings} valueStyle={{ color: '#d46b08' }} />
          <Statistic title="有错误" value={counts.errors} valueStyle={{ color: counts.errors ? '#cf1322' : undefined }} />
          {counts.skipped ? <Statistic title="空行/合计行" value={counts.skipped} /> : null}
        </Flex>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }} wrap gap={8}>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: `全部 ${counts.rows}` },
              { value: 'error', label: `有错误 ${counts.errors}` },
              { value: 'warning', label: `有提醒 ${counts.warnings}` },
              { value: 'unchanged', label: `已有 ${counts.unchanged}` },
            ]}
          />
          <Typography.Text type="secondary">点击单元格可直接修改，改后自动重新检查。</Typography.Text>
        </Flex>
        <Table<ViewRow>
          rowKey={(v) => v.checked.row}
          size="small"
          columns={reviewColumns}
          dataSource={view}
          scroll={{ x: 'max-content', y: 300 }}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: '没有符合条件的行' }}
        />
        {counts.errors ? (
          <Alert
            style={{ marginTop: 12 }}
            type="error"
            showIcon
            message={`有 ${counts.errors} 行存在错误。改正后再导入，或勾选“只导入无错误的行”。`}
            action={
              <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)}>
                只导入无错误的行
              </Checkbox>
            }
          />
        ) : null}
        <Flex justify="space-between" style={{ marginTop: 16 }}>
          <Button onClick={() => setStep(1)}>上一步</Button>
          <Button
            type="primary"
            loading={committing}
            disabled={busy !== null || counts.create === 0 || (counts.errors > 0 && !skipInvalid)}
            onClick={() => void doCommit()}
          >
            导入 {counts.create} 条
          </Button>
        </Flex>
      </div>
    ) : null;

  return (
    <Modal
      open={open}
      width={1180}
      title={`导入${title}${target ? `（${target}）` : ''}`}
      footer={null}
      destroyOnHidden
      maskClosable={false}
      onCancel={() => {
        reset();
        onClose();
      }}
    >
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
      <Spin spinning={busy !== null && !job.progress && !committing} tip={busy ?? undefined}>
        {step === 0 ? uploadStep : null}
        {step === 1 ? mappingStep : null}
        {step === 2 ? reviewStep : null}
        {step === 3 && result ? (
          <Result
            status="success"
            title="导入完成"
            subTitle={`新增 ${result.created} 条${result.unchanged ? `，已有 ${result.unchanged} 条未重复导入` : ''}${result.skipped ? `，跳过有错误的 ${result.skipped} 行` : ''}。如有问题，可在“导入记录”中撤销这次导入。`}
            extra={[
              <Button
                type="primary"
                key="close"
                onClick={() => {
                  reset();
                  onClose();
                }}
              >
                完成
              </Button>,
              <Button key="again" onClick={reset}>
                继续导入
              </Button>,
            ]}
          />
        ) : null}
      </Spin>
    </Modal>
  );
}
