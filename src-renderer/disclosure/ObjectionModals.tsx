/**
 * 登记异议 and 办结异议. A named objection is accepted and must be answered; an anonymous one is
 * recorded but not formally accepted.
 */
import { App, Checkbox, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { formatDateCn } from '../../shared/domain/dates';
import { DISCLOSURE_FIELD_LABELS as L, resolveObjectionSchema, type Notice, type Objection } from '../../shared/disclosure/schema';
import { useApiMutation } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { zodRule } from '../components/zod-rule';

interface ObjectionValues {
  objectionReceivedOn?: Dayjs;
  anonymous?: boolean;
  objectorName?: string;
  objectorContact?: string;
  objectionContent?: string;
}

const OBJECTION_FIELDS = ['objectionReceivedOn', 'objectorName', 'objectorContact', 'objectionContent'];

function clampToday(end: string): Dayjs {
  const today = dayjs();
  return today.format('YYYY-MM-DD') > end ? dayjs(end) : today;
}

export function ObjectionModal({ notice, editing, open, onClose }: { notice: Notice; editing: Objection | null; open: boolean; onClose(): void }) {
  const [form] = Form.useForm<ObjectionValues>();
  const { message } = App.useApp();
  const add = useApiMutation('disclosure.objections.add', ['disclosure.']);
  const update = useApiMutation('disclosure.objections.update', ['disclosure.']);
  const anonymous = Form.useWatch('anonymous', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      editing
        ? {
            objectionReceivedOn: dayjs(editing.receivedOn),
            anonymous: editing.anonymous,
            objectorName: editing.objectorName ?? undefined,
            objectorContact: editing.objectorContact ?? undefined,
            objectionContent: editing.content,
          }
        : { objectionReceivedOn: clampToday(notice.endDate), anonymous: false },
    );
  }, [open, editing, notice.endDate, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const payload = {
      objectionReceivedOn: v.objectionReceivedOn?.format('YYYY-MM-DD') ?? '',
      anonymous: Boolean(v.anonymous),
      objectorName: v.anonymous ? null : (v.objectorName ?? null),
      objectorContact: v.objectorContact ?? null,
      objectionContent: v.objectionContent ?? '',
    };
    try {
      if (editing) await update.mutateAsync({ id: editing.id, ...payload });
      else await add.mutateAsync({ noticeId: notice.id, ...payload });
      message.success(editing ? '异议登记已修改' : v.anonymous ? '已登记匿名异议（不作正式受理）' : '已登记异议，请及时处理');
      onClose();
    } catch (error) {
      applyServerErrors(form, error, OBJECTION_FIELDS);
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      title={editing ? '修改异议登记' : '登记异议'}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={add.isPending || update.isPending}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">
        公示期：{formatDateCn(notice.publishDate)}至{formatDateCn(notice.endDate)}。实名提出的异议须受理并答复；匿名异议只作记录，不作正式受理。
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="objectionReceivedOn" label={L.objectionReceivedOn} rules={[{ required: true, message: '请选择收到日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="anonymous" valuePropName="checked">
          <Checkbox>匿名（不留姓名，不作正式受理）</Checkbox>
        </Form.Item>
        {!anonymous ? (
          <Form.Item name="objectorName" label={L.objectorName} rules={[{ required: true, whitespace: true, message: '实名异议须填写异议人姓名' }]}>
            <Input maxLength={30} />
          </Form.Item>
        ) : null}
        <Form.Item name="objectorContact" label={L.objectorContact}>
          <Input maxLength={60} placeholder="电话或其他联系方式（可不填）" />
        </Form.Item>
        <Form.Item name="objectionContent" label={L.objectionContent} rules={[{ required: true, whitespace: true, message: '请填写异议内容' }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ResolveValues {
  objectionHandling?: string;
  objectionResult?: string;
  objectionResolvedOn?: Dayjs;
}

export function ResolveObjectionModal({ objection, onClose }: { objection: Objection | null; onClose(): void }) {
  const [form] = Form.useForm<ResolveValues>();
  const { message } = App.useApp();
  const resolve = useApiMutation('disclosure.objections.resolve', ['disclosure.']);
  const shape = resolveObjectionSchema.shape;

  useEffect(() => {
    if (objection) form.setFieldsValue({ objectionHandling: objection.handling ?? '', objectionResult: objection.result ?? '', objectionResolvedOn: dayjs() });
  }, [objection, form]);

  const submit = async () => {
    if (!objection) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await resolve.mutateAsync({
        id: objection.id,
        objectionHandling: v.objectionHandling ?? '',
        objectionResult: v.objectionResult ?? '',
        objectionResolvedOn: v.objectionResolvedOn?.format('YYYY-MM-DD') ?? '',
      });
      message.success('异议已办结');
      onClose();
    } catch (error) {
      applyServerErrors(form, error, ['objectionHandling', 'objectionResult', 'objectionResolvedOn']);
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      title="办结异议"
      open={objection !== null}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="办结"
      cancelText="取消"
      confirmLoading={resolve.isPending}
      destroyOnHidden
      width={600}
    >
      {objection ? (
        <Typography.Paragraph>
          {formatDateCn(objection.receivedOn)} {objection.objectorName}：{objection.content}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item name="objectionHandling" label={L.objectionHandling} rules={[zodRule(shape.objectionHandling, (v) => v ?? '')]}>
          <Input.TextArea rows={3} maxLength={2000} placeholder="例如：经评审小组复核，评分无误" />
        </Form.Item>
        <Form.Item name="objectionResult" label={L.objectionResult} rules={[zodRule(shape.objectionResult, (v) => v ?? '')]}>
          <Input.TextArea rows={2} maxLength={500} placeholder="例如：维持原结果，已于当日向本人当面答复" />
        </Form.Item>
        <Form.Item name="objectionResolvedOn" label={L.objectionResolvedOn} rules={[{ required: true, message: '请选择办结日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
