/**
 * A delegate leaves (调离, 退休…), optionally replaced by another member (递补). The leaver's row
 * stays in the list with the date and reason; the replacement takes the same delegation and kind.
 */
import { App, DatePicker, Form, Input, Modal, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { Delegate } from '../../shared/congress/schema';
import { useApiMutation } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { isoOf, todayDay } from './form-dates';
import { MemberSelect } from './MemberSelect';

interface Values {
  leftOn?: Dayjs | null;
  leftReason?: string;
  replacementMemberId?: number;
  replacementIsTeacher?: boolean;
}

export function DelegateLeaveModal({ delegate, onClose }: { delegate: Delegate | null; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const leave = useApiMutation('congress.delegates.leave', ['congress.']);

  useEffect(() => {
    if (delegate) form.setFieldsValue({ leftOn: todayDay(), leftReason: undefined, replacementMemberId: undefined, replacementIsTeacher: delegate.isTeacher });
  }, [delegate, form]);

  const submit = async () => {
    if (!delegate) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const result = await leave.mutateAsync({
        id: delegate.id,
        leftOn: isoOf(v.leftOn) ?? '',
        leftReason: v.leftReason ?? '',
        replacementMemberId: v.replacementMemberId ?? null,
        replacementIsTeacher: v.replacementIsTeacher,
      });
      message.success(result.id === delegate.id ? `${delegate.name} 已离任` : `${delegate.name} 已离任，由 ${result.name} 递补`);
      onClose();
    } catch (error) {
      applyServerErrors(form, error, ['leftOn', 'leftReason', 'replacementMemberId']);
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      title={delegate ? `代表离任/替换：${delegate.name}` : ''}
      open={delegate !== null}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="确认"
      cancelText="取消"
      confirmLoading={leave.isPending}
      destroyOnHidden
    >
      <p style={{ color: '#666' }}>离任后该代表的提案、附议和表决记录都会保留；递补代表沿用原代表团和代表类别。</p>
      <Form form={form} layout="vertical">
        <Form.Item name="leftOn" label="离任日期" rules={[{ required: true, message: '请选择离任日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="leftReason" label="离任原因" rules={[{ required: true, whitespace: true, message: '请填写离任原因' }]}>
          <Input maxLength={100} placeholder="例如：调往某某学校、退休" />
        </Form.Item>
        <Form.Item name="replacementMemberId" label="递补代表（可不选）">
          <MemberSelect />
        </Form.Item>
        <Form.Item name="replacementIsTeacher" label="递补代表是教师" valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
