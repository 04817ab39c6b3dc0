/**
 * Add or edit a session (届次): 第几届第几次, the kind of meeting, dates, the motion collection window.
 */
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { SESSION_KINDS, type Session, type SessionInput } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { dayOf, isoOf } from './form-dates';

interface Values {
  term?: number;
  meeting?: number;
  sessionKind?: Session['kind'];
  sessionStart?: Dayjs | null;
  sessionEnd?: Dayjs | null;
  motionOpen?: Dayjs | null;
  motionClose?: Dayjs | null;
  replyDays?: number;
  sessionNotes?: string | null;
  dueCount?: number | null;
}

const FIELDS = ['term', 'meeting', 'sessionKind', 'sessionStart', 'sessionEnd', 'motionOpen', 'motionClose', 'replyDays', 'sessionNotes', 'dueCount'];

export function SessionFormModal({ open, session, onClose, onSaved }: { open: boolean; session?: Session | null; onClose(): void; onSaved?(s: Session): void }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('sessionKind', form);
  const { message } = App.useApp();
  const settings = useApiQuery('congress.settings.get', undefined, { enabled: open });
  const create = useApiMutation('congress.sessions.create', ['congress.']);
  const update = useApiMutation('congress.sessions.update', ['congress.']);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (session) {
      form.setFieldsValue({
        term: session.term,
        meeting: session.meeting,
        sessionKind: session.kind,
        sessionStart: dayOf(session.startDate),
        sessionEnd: dayOf(session.endDate),
        motionOpen: dayOf(session.motionOpen),
        motionClose: dayOf(session.motionClose),
        replyDays: session.replyDays,
        sessionNotes: session.notes,
        dueCount: session.dueCount,
      });
    } else {
      form.setFieldsValue({ sessionKind: '代表大会' });
    }
  }, [open, session, form]);

  // The default reply period arrives with the settings; it must not wipe what was already typed.
  const defaultReplyDays = settings.data?.defaultReplyDays;
  useEffect(() => {
    if (open && !session && !form.isFieldTouched('replyDays')) form.setFieldsValue({ replyDays: defaultReplyDays ?? 30 });
  }, [open, session, form, defaultReplyDays]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input: SessionInput = {
      term: v.term ?? 0,
      meeting: v.meeting ?? 0,
      sessionKind: v.sessionKind ?? '代表大会',
      sessionStart: isoOf(v.sessionStart) ?? '',
      sessionEnd: isoOf(v.sessionEnd),
      motionOpen: isoOf(v.motionOpen),
      motionClose: isoOf(v.motionClose) ?? '',
      replyDays: v.replyDays ?? 30,
      sessionNotes: v.sessionNotes ?? null,
      dueCount: v.sessionKind === '教职工大会' ? (v.dueCount ?? null) : null,
    };
    try {
      const saved = session ? await update.mutateAsync({ id: session.id, data: input }) : await create.mutateAsync(input);
      message.success(session ? `已保存${saved.name}` : `已添加${saved.name}`);
      onSaved?.(saved);
      onClose();
    } catch (error) {
      applyServerErrors(form, error, FIELDS);
      message.error(errorMessage(error));
    }
  };

  const required = (text: string) => [{ required: true, message: text }];
  return (
    <Modal
      title={session ? `编辑届次：${session.name}` : '新增届次'}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="term" label="第几届" rules={required('请填写第几届')}>
              <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} placeholder="例如 5" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="meeting" label="第几次会议" rules={required('请填写第几次会议')}>
              <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} placeholder="例如 2" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="replyDays" label="答复期限（天）" rules={required('请填写答复期限')} extra="立案后多少天内答复">
              <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="sessionKind" label="会议类型" extra="教职工 100 人以下的学校一般召开教职工大会">
              <Radio.Group options={SESSION_KINDS.map((k) => ({ value: k, label: k === '代表大会' ? '教职工代表大会' : '教职工大会' }))} />
            </Form.Item>
          </Col>
          {kind === '教职工大会' ? (
            <Col span={24}>
              <Form.Item
                name="dueCount"
                label="应到人数"
                extra="教职工大会应到人数为全体在册会员；本校教职工与会员人数不同时，在此填写应到的教职工人数，留空按在册会员计算"
              >
                <InputNumber min={1} max={100000} precision={0} style={{ width: 200 }} addonAfter="人" placeholder="按在册会员" />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={12}>
            <Form.Item name="sessionStart" label="开会日期" rules={required('请选择开会日期')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sessionEnd" label="闭会日期">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="motionOpen" label="提案征集开始">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="motionClose" label="提案征集截止" rules={required('请选择提案征集截止日期')} extra="截止后提交的提案标为逾期提案">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="sessionNotes" label="备注">
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
