/**
 * 校务公开栏: numbered issues grouping notices for the board, and the editor of one issue.
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Empty, Form, InputNumber, Row, Space, Spin, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { formatDateCn } from '../../shared/domain/dates';
import type { Issue, Notice } from '../../shared/disclosure/schema';
import { useApi } from '../api/context';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { confirmAction } from '../components/confirm-action';
import { NoticeStateTag, PrintDialog } from './common';

export function IssueListPage() {
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const issues = useApiQuery('disclosure.issues.list', undefined);
  const remove = useApiMutation('disclosure.issues.delete', ['disclosure.']);
  const [printing, setPrinting] = useState<Issue | null>(null);
  return (
    <div>
      <PageHeader
        title="校务公开栏"
        subtitle="把已审核、已发布的公示编成一期，按 A4 或 A3 打印张贴。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/disclosure/issues/new')}>
            新编一期
          </Button>
        }
      />
      {issues.error ? <QueryError error={issues.error} onRetry={() => void issues.refetch()} /> : null}
      <Table<Issue>
        rowKey="id"
        loading={issues.isLoading}
        dataSource={issues.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有编排公示栏。点击右上角“新编一期”。' }}
        columns={[
          {
            title: '期次',
            width: 160,
            render: (_v, i) => <a onClick={() => navigate(`/disclosure/issues/${i.id}`)}>{`${i.year}年 第${i.number}期`}</a>,
          },
          { title: '出版日期', dataIndex: 'issueDate', width: 150, render: (d: string) => formatDateCn(d) },
          { title: '本期公示', render: (_v, i) => i.notices.map((n) => n.title).join('；') },
          {
            title: '操作',
            width: 200,
            render: (_v, i) => (
              <Space size={4}>
                <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(i)}>
                  打印
                </Button>
                <Button size="small" onClick={() => navigate(`/disclosure/issues/${i.id}`)}>
                  编辑
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() =>
                    confirmAction(
                      { modal, message },
                      {
                        title: `删除 ${i.year}年第${i.number}期？`,
                        content: '只删除这一期的编排，其中的公示不受影响。',
                        okText: '删除',
                        run: () => remove.mutateAsync({ id: i.id }),
                        success: `已删除 ${i.year}年第${i.number}期`,
                      },
                    )
                  }
                >
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {printing ? (
        <PrintDialog
          open
          title={`打印校务公开栏 ${printing.year}年第${printing.number}期`}
          route={`/print/disclosure/issues/${printing.id}`}
          fileName={`校务公开栏${printing.year}年第${printing.number}期.pdf`}
          initial={{ pageSize: 'A3', landscape: true }}
          onClose={() => setPrinting(null)}
        />
      ) : null}
    </div>
  );
}

interface IssueValues {
  issueNumber?: number | null;
  issueDate?: Dayjs | null;
}

export function IssueEditorPage() {
  const { id } = useParams();
  const issueId = id ? Number(id) : null;
  const navigate = useNavigate();
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<IssueValues>();
  const existing = useApiQuery('disclosure.issues.get', { id: issueId ?? 0 }, { enabled: issueId !== null });
  const candidates = useApiQuery('disclosure.notices.list', { states: ['已审核', '待公示', '公示中', '公示期满', '已归档'] });
  const create = useApiMutation('disclosure.issues.create', ['disclosure.']);
  const update = useApiMutation('disclosure.issues.update', ['disclosure.']);
  const [selected, setSelected] = useState<number[]>([]);
  const [noticeError, setNoticeError] = useState<string | null>(null);
  const [printing, setPrinting] = useState<Issue | null>(null);

  useEffect(() => {
    if (issueId !== null && existing.data) {
      form.setFieldsValue({ issueNumber: existing.data.number, issueDate: dayjs(existing.data.issueDate) });
      setSelected(existing.data.notices.map((n) => n.id));
    }
  }, [issueId, existing.data, form]);

  useEffect(() => {
    if (issueId !== null) return;
    const date = dayjs();
    form.setFieldsValue({ issueDate: date });
    void api.call('disclosure.issues.nextNumber', { year: date.year() }).then((r) => {
      if (form.getFieldValue('issueNumber') === undefined) form.setFieldsValue({ issueNumber: r.number });
    });
  }, [issueId, api, form]);

  const byId = new Map<number, Notice>((candidates.data?.rows ?? []).map((n) => [n.id, n]));
  for (const n of existing.data?.notices ?? []) if (!byId.has(n.id)) byId.set(n.id, n);
  const chosen = selected.map((sid) => byId.get(sid)).filter((n): n is Notice => Boolean(n));
  const move = (index: number, delta: number) => {
    const next = [...selected];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + delta, 0, item);
    setSelected(next);
  };

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (selected.length === 0) {
      setNoticeError('这一期还没有选择任何公示，至少要放一则。');
      message.error('这一期校务公开栏还没有选择任何公示，至少要放一则。');
      return;
    }
    setNoticeError(null);
    const data = { issueNumber: v.issueNumber ?? 0, issueDate: v.issueDate?.format('YYYY-MM-DD') ?? '', noticeIds: selected };
    try {
      const saved = issueId !== null ? await update.mutateAsync({ id: issueId, data }) : await create.mutateAsync(data);
      message.success(`已保存 ${saved.year}年第${saved.number}期`);
      if (issueId === null) navigate(`/disclosure/issues/${saved.id}`, { replace: true });
      return saved;
    } catch (error) {
      applyServerErrors(form, error, ['issueNumber', 'issueDate']);
      message.error(errorMessage(error));
      return undefined;
    }
  };

  if (issueId !== null && existing.isLoading) return <Spin />;
  return (
    <div style={{ maxWidth: 1100 }}>
      <PageHeader
        title={issueId !== null && existing.data ? `校务公开栏 ${existing.data.year}年第${existing.data.number}期` : '新编一期校务公开栏'}
        extra={
          <>
            <Button onClick={() => navigate('/disclosure/issues')}>返回</Button>
            <Button type="primary" loading={create.isPending || update.isPending} onClick={() => void save()}>
              保存
            </Button>
            <Button
              icon={<PrinterOutlined />}
              onClick={async () => {
                const saved = await save();
                if (saved) setPrinting(saved);
              }}
            >
              保存并打印
            </Button>
          </>
        }
      />
      {existing.error ? <QueryError error={existing.error} /> : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline">
          <Form.Item name="issueNumber" label="期号" rules={[{ required: true, message: '请填写期号' }]}>
            <InputNumber min={1} max={999} precision={0} addonBefore="第" addonAfter="期" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="issueDate" label="出版日期" rules={[{ required: true, message: '请选择出版日期' }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
        </Form>
      </Card>
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title={`本期公示（${chosen.length} 则，按张贴顺序）`}>
            {noticeError ? <Typography.Text type="danger">{noticeError}</Typography.Text> : null}
            {chosen.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="从右侧选择要张贴的公示" />
            ) : (
              chosen.map((n, i) => (
                <div key={n.id} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
                  <span style={{ width: 24 }}>{i + 1}.</span>
                  <span style={{ flex: 1 }}>{n.title}</span>
                  <Button size="small" icon={<ArrowUpOutlined />} aria-label="上移" disabled={i === 0} onClick={() => move(i, -1)} />
                  <Button size="small" icon={<ArrowDownOutlined />} aria-label="下移" disabled={i === chosen.length - 1} onClick={() => move(i, 1)} />
                  <Button size="small" icon={<DeleteOutlined />} aria-label="移出本期" onClick={() => setSelected(selected.filter((x) => x !== n.id))} />
                </div>
              ))
            )}
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="可选的公示（已审核或已发布）">
            {candidates.error ? <QueryError error={candidates.error} /> : null}
            <Table<Notice>
              rowKey="id"
              size="small"
              loading={candidates.isLoading}
              dataSource={candidates.data?.rows ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{ emptyText: '没有已审核的公示' }}
              rowSelection={{
                selectedRowKeys: selected,
                onChange: (keys) => {
                  const set = new Set(keys.map(Number));
                  setSelected([...selected.filter((k) => set.has(k)), ...[...set].filter((k) => !selected.includes(k))]);
                },
              }}
              columns={[
                { title: '公示标题', dataIndex: 'title' },
                { title: '发布日期', dataIndex: 'publishDate', width: 130, render: (d: string) => formatDateCn(d) },
                { title: '状态', dataIndex: 'state', width: 90, render: (s: Notice['state']) => <NoticeStateTag state={s} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {printing ? (
        <PrintDialog
          open
          title={`打印校务公开栏 ${printing.year}年第${printing.number}期`}
          route={`/print/disclosure/issues/${printing.id}`}
          fileName={`校务公开栏${printing.year}年第${printing.number}期.pdf`}
          initial={{ pageSize: 'A3', landscape: true }}
          onClose={() => setPrinting(null)}
        />
      ) : null}
    </div>
  );
}
