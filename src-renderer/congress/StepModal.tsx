/**
 * The frame of each handling step (审查, 答复, 落实, 反馈, 办结): a form in a dialog that saves one
 * step and puts the API's field messages on the fields.
 */
import { App, Form, Modal, type FormInstance } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { applyServerErrors, errorMessage } from '../components/form-errors';

export interface StepModalProps<V> {
  open: boolean;
  title: string;
  okText: string;
  initial: Partial<V>;
  fields: string[];
  onClose(): void;
  /** Saves the step; returns the success message. */
  save(values: V): Promise<string>;
  pending: boolean;
  children: (form: FormInstance<V>) => ReactNode;
  intro?: ReactNode;
}

export function StepModal<V extends object>({ open, title, okText, initial, fields, onClose, save, pending, children, intro }: StepModalProps<V>) {
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initial as never);
    // The initial values are read when the dialog opens, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      message.success(await save(values));
      onClose();
    } catch (error) {
      applyServerErrors(form, error, fields);
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal title={title} open={open} onCancel={onClose} onOk={() => void submit()} okText={okText} cancelText="取消" confirmLoading={pending} destroyOnHidden width={640}>
      {intro}
      <Form form={form} layout="vertical">
        {children(form)}
      </Form>
    </Modal>
  );
}
