/**
 * 变更会员状态: 调出, 退休, 退会, 去世 (or back to 在册). The record stays; the change is kept as history.
 */
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { MEMBER_STATUSES } from '../../shared/domain/labels';
import { todayIso } from '../../shared/domain/dates';
import type { Member } from '../../shared/members/schema';
import { scheduledStatusText } from '../../shared/members/scheduled-text';
import { useApiMutation } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';

interface Values {
  status: Member['status'];
  date: Dayjs;
  reason?: string;
}

export function StatusChangeModal({ member, onClose }: { member: Member | null; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const change = useApiMutation('members.changeStatus', ['members.']);
  const status = Form.useWatch('status', form);
  const date = Form.useWatch('date', form);
  // A date after today is not applied now: it is scheduled and takes effect on that day.
  const later = date && status ? (date.format('YYYY-MM-DD') > todayIso() ? { status, date: date.format('YYYY-MM-DD') } : null) : null;

  useEffect(() => {
    if (member) form.setFieldsValue({ status: undefined, date: dayjs(), reason: undefined });
  }, [member, form]);

  const submit = async () => {
    if (!member) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const saved = await change.mutateAsync({ id: member.id, status: values.status, date: values.date.format('YYYY-MM-DD'), reason: values.reason ?? null });
      message.success(
        saved.scheduledStatus
          ? `已登记：会员 ${member.name} ${scheduledStatusText(saved.scheduledStatus)}，届时自动生效`
          : `会员 ${member.name} 的状态已改为“${values.status}”`,
      );
      onClose();
    } catch (error) {
      applyServerErrors(form, error, ['status', 'date', 'reason']);
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      title={member ? `变更会员状态：${member.name}` : ''}
      open={member !== null}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={later ? '登记计划变更' : '确认变更'}
      cancelText="取消"
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <p style={{ color: '#666' }}>
        当前状态：<b>{member?.status}</b>。变更后会员记录会保留，变更经过记入状态历史。
      </p>
      <Form form={form} layout="vertical">
        <Form.Item name="status" label="新状态" rules={[{ required: true, message: '请选择新状态' }]}>
          <Select
            placeholder="请选择"
            options={MEMBER_STATUSES.filter((s) => s !== member?.status).map((value) => ({ value, label: value }))}
          />
        </Form.Item>
        <Form.Item name="date" label="变更日期" rules={[{ required: true, message: '请选择变更日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {later ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="status-scheduled-hint"
            message={`变更日期在今天之后：登记为“${scheduledStatusText(later)}”，到这一天自动生效；在此之前会员仍为“${member?.status ?? ''}”，计划可在会员详情中撤销。`}
          />
        ) : null}
        <Form.Item name="reason" label="变更原因">
          <Input.TextArea rows={2} maxLength={200} showCount placeholder="例如：调往某某学校；2026年9月退休" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
