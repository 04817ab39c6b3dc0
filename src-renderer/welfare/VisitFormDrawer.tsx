/**
 * 登记慰问 / 编辑慰问: the person, date, reason, cash and goods, visitors and the papers seen.
 * The reason's standard is shown beside the amount; a visit over it asks for confirmation first.
 */
import { Alert, App, Checkbox, Col, DatePicker, Drawer, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { formatFen } from '../../shared/domain/money';
import { visitInputSchema, type Visit, type VisitInput, type WelfareStandard } from '../../shared/welfare/schema';
import { useApi } from '../api/context';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { SaveCancel } from '../components/SaveCancel';
import { zodRule } from '../components/zod-rule';
import { MemberPicker } from './MemberPicker';
import { fenToYuanText, yuanRule, yuanToFen } from './money';
import { confirmOverStandard } from './OverStandardConfirm';

type Kind = 'member' | 'family' | 'other';

interface Values {
  kind: Kind;
  memberId?: number | null;
  recipientName?: string;
  recipientRelation?: string;
  visitDate?: Dayjs;
  reason?: string;
  amount?: string;
  goods?: string;
  goodsValue?: string;
  visitors?: string;
  evidence?: string[];
  notes?: string;
}

const shape = visitInputSchema.shape;
const FIELDS = ['memberId', 'recipientName', 'recipientRelation', 'visitDate', 'reason', 'amount', 'goods', 'goodsValue', 'visitors', 'evidence', 'notes'];
const SERVER_FIELD: Record<string, string> = { amountFen: 'amount', goodsValueFen: 'goodsValue' };

export function standardText(s: WelfareStandard | undefined | null): string {
  if (!s) return '该事由没有设定标准';
  const parts: string[] = [];
  if (!s.cashAllowed) parts.push('只发慰问品，不发慰问金');
  else if (s.capFen !== null) parts.push(`慰问金每次不超过 ${formatFen(s.capFen)}`);
  if (s.goodsCapFen !== null) parts.push(`慰问品每次不超过 ${formatFen(s.goodsCapFen)}`);
  if (s.maxPerYear !== null) parts.push(`每人每年最多 ${s.maxPerYear} 次`);
  return parts.length ? parts.join('，') : '该事由不限金额和次数';
}

function visitToValues(v: Visit): Values {
  return {
    kind: v.memberId === null ? 'other' : v.recipientName ? 'family' : 'member',
    memberId: v.memberId,
    recipientName: v.recipientName ?? undefined,
    recipientRelation: v.recipientRelation ?? undefined,
    visitDate: dayjs(v.visitDate),
    reason: v.reason,
    amount: v.amountFen ? fenToYuanText(v.amountFen) : '',
    goods: v.goods ?? undefined,
    goodsValue: v.goodsValueFen ? fenToYuanText(v.goodsValueFen) : '',
    visitors: v.visitors ?? undefined,
    evidence: v.evidence,
    notes: v.notes ?? undefined,
  };
}

export interface VisitFormDrawerProps {
  open: boolean;
  visit?: Visit | null;
  /** Pre-selects a member (from the member page). */
  memberId?: number;
  onClose(): void;
  onSaved?(visit: Visit): void;
}

export function VisitFormDrawer({ open, visit, memberId, onClose, onSaved }: VisitFormDrawerProps) {
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const api = useApi();
  const standards = useApiQuery('welfare.standards.get', undefined, { enabled: open });
  const create = useApiMutation('welfare.visits.create', ['welfare.']);
  const update = useApiMutation('welfare.visits.update', ['welfare.']);
  const kind = Form.useWatch('kind', form) ?? 'member';
  const reason = Form.useWatch('reason', form);
  const standard = useMemo(() => standards.data?.items.find((s) => s.reason === reason), [standards.data, reason]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (visit) form.setFieldsValue(visitToValues(visit));
    else form.setFieldsValue({ kind: 'member', memberId: memberId ?? null, visitDate: dayjs(), evidence: [] });
  }, [open, visit, memberId, form]);

  const toInput = (v: Values, confirmed: boolean, note: string | null): VisitInput => ({
    memberId: v.kind === 'other' ? null : (v.memberId ?? null),
    recipientName: v.kind === 'member' ? null : (v.recipientName ?? null),
    recipientRelation: v.kind === 'member' ? null : (v.recipientRelation ?? null),
    visitDate: v.visitDate ? v.visitDate.format('YYYY-MM-DD') : '',
    reason: v.reason ?? '',
    amountFen: yuanToFen(v.amount),
    goods: v.goods ?? null,
    goodsValueFen: yuanToFen(v.goodsValue),
    visitors: v.visitors ?? null,
    evidence: v.evidence ?? [],
    notes: v.notes ?? null,
    overStandardConfirmed: confirmed,
    overStandardNote: note,
  });

  const save = async (input: VisitInput) => {
    const saved = visit ? await update.mutateAsync({ id: visit.id, data: input }) : await create.mutateAsync(input);
    message.success(visit ? `已保存对 ${saved.displayName} 的慰问记录` : `已登记对 ${saved.displayName} 的慰问`);
    onSaved?.(saved);
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = toInput(values, false, null);
    try {
      const check = await api.call('welfare.visits.check', {
        memberId: input.memberId,
        recipientName: input.recipientName,
        visitDate: input.visitDate,
        reason: input.reason,
        amountFen: input.amountFen,
        goodsValueFen: input.goodsValueFen,
        excludeVisitId: visit?.id,
      });
      if (check.problems.length > 0) {
        const note = await confirmOverStandard(modal, check.problems, visit?.overStandardNote ?? '');
        if (note === null) return;
        await save({ ...input, overStandardConfirmed: true, overStandardNote: note || null });
        return;
      }
      await save(input);
    } catch (error) {
      if (error && typeof error === 'object' && 'fields' in error && error.fields) {
        const fields = error.fields as Record<string, string>;
        const mapped = Object.fromEntries(Object.entries(fields).map(([k, m]) => [SERVER_FIELD[k] ?? k, m]));
        applyServerErrors(form, Object.assign(error, { fields: mapped }), FIELDS);
      }
      message.error(errorMessage(error));
    }
  };

  const reasons = standards.data?.items.map((s) => ({ value: s.reason, label: s.reason })) ?? [];
  return (
    <Drawer
      title={visit ? `编辑慰问记录：${visit.displayName}` : '登记慰问'}
      width={720}
      open={open}
      onClose={onClose}
      destroyOnHidden
      extra={
        <SaveCancel onCancel={onClose} onSave={() => void submit()} saving={create.isPending || update.isPending} />
      }
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark
        onValuesChange={(changed: Partial<Values>) => {
          // Papers ticked for the previous reason do not carry over to another reason's checklist.
          if (!('reason' in changed)) return;
          const list = standards.data?.items.find((s) => s.reason === changed.reason)?.evidence ?? [];
          form.setFieldValue('evidence', (form.getFieldValue('evidence') as string[] | undefined)?.filter((e) => list.includes(e)) ?? []);
        }}
      >
        <Form.Item name="kind" label="慰问对象">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'member', label: '会员本人' },
              { value: 'family', label: '会员家属' },
              { value: 'other', label: '名册外人员（如退休教师）' },
            ]}
          />
        </Form.Item>
        <Row gutter={16}>
          {kind !== 'other' ? (
            <Col span={12}>
              <Form.Item name="memberId" label="会员" rules={[{ required: true, message: '请选择会员' }]}>
                <MemberPicker initialLabel={visit?.memberName ?? undefined} />
              </Form.Item>
            </Col>
          ) : null}
          {kind !== 'member' ? (
            <>
              <Col span={kind === 'other' ? 12 : 6}>
                <Form.Item name="recipientName" label={kind === 'family' ? '家属姓名' : '姓名'} validateFirst rules={[{ required: true, whitespace: true, message: '请填写姓名' }, zodRule(shape.recipientName)]}>
                  <Input placeholder={kind === 'family' ? '例如：李某某' : '例如：周老师'} />
                </Form.Item>
              </Col>
              <Col span={kind === 'other' ? 12 : 6}>
                <Form.Item name="recipientRelation" label={kind === 'family' ? '与会员关系' : '身份/单位'} rules={[zodRule(shape.recipientRelation)]}>
                  <Input placeholder={kind === 'family' ? '例如：母亲' : '例如：退休教师'} />
                </Form.Item>
              </Col>
            </>
          ) : null}
          <Col span={12}>
            <Form.Item name="visitDate" label="慰问日期" rules={[{ required: true, message: '请选择慰问日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="reason" label="慰问事由" rules={[{ required: true, message: '请选择慰问事由' }]}>
              <Select options={reasons} placeholder="请选择" showSearch />
            </Form.Item>
          </Col>
          {reason ? (
            <Col span={24}>
              <Alert
                type={standard && !standard.cashAllowed ? 'warning' : 'info'}
                showIcon
                style={{ marginBottom: 16 }}
                message={`“${reason}”标准：${standardText(standard)}`}
                description={standards.data?.isExample ? `当前为${standards.data.marker ?? ''}（可在“慰问标准”中修改）` : undefined}
              />
            </Col>
          ) : null}
          <Col span={12}>
            <Form.Item name="amount" label="慰问金（元）" rules={[yuanRule]} validateFirst>
              <Input placeholder="例如：500 或 500.50" suffix="元" inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="visitors" label="走访人员" rules={[zodRule(shape.visitors)]}>
              <Input placeholder="例如：工会主席 王某、校长 李某" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="goods" label="慰问品" rules={[zodRule(shape.goods)]}>
              <Input placeholder="例如：水果、牛奶" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="goodsValue" label="慰问品价值（元）" rules={[yuanRule]}>
              <Input placeholder="例如：200" suffix="元" inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="evidence" label="已查验材料" extra={standard && standard.evidence.length === 0 ? '该事由无须查验材料' : undefined}>
              <Checkbox.Group options={standard?.evidence ?? []} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label="备注" rules={[zodRule(shape.notes)]}>
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </Col>
        </Row>
        {visit?.overStandard ? (
          <Typography.Text type="danger">
            该记录已标记为超标准：{visit.overStandardReasons}
            {visit.overStandardNote ? `（说明：${visit.overStandardNote}）` : ''}
          </Typography.Text>
        ) : null}
      </Form>
    </Drawer>
  );
}
