/**
 * 登记荣誉 / 编辑荣誉: who (members, or a group such as a 教研组 or the branch), the title (from the
 * editable list, or typed), level, awarding body, date and 推荐/获评.
 */
import { App, AutoComplete, Col, DatePicker, Drawer, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { HONOUR_LEVELS, HONOUR_STATES, honourInputSchema, type Honour, type HonourInput } from '../../shared/honours/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { MembersPicker } from '../activities/MembersPicker';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { SaveCancel } from '../components/SaveCancel';
import { zodRule } from '../components/zod-rule';

interface Values {
  kind: 'members' | 'group';
  memberIds?: number[];
  groupName?: string;
  title?: string;
  level?: HonourInput['level'];
  awardingBody?: string;
  awardedOn?: Dayjs;
  state?: HonourInput['state'];
  notes?: string;
}

const shape = honourInputSchema.shape;
const FIELDS = ['memberIds', 'groupName', 'title', 'level', 'awardingBody', 'awardedOn', 'state', 'notes'];

export function HonourFormDrawer({ open, honour, memberId, onClose }: { open: boolean; honour: Honour | null; memberId?: number; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const titles = useApiQuery('honours.titles.get', undefined, { enabled: open });
  const settings = useApiQuery('settings.get', undefined, { enabled: open });
  const departments = useApiQuery('welfare.visits.departments', undefined, { enabled: open });
  const create = useApiMutation('honours.create', ['honours.', 'report.']);
  const update = useApiMutation('honours.update', ['honours.', 'report.']);
  const kind = Form.useWatch('kind', form) ?? 'members';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (honour) {
      form.setFieldsValue({
        kind: honour.members.length ? 'members' : 'group',
        memberIds: honour.members.map((m) => m.id),
        groupName: honour.groupName ?? undefined,
        title: honour.title,
        level: honour.level,
        awardingBody: honour.awardingBody ?? undefined,
        awardedOn: dayjs(honour.awardedOn),
        state: honour.state,
        notes: honour.notes ?? undefined,
      });
    } else form.setFieldsValue({ kind: 'members', memberIds: memberId ? [memberId] : [], state: '获评', awardedOn: dayjs() });
  }, [open, honour, memberId, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input: HonourInput = {
      title: v.title ?? '',
      level: v.level ?? '校级',
      awardingBody: v.awardingBody ?? null,
      awardedOn: v.awardedOn?.format('YYYY-MM-DD') ?? '',
      state: v.state ?? '获评',
      memberIds: v.kind === 'members' ? (v.memberIds ?? []) : [],
      groupName: v.kind === 'group' ? (v.groupName ?? null) : null,
      notes: v.notes ?? null,
    };
    try {
      const saved = honour ? await update.mutateAsync({ id: honour.id, data: input }) : await create.mutateAsync(input);
      message.success(`已保存：${saved.holder} · ${saved.title}`);
      onClose();
    } catch (error) {
      applyServerErrors(form, error, FIELDS);
      message.error(errorMessage(error));
    }
  };

  const groups = [settings.data?.unionName || '本校工会', settings.data?.schoolName, ...(departments.data ?? [])].filter((g): g is string => !!g);
  return (
    <Drawer
      title={honour ? `编辑荣誉：${honour.holder} · ${honour.title}` : '登记荣誉'}
      width={680}
      open={open}
      onClose={onClose}
      destroyOnHidden
      extra={<SaveCancel onCancel={onClose} onSave={() => void submit()} saving={create.isPending || update.isPending} />}
    >
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item name="kind" label="获奖对象">
          <Radio.Group optionType="button" options={[{ value: 'members', label: '个人（可选多人）' }, { value: 'group', label: '集体（教研组、本校工会等）' }]} />
        </Form.Item>
        {kind === 'members' ? (
          <Form.Item name="memberIds" label="获奖会员" rules={[{ required: true, type: 'array', min: 1, message: '请选择获奖会员' }]}>
            <MembersPicker known={honour?.members ?? []} />
          </Form.Item>
        ) : (
          <Form.Item name="groupName" label="集体名称" validateFirst rules={[{ required: true, whitespace: true, message: '请填写获奖集体' }, zodRule(shape.groupName)]}>
            <AutoComplete options={[...new Set(groups)].map((g) => ({ value: g }))} placeholder="例如：语文组、本校工会" filterOption />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="title" label="荣誉称号" validateFirst rules={[{ required: true, whitespace: true, message: '请填写荣誉称号' }, zodRule(shape.title)]}>
              <AutoComplete options={(titles.data ?? []).map((t) => ({ value: t }))} placeholder="从列表选择，或直接输入" filterOption />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="level" label="级别" rules={[{ required: true, message: '请选择级别' }]}>
              <Select options={HONOUR_LEVELS.map((l) => ({ value: l, label: l }))} placeholder="选择级别" />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="awardingBody" label="授予单位" rules={[zodRule(shape.awardingBody)]}>
              <Input placeholder="例如：市教育局、省总工会" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="awardedOn" label="获得（推荐）日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="state" label="状态" extra="推荐：已推荐申报、尚未评定；获评：已获得该荣誉">
          <Radio.Group optionType="button" options={HONOUR_STATES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="notes" label="备注（如表彰文号）" rules={[zodRule(shape.notes)]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
