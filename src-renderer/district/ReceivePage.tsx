/**
 * 接收台账: many schools' ledger files picked or dropped at once. Every file is read and checked
 * (format, year, 校验码, school on the list) and shown — 可接收 or 拒收 with the reason — before
 * anything is saved; 接收 then takes each good file whole, or not at all. Below, every file received
 * this year, the replaced ones with both dates.
 */
import { DeleteOutlined, InboxOutlined } from '@ant-design/icons';
import { JobProgress } from '../jobs/JobProgress';
import { isCancelled, useJob } from '../jobs/useJob';
import { Alert, App, Button, Card, Flex, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReceiveResult, ReceivedFile, SchoolType } from '../../shared/district/schema';
import { blankReceivedFile, SCHOOL_TYPES } from '../../shared/district/schema';
import { useApiQuery } from '../api/hooks';
import { formatTimestampCn } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import { errorMessage } from '../components/form-errors';
import { readAsBase64, sizeProblem } from '../import/file';
import { ReportHistory } from './ReportHistory';
import { forgetLeftReceive, keepLeftReceive, leftReceive, RECEIVE_JOB_KEY, type LeftReceive, type ReadLine } from './left-receive';
import { useDistrictYear } from './useDistrictYear';

export interface Picked {
  key: string;
  fileName: string;
  contentBase64: string | null;
  /** The check's answer; for a file that could not even be read, a local refusal. */
  check: ReceivedFile;
  /** For a school not on the list: add it (with this type), or attach the file to a listed school. */
  target: 'add' | number;
  schoolType?: SchoolType;
  /** After 接收: whether this file was taken. */
  taken?: boolean;
}


function StatusCell({ p }: { p: Picked }) {
  const c = p.check;
  if (p.taken === true) return <Tag color="green">已接收</Tag>;
  if (!c.ok) {
    return (
      <Space direction="vertical" size={2}>
        <Tag color="red">拒收</Tag>
        <Typography.Text type="danger" data-testid="receive-error">
          {c.error}
        </Typography.Text>
      </Space>
    );
  }
  return (
    <Space direction="vertical" size={2}>
      <Tag color={c.newSchool ? 'orange' : 'blue'}>{c.newSchool ? '名单外的学校' : '可接收'}</Tag>
      {c.replaces ? (
        <Typography.Text type="secondary">
          将替换 {formatTimestampCn(c.replaces.receivedAt)} 接收的上一份（{formatTimestampCn(c.replaces.exportedAt)} 生成），上一份保留在记录中
        </Typography.Text>
      ) : null}
    </Space>
  );
}

/** More ledgers than this are checked and taken as a job, with a progress bar and 取消. */
const JOB_FROM_FILES = 3;

