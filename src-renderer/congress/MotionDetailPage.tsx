/**
 * One motion: its text, where it stands, the actions its state allows, the printed forms, and the
 * timeline of every step.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Dropdown, Row, Space, Spin, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { MotionDetail } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { openPrintView } from '../api/platform';
import { formatDateCn } from '../../shared/domain/dates';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';
import { CloseModal } from './CloseModal';
import { FeedbackModal } from './FeedbackModal';
import { ImplementationModal } from './ImplementationModal';
import { MotionFormDrawer } from './MotionFormDrawer';
import { MotionStateTag } from './MotionStateTag';
import { MotionTimeline } from './MotionTimeline';
import { ReplyModal } from './ReplyModal';
import { ReviewModal } from './ReviewModal';
import { WithdrawModal } from './WithdrawModal';
import { confirmAction } from '../components/confirm-action';

type Dialog = 'review' | 'reply' | 'implementation' | 'feedback' | 'close' | 'edit' | 'withdraw' | null;

/** A merged motion is handled on its lead; its own proposer still rates the lead's reply. */
function MergedActions({ m, open }: { m: MotionDetail; open(d: Dialog): void }) {
  return (
    <>
      {m.replyRound > 0 ? (
        <Button type={m.rating ? 'default' : 'primary'} onClick={() => open('feedback')}>
          {m.rating ? '修改反馈' : '提案人反馈'}
        </Button>
      ) : null}
      <WithdrawButton m={m} open={open} />
    </>
  );
}

function WithdrawButton({ m, open }: { m: MotionDetail; open(d: Dialog): void }) {
  if (!m.withdrawable) return null;
  return (
    <Button danger onClick={() => open('withdraw')}>
      撤销{m.withdrawable.label}
    </Button>
  );
}

function Actions({ m, open, onDelete }: { m: MotionDetail; open(d: Dialog): void; onDelete(): void }) {
  if (m.mergedInto) return <MergedActions m={m} open={open} />;
  const buttons: React.ReactNode[] = [];
  if (m.state === '待审查') {
    buttons.push(
      <Button key="review" type="primary" onClick={() => open('review')}>
        审查
      </Button>,
      <Button key="edit" onClick={() => open('edit')}>
        编辑
      </Button>,
      <Button key="delete" danger onClick={onDelete}>
        删除
      </Button>,
    );
  }
  if (m.state === '办理中') {
    buttons.push(
      <Button key="reply" type="primary" onClick={() => open('reply')}>
        {m.replyRound > 0 ? '再次答复' : '答复'}
      </Button>,
    );
  }
  if (m.state === '待反馈') {
    buttons.push(
      <Button key="feedback" type="primary" onClick={() => open('feedback')}>
        提案人反馈
      </Button>,
    );
  }
  if (m.decision === '立案' && m.replyRound > 0) {
    buttons.push(
      <Button key="impl" onClick={() => open('implementation')}>
        更新落实情况
      </Button>,
    );
  }
  if (m.state === '办理中' || m.state === '待反馈') {
    buttons.push(
      <Button key="close" onClick={() => open('close')}>
        办结（说明原因）
      </Button>,
    );
  }
  buttons.push(<WithdrawButton key="withdraw" m={m} open={open} />);
  return <>{buttons}</>;
}

