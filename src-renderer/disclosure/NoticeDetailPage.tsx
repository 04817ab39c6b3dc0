/**
 * One notice: its particulars, the body as it will print, the steps it went through (审核, 发布,
 * 撤回, 归档) with the date-derived ones shown in place, and its objections.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Space, Spin, Table, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { formatDateCn, formatTimestampCn, todayIso } from '../../shared/domain/dates';
import { workingDaysLeft } from '../../shared/disclosure/period';
import { missingScheduleWarning } from '../../shared/domain/workdays';
import { useWorkCalendar } from '../settings/useWorkCalendar';
import { formalTitle, type NoticeDetail, type Objection } from '../../shared/disclosure/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { NoticeBody, NoticeStateTag, ObjectionStatusTag, PrintDialog } from './common';
import { ObjectionModal, ResolveObjectionModal } from './ObjectionModals';
import { confirmAction } from '../components/confirm-action';

type Step = 'approve' | 'publish' | 'withdraw' | 'archive';

const STEP_TITLES: Record<Step, string> = { approve: '审核通过', publish: '发布公示', withdraw: '撤回公示', archive: '归档' };

function StepModal({ step, notice, onClose }: { step: Step | null; notice: NoticeDetail; onClose(): void }) {
  const [form] = Form.useForm<{ stateDate?: Dayjs; stateNote?: string; withdrawReason?: string; publishDate?: Dayjs }>();
  const { message } = App.useApp();
  const approve = useApiMutation('disclosure.notices.approve', ['disclosure.']);
  const publish = useApiMutation('disclosure.notices.publish', ['disclosure.']);
  const withdraw = useApiMutation('disclosure.notices.withdraw', ['disclosure.']);
  const archive = useApiMutation('disclosure.notices.archive', ['disclosure.']);
  const busy = approve.isPending || publish.isPending || withdraw.isPending || archive.isPending;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !step) return;
    const date = (v.stateDate ?? dayjs()).format('YYYY-MM-DD');
    try {
      if (step === 'approve') await approve.mutateAsync({ id: notice.id, stateDate: date, stateNote: v.stateNote ?? null });
      if (step === 'publish') await publish.mutateAsync({ id: notice.id, publishDate: v.publishDate?.format('YYYY-MM-DD') ?? null });
      if (step === 'withdraw') await withdraw.mutateAsync({ id: notice.id, stateDate: date, withdrawReason: v.withdrawReason ?? '' });
      if (step === 'archive') await archive.mutateAsync({ id: notice.id, stateDate: date, stateNote: v.stateNote ?? null });
      message.success(`已${STEP_TITLES[step]}`);
      onClose();
    } catch (error) {
      applyServerErrors(form, error, ['stateDate', 'stateNote', 'withdrawReason', 'publishDate']);
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      title={step ? `${STEP_TITLES[step]}：${notice.title}` : ''}
      open={step !== null}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={step ? `确认${STEP_TITLES[step]}` : '确认'}
      cancelText="取消"
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ stateDate: dayjs(), publishDate: dayjs(notice.publishDate) }}>
        {step === 'publish' ? (
          <>
            <Typography.Paragraph type="secondary">
              发布后内容不能再修改。{notice.endDateOverridden ? '截止日期为手动指定。' : `公示期按 ${notice.workingDays} 个工作日自动计算。`}
            </Typography.Paragraph>
            <Form.Item name="publishDate" label="发布日期" rules={[{ required: true, message: '请选择发布日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="stateDate" label={step === 'approve' ? '审核日期' : step === 'withdraw' ? '撤回日期' : '归档日期'} rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {step === 'withdraw' ? (
          <Form.Item name="withdrawReason" label="撤回原因" rules={[{ required: true, whitespace: true, message: '撤回已发布的公示须写明原因' }]}>
            <Input.TextArea rows={3} maxLength={200} showCount placeholder="例如：名单有误，更正后重新公示" />
          </Form.Item>
        ) : null}
        {step === 'approve' || step === 'archive' ? (
          <Form.Item name="stateNote" label="说明">
            <Input maxLength={200} placeholder={step === 'approve' ? '例如：经校务公开领导小组 11 月 20 日会议审核通过' : '可不填'} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

function stepLabel(h: NoticeDetail['history'][number]): string {
  if (h.toState === '草稿' && h.fromState === null) return '登记为草稿';
  if (h.fromState === h.toState) return '公示期调整';
  return `${h.fromState ?? ''} → ${h.toState}`;
}

/** The explicit steps from the history, with the calendar's own steps (公示中, 公示期满) between them. */
function timelineItems(n: NoticeDetail, today: string): { key: string; color: string; children: ReactNode }[] {
  const items: { key: string; color: string; children: ReactNode }[] = [];
  for (const h of n.history) {
    items.push({
      key: `h${h.id}`,
      color: h.toState === '已撤回' ? 'red' : 'blue',
      children: (
        <div>
          <b>{formatDateCn(h.onDate)}</b> {stepLabel(h)}
          {h.reason ? <div style={{ color: '#666' }}>{h.reason}</div> : null}
          <div style={{ color: '#999', fontSize: 12 }}>记录于 {formatTimestampCn(h.recordedAt)}</div>
        </div>
      ),
    });
    // A step that keeps the state (the period counted again on a changed calendar) adds no start/end.
    if (h.toState === '已发布' && h.fromState !== h.toState) {
      const started = n.publishDate <= today;
      items.push({
        key: 'start',
        color: started ? 'green' : 'gray',
        children: `${formatDateCn(n.publishDate)} ${started ? '公示开始' : '将开始公示'}`,
      });
      const withdrawn = n.history.some((x) => x.toState === '已撤回');
      if (!withdrawn) {
        const ended = n.endDate < today;
        items.push({
          key: 'end',
          color: ended ? 'gold' : 'gray',
          children: `${formatDateCn(n.endDate)} ${ended ? '公示期满' : '公示期截止（届时自动转为“公示期满”）'}`,
        });
      }
    }
  }
  return items;
}