export function ReceivePage() {
  const { message } = App.useApp();
  const { year, setYear, options } = useDistrictYear();
  const schools = useApiQuery('district.schools.list', undefined);
  // Checking and taking many ledgers runs as a job with its progress bar; a few files are a direct call.
  // Left while it runs, the page keeps its list and follows the job again on its next visit.
  const job = useJob(RECEIVE_JOB_KEY);
  const [resume] = useState<LeftReceive | null>(() => leftReceive());
  const [receiving, setReceiving] = useState(false);
  const [picked, setPicked] = useState<Picked[]>(resume?.picked ?? []);
  const [checking, setChecking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const counter = useRef(resume?.counter ?? 0);
  // What a running job needs to finish on a later visit: the files read, or the files sent.
  const pending = useRef<LeftReceive['pending']>(null);
  const snapshot = useRef<LeftReceive | null>(null);
  snapshot.current = { year, picked, counter: counter.current, pending: null };
  useEffect(
    () => () => {
      // Only a job started in the background is still there to follow; a direct call's answer is lost with the page.
      if (pending.current && snapshot.current) keepLeftReceive({ ...snapshot.current, pending: pending.current });
    },
    [],
  );

  const applyChecked = (read: ReadLine[], checked: { files: ReceivedFile[] }) => {
    let i = 0;
    const next: Picked[] = read.map((r) => {
      const check = r.contentBase64 === null ? blankReceivedFile(r.fileName, r.problem ?? '') : (checked.files[i++] ?? blankReceivedFile(r.fileName, `“${r.fileName}”没有检查结果`));
      return { key: r.key, fileName: r.fileName, contentBase64: r.contentBase64, check, target: 'add' };
    });
    // A file picked again replaces its earlier line, so one drop of a corrected file just works.
    setPicked((prev) => [...prev.filter((p) => p.taken !== true && !next.some((n) => n.fileName === p.fileName)), ...next]);
  };

  const applyReceived = (keys: string[], result: ReceiveResult) => {
    const byKey = new Map(keys.map((key, index) => [key, result.files[index]]));
    setPicked((prev) =>
      prev.map((p) => {
        const r = byKey.get(p.key);
        return r ? { ...p, check: r, taken: r.ok } : p;
      }),
    );
    if (result.refused) message.warning(`已接收 ${result.taken} 份，${result.refused} 份被拒收（原因见列表）`);
    else message.success(`已接收 ${result.taken} 份台账`);
  };

  useEffect(() => {
    if (!resume) return;
    forgetLeftReceive();
    if (resume.year !== year) setYear(resume.year);
    const left = resume.pending;
    if (!left) return;
    if (left.kind === 'preview') setChecking(`正在检查 ${left.read.filter((r) => r.contentBase64 !== null).length} 份台账…`);
    else setReceiving(true);
    void job
      .pickUp(['district.receive.preview', 'district.receive.commit'], ['district.'])
      .then((found) => {
        if (!found) return;
        if (found.kind === 'district.receive.preview' && left.kind === 'preview') applyChecked(left.read, found.output as { files: ReceivedFile[] });
        if (found.kind === 'district.receive.commit' && left.kind === 'commit') applyReceived(left.keys, found.output as ReceiveResult);
      })
      .catch((e: unknown) => {
        if (!isCancelled(e)) setError(errorMessage(e));
      })
      .finally(() => {
        setChecking(null);
        setReceiving(false);
      });
    // Once, when the page opens again with the list it was left with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const readBatch = async (files: File[]) => {
    setError(null);
    setChecking(`正在读取 ${files.length} 个文件…`);
    try {
      const read: ReadLine[] = await Promise.all(
        files.map(async (f) => {
          const key = `${++counter.current}`;
          const problem = sizeProblem(f);
          if (problem) return { key, fileName: f.name, contentBase64: null, problem };
          try {
            return { key, fileName: f.name, contentBase64: await readAsBase64(f), problem: null };
          } catch (e) {
            return { key, fileName: f.name, contentBase64: null, problem: `“${f.name}”：${errorMessage(e)}` };
          }
        }),
      );
      const readable = read.filter((r) => r.contentBase64 !== null);
      setChecking(`正在检查 ${readable.length} 份台账…`);
      const background = readable.length > JOB_FROM_FILES;
      if (background) pending.current = { kind: 'preview', read };
      const checked = readable.length
        ? await job.run(
            'district.receive.preview',
            { year, files: readable.map((r) => ({ fileName: r.fileName, contentBase64: r.contentBase64 as string })) },
            `检查报送的台账（${readable.length} 份）`,
            [],
            background,
          )
        : { files: [] };
      applyChecked(read, checked);
    } catch (e) {
      if (!isCancelled(e)) setError(errorMessage(e));
    } finally {
      pending.current = null;
      setChecking(null);
    }
  };

  const ready = picked.filter((p) => p.check.ok && p.taken !== true && p.contentBase64);
  const refused = picked.filter((p) => !p.check.ok && p.taken !== true);
  const openSchools = useMemo(() => (schools.data?.schools ?? []).filter((s) => !s.reportedYears.includes(year)), [schools.data, year]);

  const receive = async () => {
    try {
      setReceiving(true);
      const keys = ready.map((p) => p.key);
      const background = ready.length > JOB_FROM_FILES;
      if (background) pending.current = { kind: 'commit', keys };
      const result = await job.run('district.receive.commit', {
        year,
        files: ready.map((p) => ({
          fileName: p.fileName,
          contentBase64: p.contentBase64 as string,
          ...(p.check.newSchool ? (p.target === 'add' ? { addSchool: true, ...(p.schoolType ? { schoolType: p.schoolType } : {}) } : { schoolId: p.target }) : {}),
        })),
      }, `接收台账（${ready.length} 份）`, ['district.'], background);
      applyReceived(keys, result);
    } catch (e) {
      if (!isCancelled(e)) setError(errorMessage(e));
    } finally {
      pending.current = null;
      setReceiving(false);
    }
  };

  const setLine = (key: string, patch: Partial<Picked>) => setPicked((prev) => prev.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  return (
    <div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
          <Typography.Text>接收年度</Typography.Text>
          <Select aria-label="接收年度" value={year} onChange={setYear} options={options} style={{ width: 110 }} disabled={picked.length > 0} />
          <Typography.Text type="secondary">
            {picked.length > 0 ? '清空列表后可改年度。' : '其他年度的台账会被拒收。'}
          </Typography.Text>
        </Flex>
        <Upload.Dragger
          accept=".xlsx"
          multiple
          showUploadList={false}
          disabled={checking !== null}
          beforeUpload={(file: UploadFile & File, list: File[]) => {
            // Called once per file with the whole batch: read the batch once, at its first file.
            if (list[0] === file) void readBatch(list);
            return Upload.LIST_IGNORE;
          }}
          aria-label="选择台账文件"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{checking ?? '点击选择各校报送的年度台账文件（可多选），或把文件一起拖到这里'}</p>
          <p className="ant-upload-hint">文件是学校在“年度台账 → 报送上级工会”中生成的 Excel 工作簿，例如“城关小学-{year}年度台账.xlsx”。先检查、后接收，检查时不会保存任何内容。</p>
        </Upload.Dragger>
        <JobProgress job={job.progress} onCancel={() => void job.cancel()} cancelRefused={job.cancelRefused} />
        {error ? <Alert style={{ marginTop: 12 }} type="error" showIcon message="未能接收" description={error} /> : null}
      </Card>

      {picked.length ? (
        <Card
          size="small"
          title={`检查结果：${picked.length} 个文件`}
          style={{ marginBottom: 16 }}
          extra={
            <Space wrap>
              <Typography.Text type={refused.length ? 'danger' : 'secondary'}>
                可接收 {ready.length} 份{refused.length ? `，拒收 ${refused.length} 份` : ''}
              </Typography.Text>
              <Button onClick={() => setPicked([])}>清空列表</Button>
              <Button type="primary" disabled={ready.length === 0} loading={receiving} onClick={() => void receive()}>
                接收 {ready.length} 份台账
              </Button>
            </Space>
          }
        >
          <Table<Picked>
            rowKey="key"
            size="small"
            dataSource={picked}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            data-testid="receive-table"
            onRow={(p) => ({ 'data-testid': 'receive-row', 'data-status': p.taken ? 'taken' : p.check.ok ? 'ok' : 'refused' }) as React.HTMLAttributes<HTMLElement>}
            scroll={{ x: 1000 }}
            columns={[
              { title: '文件', dataIndex: 'fileName', width: 200, render: (n: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{n}</Typography.Text> },
              {
                title: '学校',
                key: 'school',
                width: 180,
                render: (_: unknown, p) =>
                  p.check.schoolName ? (
                    <Space direction="vertical" size={4} style={{ width: '100%' }}>
                      <span>{p.check.schoolName}</span>
                      {p.check.ok && p.check.newSchool && p.taken !== true ? (
                        <>
                          <Select<'add' | number>
                            size="small"
                            aria-label={`${p.check.schoolName}对应的学校`}
                            value={p.target}
                            onChange={(v) => setLine(p.key, { target: v })}
                            style={{ width: '100%' }}
                            options={[
                              { value: 'add', label: '加入名单（新学校）' },
                              ...openSchools.map((s) => ({ value: s.id, label: `即名单中的“${s.name}”` })),
                            ]}
                          />
                          {p.target === 'add' ? (
                            <Select<SchoolType>
                              size="small"
                              allowClear
                              placeholder="学校类型"
                              aria-label={`${p.check.schoolName}的学校类型`}
                              value={p.schoolType}
                              onChange={(v) => setLine(p.key, { schoolType: v })}
                              options={SCHOOL_TYPES.map((t) => ({ value: t, label: t }))}
                              style={{ width: '100%' }}
                            />
                          ) : null}
                        </>
                      ) : null}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ),
              },
              { title: '生成时间', key: 'exportedAt', width: 120, render: (_: unknown, p) => formatTimestampCn(p.check.exportedAt) },
              {
                title: '主要数字',
                key: 'figures',
                width: 170,
                render: (_: unknown, p) =>
                  p.check.members === null ? null : (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      会员 {p.check.members} 人 · 提案 {p.check.motions ?? 0} 件
                      <br />
                      慰问 {p.check.visits ?? 0} 人次 {formatFen(p.check.amountFen ?? 0)}
                    </Typography.Text>
                  ),
              },
              { title: '检查结果', key: 'status', render: (_: unknown, p) => <StatusCell p={p} /> },
              {
                title: '',
                key: 'remove',
                width: 44,
                render: (_: unknown, p) =>
                  p.taken ? null : (
                    <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={`移出${p.fileName}`} onClick={() => setPicked((prev) => prev.filter((x) => x.key !== p.key))} />
                  ),
              },
            ]}
          />
        </Card>
      ) : null}

      <ReportHistory year={year} />
    </div>
  );
}
