/**
 * Add a delegate to a term, or change one's delegation, kind and teacher mark.
 */
import { chineseNumber } from '../../shared/congress/rules';
import { App, Col, DatePicker, Form, Input, Modal, Radio, Row, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { DELEGATE_KINDS, type Delegate, type DelegateKind } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { dayOf, isoOf } from './form-dates';
import { MemberSelect } from './MemberSelect';

interface Values {
  memberId?: number;
  delegation?: string | null;
  delegateKind?: DelegateKind;
  isTeacher?: boolean;
  electedOn?: Dayjs | null;
  delegateNotes?: string | null;
}

const FIELDS = ['memberId', 'delegation', 'delegateKind', 'isTeacher', 'electedOn', 'delegateNotes'];

export function DelegateFormModal({ open, term, delegate, onClose }: { open: boolean; term: number; delegate?: Delegate | null; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useApiMutation('congress.delegates.add', ['congress.']);
  const update = useApiMutation('congress.delegates.update', ['congress.']);
  // The register's department, title and post say whether a member teaches; the switch follows the
  // chosen member (是 when the register says nothing), and the user can still change it.
  const candidates = useApiQuery('congress.delegates.candidates', { term }, { enabled: open && !delegate });
  const memberId = Form.useWatch('memberId', form);
  useEffect(() => {
    if (delegate || !memberId) return;
    const c = candidates.data?.find((x) => x.memberId === memberId);
    form.setFieldValue('isTeacher', c ? c.isTeacherGuess : true);
  }, [memberId, candidates.data, delegate, form]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      delegate
        ? {
            delegation: delegate.delegation,
            delegateKind: delegate.kind,
            isTeacher: delegate.isTeacher,
            electedOn: dayOf(delegate.electedOn),
            delegateNotes: delegate.notes,
          }
        : { delegateKind: '正式', isTeacher: true },
    );
  }, [open, delegate, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const common = {
      delegation: v.delegation ?? null,
      delegateKind: v.delegateKind ?? '正式',
      isTeacher: v.isTeacher ?? false,
      electedOn: isoOf(v.electedOn),
      delegateNotes: v.delegateNotes ?? null,
    };
    try {
      const saved = delegate ? await update.mutateAsync({ id: delegate.id, ...common }) : await add.mutateAsync({ term, memberId: v.memberId ?? 0, ...common });
      message.success(delegate ? `已保存代表 ${saved.name}` : `已添加第${chineseNumber(term)}届代表 ${saved.name}`);
      onClose();
    } catch (error) {
      applyServerErrors(form, error, FIELDS);
      message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      title={delegate ? `编辑代表：${delegate.name}` : `添加第${chineseNumber(term)}届代表`}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={add.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        {delegate ? null : (
          <Form.Item name="memberId" label="会员" rules={[{ required: true, message: '请选择会员' }]}>
            <MemberSelect />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="delegation" label="代表团/代表组">
              <Input maxLength={30} placeholder="例如：第一代表团、语文组" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="electedOn" label="当选日期">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="delegateKind" label="代表类别" extra="只有正式代表有表决权；列席、特邀代表不计入应到和实到人数">
          <Radio.Group options={DELEGATE_KINDS.map((k) => ({ value: k, label: `${k}代表` }))} />
        </Form.Item>
        <Form.Item name="isTeacher" label="教师代表" valuePropName="checked" extra={delegate ? '一线教师代表一般应占代表总数的 60% 以上' : '按会员的部门、职称和职务预填，行政后勤等岗位为“否”；一线教师代表一般应占代表总数的 60% 以上'}>
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
        <Form.Item name="delegateNotes" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