export function MotionDetailPage() {
  const motionId = Number(useParams().motionId);
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const detail = useApiQuery('congress.motions.get', { id: motionId });
  const m = detail.data;
  const session = useApiQuery('congress.sessions.get', { id: m?.sessionId ?? 0 }, { enabled: Boolean(m) });
  const excellent = useApiMutation('congress.motions.setExcellent', ['congress.']);
  const remove = useApiMutation('congress.motions.delete', ['congress.']);

  const print = (kind: 'form' | 'reply' | 'notice', mode: 'pdf' | 'print') => {
    if (!m) return;
    const route = kind === 'form' ? `/print/congress/motions/${m.id}` : `/print/congress/motions/${m.id}/${kind}`;
    const fileName = `${kind === 'form' ? '提案表' : kind === 'reply' ? '提案答复反馈单' : '提案审查结果通知书'}-${m.number}.pdf`;
    void openPrintView({ route, pageSize: 'A4', landscape: false, fileName }, mode).catch((e: unknown) => message.error(errorMessage(e)));
  };

  const confirmDelete = () =>
    m &&
    confirmAction({ modal, message }, {
      title: `删除提案 ${m.number}？`,
      content: '只有尚未审查的提案可以删除，删除后无法恢复。',
      run: () => remove.mutateAsync({ id: m.id }),
      success: `已删除提案 ${m.number}`,
      then: () => navigate(`/congress/sessions/${m.sessionId}?tab=motions`),
    });

  const printMenu = (kind: 'form' | 'reply' | 'notice') => ({
    items: [
      { key: 'print', label: '打印', onClick: () => print(kind, 'print') },
      { key: 'pdf', label: '存为 PDF', onClick: () => print(kind, 'pdf') },
    ],
  });

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/congress">教代会</Link> },
          { title: m ? <Link to={`/congress/sessions/${m.sessionId}?tab=motions`}>{m.sessionName}</Link> : '届次' },
          { title: m ? `提案 ${m.number}` : '提案' },
        ]}
      />
      {detail.error ? <QueryError error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {detail.isLoading ? <Spin /> : null}
      {m ? (
        <>
          <PageHeader
            title={`${m.number} ${m.title}`}
            subtitle={
              <Space size={4} wrap>
                <MotionStateTag state={m.state} overdue={m.overdue} />
                {m.mergedInto ? <Tag color="cyan">已并入 {m.mergedInto.number}</Tag> : null}
                {m.late ? <Tag>逾期提交</Tag> : null}
                {m.excellent ? <Tag color="gold">优秀提案</Tag> : null}
              </Space>
            }
            extra={
              <>
                <Actions m={m} open={setDialog} onDelete={confirmDelete} />
                <Dropdown menu={printMenu('form')}>
                  <Button icon={<PrinterOutlined />}>提案表</Button>
                </Dropdown>
                {m.decision !== null ? (
                  <Dropdown menu={printMenu('notice')}>
                    <Button icon={<PrinterOutlined />}>审查结果通知书</Button>
                  </Dropdown>
                ) : null}
                {m.decision === '立案' || m.decision === '合并立案' ? (
                  <Dropdown menu={printMenu('reply')}>
                    <Button icon={<PrinterOutlined />}>答复反馈单</Button>
                  </Dropdown>
                ) : null}
              </>
            }
          />
          {m.mergedInto ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={
                <>
                  本提案已并入 <Link to={`/congress/motions/${m.mergedInto.id}`}>{m.mergedInto.number}《{m.mergedInto.title}》</Link> 办理：状态、答复期限和答复随该提案；本提案的提案人可对答复单独反馈。
                </>
              }
            />
          ) : null}
          {m.overdue ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`已超过答复期限（${formatDateCn(m.deadline)}），请督促 ${m.leadUnit ?? '承办部门'} 尽快答复`} /> : null}
          <Row gutter={16}>
            <Col xs={24} xl={15}>
              <Card size="small" title="提案内容" style={{ marginBottom: 16 }}>
                <Descriptions column={2} size="small" bordered labelStyle={{ width: 100 }}>
                  <Descriptions.Item label="提案人">
                    {m.proposerName}
                    {m.proposerDelegation ? `（${m.proposerDelegation}）` : ''}
                    {m.proposerKind !== '正式' ? <Tag style={{ marginLeft: 6 }}>{m.proposerKind}代表</Tag> : null}
                  </Descriptions.Item>
                  <Descriptions.Item label="类别">{m.category}</Descriptions.Item>
                  <Descriptions.Item label="附议人">{m.cosigners.map((c) => c.name).join('、')}</Descriptions.Item>
                  <Descriptions.Item label="提交日期">{formatDateCn(m.submittedOn)}</Descriptions.Item>
                  <Descriptions.Item label="理由" span={2}>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{m.reasons}</div>
                  </Descriptions.Item>
                  <Descriptions.Item label="建议/办法" span={2}>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{m.proposals}</div>
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              <Card size="small" title="审查与办理">
                <Descriptions column={2} size="small" bordered labelStyle={{ width: 100 }}>
                  <Descriptions.Item label="审查意见">
                    {m.decision ?? '待审查'}
                    {m.decidedOn ? `（${formatDateCn(m.decidedOn)}）` : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label="优秀提案">
                    <Switch
                      checked={m.excellent}
                      disabled={m.decision !== '立案'}
                      loading={excellent.isPending}
                      aria-label="优秀提案"
                      onChange={(on) =>
                        excellent.mutate(
                          { id: m.id, excellent: on },
                          { onSuccess: () => message.success(on ? '已评为优秀提案' : '已取消优秀提案'), onError: (e) => message.error(errorMessage(e)) },
                        )
                      }
                    />
                  </Descriptions.Item>
                  {m.decisionReason ? (
                    <Descriptions.Item label="审查说明" span={2}>
                      {m.decisionReason}
                    </Descriptions.Item>
                  ) : null}
                  {m.mergedInto ? (
                    <Descriptions.Item label="并入提案" span={2}>
                      <Link to={`/congress/motions/${m.mergedInto.id}`}>
                        {m.mergedInto.number} {m.mergedInto.title}
                      </Link>
                    </Descriptions.Item>
                  ) : null}
                  {m.mergedFrom.length ? (
                    <Descriptions.Item label="合并的提案" span={2}>
                      <Space direction="vertical" size={0}>
                        {m.mergedFrom.map((f) => (
                          <Link key={f.id} to={`/congress/motions/${f.id}`}>
                            {f.number} {f.title}
                          </Link>
                        ))}
                      </Space>
                    </Descriptions.Item>
                  ) : null}
                  <Descriptions.Item label="承办部门">
                    {m.leadUnit ?? ''}
                    {m.supportUnits ? `（协办：${m.supportUnits}）` : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label="答复期限">
                    {formatDateCn(m.deadline)}
                    {m.originalDeadline && m.originalDeadline !== m.deadline ? (
                      <Typography.Text type="secondary">（原定 {formatDateCn(m.originalDeadline)}）</Typography.Text>
                    ) : null}
                  </Descriptions.Item>
                  <Descriptions.Item label="最近答复" span={2}>
                    {m.replyText ? (
                      <>
                        <div style={{ whiteSpace: 'pre-wrap' }}>{m.replyText}</div>
                        <Typography.Text type="secondary">
                          第 {m.replyRound} 次答复，{m.repliedBy}，{formatDateCn(m.repliedOn)}
                        </Typography.Text>
                      </>
                    ) : (
                      '尚未答复'
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label="落实情况">
                    {m.implementation ?? ''}
                    {m.implementationNote ? `：${m.implementationNote}` : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label="提案人反馈">
                    {m.rating ?? ''}
                    {m.ratingComment ? `：${m.ratingComment}` : ''}
                  </Descriptions.Item>
                  {m.closedOn ? (
                    <Descriptions.Item label="办结" span={2}>
                      {formatDateCn(m.closedOn)}
                      {m.closedNote ? `（${m.closedNote}）` : ''}
                    </Descriptions.Item>
                  ) : null}
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} xl={9}>
              <Card size="small" title="办理过程">
                <MotionTimeline steps={m.steps} />
              </Card>
            </Col>
          </Row>
          <ReviewModal open={dialog === 'review'} motion={m} replyDays={session.data?.replyDays ?? 30} onClose={() => setDialog(null)} />
          <ReplyModal open={dialog === 'reply'} motion={m} onClose={() => setDialog(null)} />
          <ImplementationModal open={dialog === 'implementation'} motion={m} onClose={() => setDialog(null)} />
          <FeedbackModal open={dialog === 'feedback'} motion={m} onClose={() => setDialog(null)} />
          <CloseModal open={dialog === 'close'} motion={m} onClose={() => setDialog(null)} />
          <WithdrawModal open={dialog === 'withdraw'} motion={m} onClose={() => setDialog(null)} />
          {session.data ? <MotionFormDrawer open={dialog === 'edit'} session={session.data} motion={m} onClose={() => setDialog(null)} /> : null}
        </>
      ) : null}
    </div>
  );
}
