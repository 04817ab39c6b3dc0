/**
 * Record or correct a vote (票决): who was present (starting from the meeting's 签到), the counts,
 * the ballots of a secret vote, and the verdict worked out as the figures are typed. Totals that do
 * not add up are named before anything is saved. A 教职工大会 counts heads, not delegates.
 */
import { chineseNumber } from '../../shared/congress/rules';
import { Alert, App, Button, Checkbox, Col, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { judgeVote } from '../../shared/congress/rules';
import { VOTE_METHODS, type Session, type Vote } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { isoOf, todayDay } from './form-dates';

interface Values {
  voteItem?: string;
  votedOn?: Dayjs | null;
  voteMethod?: Vote['method'];
  presentIds?: number[];
  votesFor?: number | null;
  votesAgainst?: number | null;
  abstain?: number | null;
  invalid?: number | null;
  voteNotes?: string | null;
  presentCount?: number | null;
  ballotsIssued?: number | null;
  ballotsReturned?: number | null;
}

const FIELDS = [
  'voteItem',
  'votedOn',
  'voteMethod',
  'presentIds',
  'presentCount',
  'votesFor',
  'votesAgainst',
  'abstain',
  'invalid',
  'ballotsIssued',
  'ballotsReturned',
  'voteNotes',
];

export function VoteFormModal({ open, session, vote, onClose }: { open: boolean; session: Session; vote?: Vote | null; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const settings = useApiQuery('congress.settings.get', undefined);
  const delegates = useApiQuery('congress.delegates.list', { term: session.term });
  const create = useApiMutation('congress.votes.create', ['congress.']);
  const update = useApiMutation('congress.votes.update', ['congress.']);
  const attendance = useApiQuery('congress.attendance.get', { sessionId: session.id });
  const allStaff = session.kind === '教职工大会';
  const presentCount = Form.useWatch('presentCount', form);
  const method = Form.useWatch('voteMethod', form);
  const votedOn = Form.useWatch('votedOn', form);
  const presentIds = Form.useWatch('presentIds', form);
  const figures = {
    votesFor: Form.useWatch('votesFor', form) ?? 0,
    votesAgainst: Form.useWatch('votesAgainst', form) ?? 0,
    abstain: Form.useWatch('abstain', form) ?? 0,
    invalid: Form.useWatch('invalid', form) ?? 0,
  };

  const day = isoOf(votedOn) ?? session.startDate;
  const voting = useMemo(
    () =>
      (delegates.data?.rows ?? []).filter(
        (d) => d.kind === '正式' && (d.leftOn === null || d.leftOn > day) && (d.electedOn === null || d.electedOn <= day),
      ),
    [delegates.data, day],
  );

  const signedIn = attendance.data;
  // The form is filled once per opening: when the sign-in arrives after the user began typing, only
  // the fields it decides (who is present) are set, never a reset that would wipe what was typed.
  const filledFor = useRef<string | null>(null);
  useEffect(() => {
    if (!open) {
      filledFor.current = null;
      return;
    }
    const key = vote ? `vote-${vote.id}` : 'new';
    if (filledFor.current === key) {
      if (!vote && signedIn) {
        const ids = form.getFieldValue('presentIds') as number[] | undefined;
        if (!ids?.length) form.setFieldsValue({ presentIds: signedIn.attendeeIds ?? [] });
        if (allStaff && form.getFieldValue('presentCount') == null) form.setFieldsValue({ presentCount: signedIn.presentCount ?? null });
      }
      return;
    }
    filledFor.current = key;
    form.resetFields();
    if (vote) {
      form.setFieldsValue({
        voteItem: vote.item,
        votedOn: dayjs(vote.votedOn),
        voteMethod: vote.method,
        presentIds: vote.presentIds,
        presentCount: allStaff ? vote.present : null,
        votesFor: vote.votesFor,
        votesAgainst: vote.votesAgainst,
        abstain: vote.abstain,
        invalid: vote.invalid,
        ballotsIssued: vote.ballotsIssued,
        ballotsReturned: vote.ballotsReturned,
        voteNotes: vote.notes,
      });
      return;
    }
    // A new vote starts from the meeting's sign-in; it may differ when someone left or came late.
    form.setFieldsValue({
      votedOn: todayDay(),
      voteMethod: '无记名投票',
      presentIds: signedIn?.attendeeIds ?? [],
      presentCount: allStaff ? (signedIn?.presentCount ?? null) : null,
      votesFor: 0,
      votesAgainst: 0,
      abstain: 0,
      invalid: 0,
    });
    // Filled when the dialog opens, not whenever the sign-in query refreshes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, form, vote, Boolean(signedIn)]);

  const due = allStaff ? (signedIn?.due ?? 0) : voting.length;
  const present = allStaff ? (presentCount ?? 0) : (presentIds?.length ?? 0);
  const verdict = settings.data ? judgeVote({ due, present, ...figures }, settings.data) : null;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !verdict) return;
    if (verdict.problem) {
      message.error(`票数对不上：${verdict.problem}`);
      return;
    }
    const data = {
        sessionId: session.id,
        voteItem: v.voteItem ?? '',
        votedOn: isoOf(v.votedOn) ?? '',
        voteMethod: v.voteMethod ?? '无记名投票',
        presentIds: allStaff ? [] : (v.presentIds ?? []),
        presentCount: allStaff ? (v.presentCount ?? null) : null,
        ballotsIssued: v.voteMethod === '无记名投票' ? (v.ballotsIssued ?? null) : null,
        ballotsReturned: v.voteMethod === '无记名投票' ? (v.ballotsReturned ?? null) : null,
        votesFor: v.votesFor ?? 0,
        votesAgainst: v.votesAgainst ?? 0,
        abstain: v.abstain ?? 0,
        invalid: v.invalid ?? 0,
        voteNotes: v.voteNotes ?? null,
    };
    try {
      const saved = vote ? await update.mutateAsync({ id: vote.id, data }) : await create.mutateAsync(data);
      message.success(`${vote ? '已修改' : '已登记'}票决：${saved.item}，${saved.result}`);
      onClose();
    } catch (error) {
      applyServerErrors(form, error, FIELDS);
      message.error(errorMessage(error));
    }
  };

  const countField = (name: 'votesFor' | 'votesAgainst' | 'abstain' | 'invalid', label: string) => (
    <Col span={6}>
      <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}票数` }]}>
        <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <Modal
      title={`${vote ? '修改' : '登记'}票决：${session.name}`}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={820}
    >
      <Form form={form} layout="vertical">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="voteItem" label="表决事项" rules={[{ required: true, whitespace: true, message: '请填写表决事项' }]}>
              <Input maxLength={100} placeholder="例如：绩效工资分配方案" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="votedOn" label="表决日期" rules={[{ required: true, message: '请选择表决日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="voteMethod" label="表决方式">
              <Radio.Group options={VOTE_METHODS.map((m) => ({ value: m, label: m }))} optionType="button" size="small" />
            </Form.Item>
          </Col>
        </Row>
        {allStaff ? (
          <Form.Item
            name="presentCount"
            label="实到人数"
            rules={[{ required: true, message: '请填写实到人数' }]}
            extra={`应到 ${due} 人（${signedIn?.dueSource === '录入人数' ? '届次中填写的应到人数' : '全体在册会员'}）；默认取本次大会的签到人数`}
          >
            <InputNumber min={0} max={100000} precision={0} style={{ width: 200 }} addonAfter="人" />
          </Form.Item>
        ) : (
        <Form.Item label="实到代表（签到）" extra={`应到 ${voting.length} 人：第${chineseNumber(session.term)}届在任正式代表；列席、特邀代表没有表决权，不在此列`}>
          <Space style={{ marginBottom: 6 }}>
            <Button size="small" onClick={() => form.setFieldsValue({ presentIds: voting.map((d) => d.id) })}>
              全部到会
            </Button>
            <Button size="small" onClick={() => form.setFieldsValue({ presentIds: [] })}>
              清空
            </Button>
            <span style={{ color: '#666' }}>已签到 {presentIds?.length ?? 0} 人</span>
          </Space>
          <Form.Item name="presentIds" noStyle>
            <Checkbox.Group
              aria-label="实到代表"
              style={{ maxHeight: 180, overflowY: 'auto', display: 'flex', flexWrap: 'wrap', gap: '4px 12px', border: '1px solid #f0f0f0', padding: 8 }}
              options={voting.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        </Form.Item>
        )}
        <Row gutter={16}>
          {countField('votesFor', '赞成')}
          {countField('votesAgainst', '反对')}
          {countField('abstain', '弃权')}
          {countField('invalid', '无效')}
        </Row>
        {method === '无记名投票' ? (
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item name="ballotsIssued" label="发出选票">
                <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} addonAfter="张" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="ballotsReturned" label="收回选票">
                <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} addonAfter="张" />
              </Form.Item>
            </Col>
            <Col span={12} style={{ paddingTop: 34, color: '#666' }}>
              有效票 {figures.votesFor + figures.votesAgainst + figures.abstain} 张，无效票 {figures.invalid} 张
            </Col>
          </Row>
        ) : null}
        {verdict ? (
          <>
            {verdict.problem ? <Alert type="error" showIcon message={`票数对不上：${verdict.problem}`} style={{ marginBottom: 12 }} data-testid="vote-problem" /> : null}
            <Descriptions size="small" bordered column={3} data-testid="vote-verdict">
              <Descriptions.Item label="应到">{due} 人</Descriptions.Item>
              <Descriptions.Item label="实到">{present} 人</Descriptions.Item>
              <Descriptions.Item label="法定人数">
                {verdict.quorumNeeded} 人（{verdict.quorumMet ? '已达到' : '未达到'}）
              </Descriptions.Item>
              <Descriptions.Item label="通过所需赞成票">{verdict.passNeeded} 票</Descriptions.Item>
              <Descriptions.Item label="表决结果" span={2}>
                <b style={{ color: verdict.result === '通过' ? '#389e0d' : '#cf1322' }}>{verdict.problem ? '—' : verdict.result}</b>
              </Descriptions.Item>
              <Descriptions.Item label="规则" span={3}>
                {verdict.ruleText}
              </Descriptions.Item>
            </Descriptions>
          </>
        ) : null}
        <Form.Item name="voteNotes" label="备注" style={{ marginTop: 12 }}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
