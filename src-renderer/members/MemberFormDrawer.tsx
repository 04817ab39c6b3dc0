/**
 * Add or edit a member. Every field is checked with the shared schema as it is typed; a valid ID
 * fills in gender and birth date, which then follow the ID.
 */
import { App, AutoComplete, Col, DatePicker, Drawer, Form, Input, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { checkResidentId } from '../../shared/domain/resident-id';
import {
  EDUCATION_SUGGESTIONS,
  EMPLOYMENT_TYPES,
  ETHNICITY_SUGGESTIONS,
  POLITICAL_STATUS_SUGGESTIONS,
  TITLE_SUGGESTIONS,
} from '../../shared/domain/labels';
import { MEMBER_FIELD_LABELS as L, memberInputSchema, type Member } from '../../shared/members/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { SaveCancel } from '../components/SaveCancel';
import { zodRule } from '../components/zod-rule';
import { dateToIso, formToInput, MEMBER_FORM_FIELDS, memberToForm, type MemberFormValues } from './form-values';

const shape = memberInputSchema.shape;
const options = (values: readonly string[]) => values.map((value) => ({ value }));

export interface MemberFormDrawerProps {
  open: boolean;
  /** The member being edited; absent when adding. */
  member?: Member | null;
  onClose(): void;
  onSaved?(member: Member): void;
}

export function MemberFormDrawer({ open, member, onClose, onSaved }: MemberFormDrawerProps) {
  const [form] = Form.useForm<MemberFormValues>();
  const { message } = App.useApp();
  const [derivedFromId, setDerivedFromId] = useState(false);
  const departments = useApiQuery('members.departments', undefined, { enabled: open });
  const create = useApiMutation('members.create', ['members.']);
  const update = useApiMutation('members.update', ['members.']);
  const saving = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (member) {
      form.setFieldsValue(memberToForm(member));
      setDerivedFromId(Boolean(member.idNumber && checkResidentId(member.idNumber).ok));
    } else {
      setDerivedFromId(false);
    }
  }, [open, member, form]);

  const onValuesChange = (changed: Partial<MemberFormValues>) => {
    if (!('idNumber' in changed)) return;
    const id = checkResidentId(changed.idNumber ?? '');
    if (id.ok) {
      form.setFieldsValue({ gender: id.gender, birthDate: dayjs(id.birthDate) });
      void form.validateFields(['gender', 'birthDate']);
    }
    setDerivedFromId(id.ok);
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = formToInput(values);
    try {
      const saved = member ? await update.mutateAsync({ id: member.id, data: input }) : await create.mutateAsync(input);
      message.success(member ? `已保存会员 ${saved.name} 的修改` : `已添加会员 ${saved.name}`);
      onSaved?.(saved);
      onClose();
    } catch (error) {
      if (!applyServerErrors(form, error, [...MEMBER_FORM_FIELDS])) message.error(errorMessage(error));
      else message.error(errorMessage(error));
    }
  };

  const derivedHint = derivedFromId ? '由身份证号自动得出' : undefined;

  return (
    <Drawer
      title={member ? `编辑会员：${member.name}` : '新增会员'}
      width={720}
      open={open}
      onClose={onClose}
      destroyOnHidden
      extra={
        <SaveCancel onCancel={onClose} onSave={() => void submit()} saving={saving} />
      }
    >
      <Form form={form} layout="vertical" onValuesChange={onValuesChange} requiredMark>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={L.name} required rules={[zodRule(shape.name, (v) => v ?? '')]}>
              <Input maxLength={50} autoFocus placeholder="例如：张三" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="idNumber" label={L.idNumber} rules={[zodRule(shape.idNumber)]} validateFirst>
              <Input maxLength={22} placeholder="18 位，最后一位可为 X" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="gender" label={L.gender} extra={derivedHint}>
              <Radio.Group disabled={derivedFromId} options={['男', '女']} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="birthDate" label={L.birthDate} extra={derivedHint} rules={[zodRule(shape.birthDate, dateToIso)]}>
              <DatePicker disabled={derivedFromId} style={{ width: '100%' }} placeholder="选择日期" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ethnicity" label={L.ethnicity} rules={[zodRule(shape.ethnicity)]}>
              <AutoComplete options={options(ETHNICITY_SUGGESTIONS)} placeholder="例如：汉族" filterOption />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="politicalStatus" label={L.politicalStatus} rules={[zodRule(shape.politicalStatus)]}>
              <AutoComplete options={options(POLITICAL_STATUS_SUGGESTIONS)} placeholder="例如：中共党员" filterOption />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="education" label={L.education} rules={[zodRule(shape.education)]}>
              <AutoComplete options={options(EDUCATION_SUGGESTIONS)} placeholder="例如：大学本科" filterOption />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="title" label={L.title} rules={[zodRule(shape.title)]}>
              <AutoComplete options={options(TITLE_SUGGESTIONS)} placeholder="例如：一级教师" filterOption />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="department" label={L.department} rules={[zodRule(shape.department)]}>
              <AutoComplete options={options(departments.data ?? [])} placeholder="例如：语文组" filterOption />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="position" label={L.position} rules={[zodRule(shape.position)]}>
              <Input placeholder="例如：教研组长" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={L.phone} rules={[zodRule(shape.phone)]}>
              <Input placeholder="手机号或带区号的固定电话" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="employmentType" label={L.employmentType}>
              <Select allowClear options={options(EMPLOYMENT_TYPES)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="joinDate" label={L.joinDate} rules={[zodRule(shape.joinDate, dateToIso)]}>
              <DatePicker style={{ width: '100%' }} placeholder="选择日期" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={L.notes} rules={[zodRule(shape.notes)]}>
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
