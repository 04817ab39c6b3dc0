/**
 * Add or edit one school of 基层工会名单: name, type, the union contact to call, staff count.
 * Checked with the shared schema; the API's field messages land on the fields.
 */
import { App, Col, Form, Input, InputNumber, Modal, Radio, Row } from 'antd';
import { useEffect } from 'react';
import { SCHOOL_TYPES, schoolInputSchema, type School, type SchoolInput } from '../../shared/district/schema';
import { useApiMutation } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { zodRule } from '../components/zod-rule';

const FIELDS = ['name', 'type', 'contact', 'phone', 'staff', 'notes'];
const shape = schoolInputSchema.shape;

export function SchoolFormModal({ open, school, onClose }: { open: boolean; school: School | null; onClose(): void }) {
  const [form] = Form.useForm<SchoolInput>();
  const { message } = App.useApp();
  const save = useApiMutation('district.schools.save', ['district.']);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (school) form.setFieldsValue({ name: school.name, type: school.type, contact: school.contact, phone: school.phone, staff: school.staff, notes: school.notes });
  }, [open, school, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const saved = await save.mutateAsync({ ...values, ...(school ? { id: school.id } : {}) });
      message.success(school ? `已保存“${saved.name}”` : `已添加“${saved.name}”`);
      onClose();
    } catch (error) {
      applyServerErrors(form, error, FIELDS);
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open={open}
      title={school ? `编辑学校：${school.name}` : '新增学校'}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={600}
    >
      <Form form={form} layout="vertical">
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label="学校名称" rules={[{ required: true, message: '请填写学校名称' }, zodRule(shape.name)]} extra="与学校报送的台账中的学校名称一致，接收时按名称对应">
              <Input maxLength={60} placeholder="例如：城关第一小学" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="type" label="学校类型">
              <Radio.Group options={SCHOOL_TYPES.map((t) => ({ value: t, label: t }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contact" label="联系人" rules={[zodRule(shape.contact)]}>
              <Input maxLength={30} placeholder="学校工会主席或台账负责人" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label="联系电话" rules={[zodRule(shape.phone)]}>
              <Input placeholder="手机号或带区号的固定电话" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="staff" label="教职工人数" extra="用于判断是否应建立教代会制度">
              <InputNumber min={0} max={100000} precision={0} addonAfter="人" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label="备注" rules={[zodRule(shape.notes)]}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