export function NoticeDetailPage() {
  const { id } = useParams();
  const noticeId = Number(id);
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const detail = useApiQuery('disclosure.notices.get', { id: noticeId });
  const remove = useApiMutation('disclosure.notices.delete', ['disclosure.']);
  const removeObjection = useApiMutation('disclosure.objections.delete', ['disclosure.']);
  const [step, setStep] = useState<Step | null>(null);
  const [objectionOpen, setObjectionOpen] = useState(false);
  const [editingObjection, setEditingObjection] = useState<Objection | null>(null);
  const [resolving, setResolving] = useState<Objection | null>(null);
  const [printing, setPrinting] = useState(false);
  const today = todayIso();
  const calendar = useWorkCalendar();

  if (detail.isLoading) return <Spin />;
  if (detail.error) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const n = detail.data;
  if (!n) return null;

  const editable = n.storedState === '草稿' || n.storedState === '已审核';
  const inPeriod = n.state === '公示中';
  const daysLeft = workingDaysLeft(today, n.endDate, n.publishDate, calendar);
  const scheduleWarning = n.state === '已撤回' || n.state === '已归档' ? null : missingScheduleWarning(calendar, n.publishDate, n.endDate);
  const confirmDelete = () =>
    confirmAction({ modal, message }, {
      title: `删除公示“${n.title}”？`,
      content: '只有未发布的公示可以删除，删除后无法恢复。',
      run: () => remove.mutateAsync({ id: n.id }),
      success: '已删除',
      then: () => navigate('/disclosure'),
    });

  return (
    <div style={{ maxWidth: 1100 }}>
      <PageHeader
        title={n.title}
        subtitle={
          <Space>
            <NoticeStateTag state={n.state} />
            {inPeriod ? <span data-testid="days-left">{daysLeft > 0 ? `还剩 ${daysLeft} 个工作日` : '今日截止'}</span> : null}
            {n.openObjections > 0 ? <Typography.Text type="warning">{n.openObjections} 条异议待处理</Typography.Text> : null}
          </Space>
        }
        extra={
          <>
            <Button onClick={() => navigate('/disclosure')}>返回台账</Button>
            {editable ? <Button onClick={() => navigate(`/disclosure/notices/${n.id}/edit`)}>编辑</Button> : null}
            {editable ? (
              <Button danger onClick={confirmDelete}>
                删除
              </Button>
            ) : null}
            {n.storedState === '草稿' ? (
              <Button type="primary" onClick={() => setStep('approve')}>
                审核通过
              </Button>
            ) : null}
            {n.storedState === '已审核' ? (
              <Button type="primary" onClick={() => setStep('publish')}>
                发布
              </Button>
            ) : null}
            {n.storedState === '已发布' ? <Button onClick={() => setStep('withdraw')}>撤回</Button> : null}
            {n.state === '公示期满' || n.state === '已撤回' ? (
              <Button type="primary" onClick={() => setStep('archive')}>
                归档
              </Button>
            ) : null}
            <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
              打印公示
            </Button>
          </>
        }
      />
      {scheduleWarning ? <Alert type="warning" showIcon data-testid="calendar-warning" style={{ marginBottom: 16 }} message={scheduleWarning} /> : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={3} bordered labelStyle={{ width: 110 }}>
          <Descriptions.Item label="公开类别">{n.category}</Descriptions.Item>
          <Descriptions.Item label="公开范围">{n.scope}</Descriptions.Item>
          <Descriptions.Item label="公开形式">{n.kind}</Descriptions.Item>
          <Descriptions.Item label="责任部门">{n.responsibleUnit}</Descriptions.Item>
          <Descriptions.Item label="公示期" span={2}>
            {formatDateCn(n.publishDate)}至{formatDateCn(n.endDate)}（{n.endDateOverridden ? '手动指定' : `${n.workingDays} 个工作日`}）
          </Descriptions.Item>
          <Descriptions.Item label="异议受理" span={2}>
            {n.objectionContact}
          </Descriptions.Item>
          <Descriptions.Item label="发布单位">{n.issuer}</Descriptions.Item>
          {n.withdrawReason ? (
            <Descriptions.Item label="撤回原因" span={3}>
              {n.withdrawReason}
            </Descriptions.Item>
          ) : null}
          {n.issues.length ? (
            <Descriptions.Item label="公示栏" span={3}>
              {n.issues.map((i) => `${i.year}年第${i.number}期`).join('、')}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <Card size="small" title={formalTitle(n.title)} style={{ flex: 2, minWidth: 0 }}>
          <NoticeBody html={n.body} className="notice-body notice-body-screen" />
        </Card>
        <Card size="small" title="办理经过" style={{ flex: 1 }}>
          <Timeline items={timelineItems(n, today)} />
        </Card>
      </div>
      <Card
        size="small"
        title={`异议（${n.objections.length}）`}
        style={{ marginTop: 16 }}
        extra={
          n.storedState === '已发布' && n.state !== '待公示' ? (
            <Button
              onClick={() => {
                setEditingObjection(null);
                setObjectionOpen(true);
              }}
            >
              登记异议
            </Button>
          ) : null
        }
      >
        {n.objections.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={n.storedState === '已发布' ? '公示期内没有收到异议' : '没有异议'} />
        ) : (
          <Table<Objection>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={n.objections}
            columns={[
              { title: '收到日期', dataIndex: 'receivedOn', width: 130, render: (d: string) => formatDateCn(d) },
              { title: '异议人', width: 110, render: (_v, o) => (o.anonymous ? '匿名' : o.objectorName) },
              { title: '异议内容', dataIndex: 'content' },
              {
                title: '处理情况与结果',
                render: (_v, o) =>
                  o.status === '已办结' ? (
                    <div>
                      <div>{o.handling}</div>
                      <div>
                        结果：{o.result}（{formatDateCn(o.resolvedOn)}办结）
                      </div>
                    </div>
                  ) : null,
              },
              { title: '状态', dataIndex: 'status', width: 110, render: (s: Objection['status']) => <ObjectionStatusTag status={s} /> },
              {
                title: '操作',
                width: 170,
                render: (_v, o) =>
                  o.status === '已办结' || n.storedState === '已归档' ? null : (
                    <Space size={4}>
                      {o.status === '待处理' ? (
                        <Button size="small" type="primary" onClick={() => setResolving(o)}>
                          办结
                        </Button>
                      ) : null}
                      <Button
                        size="small"
                        onClick={() => {
                          setEditingObjection(o);
                          setObjectionOpen(true);
                        }}
                      >
                        修改
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() =>
                          confirmAction(
                            { modal, message },
                            {
                              title: '删除这条异议登记？',
                              content: '只应删除误登记的记录。',
                              okText: '删除',
                              run: () => removeObjection.mutateAsync({ id: o.id }),
                              success: '已删除这条异议登记',
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
        )}
      </Card>
      <StepModal step={step} notice={n} onClose={() => setStep(null)} />
      <ObjectionModal notice={n} editing={editingObjection} open={objectionOpen} onClose={() => setObjectionOpen(false)} />
      <ResolveObjectionModal objection={resolving} onClose={() => setResolving(null)} />
      <PrintDialog
        open={printing}
        title="打印公示"
        route={`/print/disclosure/notices/${n.id}`}
        fileName={`${formalTitle(n.title)}.pdf`}
        initial={{ pageSize: 'A4', landscape: false }}
        onClose={() => setPrinting(false)}
      />
    </div>
  );
}
