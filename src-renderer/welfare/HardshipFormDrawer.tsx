/**
 * 困难职工档案 form: the member, level, causes (one main, up to three secondary), the household
 * and its members (a sub-table), income, health, housing, verification and status.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { HARDSHIP_CAUSES, HARDSHIP_LEVELS, HARDSHIP_STATUSES, hardshipInputSchema, type HardshipDetail, type HardshipInput } from '../../shared/welfare/schema';
import { useApiMutation } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { SaveCancel } from '../components/SaveCancel';
import { zodRule } from '../components/zod-rule';
import { MemberPicker } from './MemberPicker';
import { fenToYuanText, yuanRule, yuanToFen } from './money';

interface FamilyRow {
  name?: string;
  relation?: string;
  birthDate?: Dayjs | null;
  occupation?: string;
  income?: string;
  health?: string;
}

interface Values {
  memberId?: number | null;
  level?: HardshipInput['level'];
  mainCause?: HardshipInput['mainCause'];
  secondaryCauses?: HardshipInput['mainCause'][];
  householdSize?: number;
  income?: string;
  health?: string;
  housing?: string;
  filedOn?: Dayjs;
  verifiedOn?: Dayjs;
  verifiedBy?: string;
  status?: HardshipInput['status'];
  statusDate?: Dayjs | null;
  statusReason?: string;
  notes?: string;
  family?: FamilyRow[];
}

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const shape = hardshipInputSchema.shape;
const FIELDS = ['memberId', 'level', 'mainCause', 'secondaryCauses', 'householdSize', 'income', 'health', 'housing', 'filedOn', 'verifiedOn', 'verifiedBy', 'status', 'statusDate', 'statusReason', 'notes', 'family'];

function toValues(f: HardshipDetail): Values {
  return {
    memberId: f.memberId,
    level: f.level,
    mainCause: f.mainCause,
    secondaryCauses: f.secondaryCauses,
    householdSize: f.householdSize,
    income: fenToYuanText(f.perCapitaIncomeFen),
    health: f.health ?? undefined,
    housing: f.housing ?? undefined,
    filedOn: dayjs(f.filedOn),
    verifiedOn: dayjs(f.verifiedOn),
    verifiedBy: f.verifiedBy,
    status: f.status,
    statusDate: f.statusDate ? dayjs(f.statusDate) : null,
    statusReason: f.statusReason ?? undefined,
    notes: f.notes ?? undefined,
    family: f.family.map((m) => ({
      name: m.name,
      relation: m.relation,
      birthDate: m.birthDate ? dayjs(m.birthDate) : null,
      occupation: m.occupation ?? undefined,
      income: fenToYuanText(m.monthlyIncomeFen),
      health: m.health ?? undefined,
    })),
  };
}

function toInput(v: Values): HardshipInput {
  return {
    memberId: v.memberId ?? 0,
    level: v.level!,
    mainCause: v.mainCause!,
    secondaryCauses: v.secondaryCauses ?? [],
    householdSize: v.householdSize ?? 0,
    perCapitaIncomeFen: yuanToFen(v.income),
    health: v.health ?? null,
    housing: v.housing ?? null,
    filedOn: iso(v.filedOn) ?? '',
    verifiedOn: iso(v.verifiedOn) ?? '',
    verifiedBy: v.verifiedBy ?? '',
    status: v.status ?? '在档',
    statusDate: iso(v.statusDate),
    statusReason: v.statusReason ?? null,
    notes: v.notes ?? null,
    family: (v.family ?? []).map((m) => ({
      name: m.name ?? '',
      relation: m.relation ?? '',
      birthDate: iso(m.birthDate),
      occupation: m.occupation ?? null,
      monthlyIncomeFen: yuanToFen(m.income),
      health: m.health ?? null,
    })),
  };
}

export function HardshipFormDrawer({ open, file, onClose }: { open: boolean; file?: HardshipDetail | null; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useApiMutation('welfare.hardship.create', ['welfare.']);
  const update = useApiMutation('welfare.hardship.update', ['welfare.']);
  const status = Form.useWatch('status', form) ?? '在档';
  const mainCause = Form.useWatch('mainCause', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (file) form.setFieldsValue(toValues(file));
    else form.setFieldsValue({ status: '在档', filedOn: dayjs(), verifiedOn: dayjs(), householdSize: 1, secondaryCauses: [], family: [] });
  }, [open, file, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const saved = file ? await update.mutateAsync({ id: file.id, data: toInput(values) }) : await create.mutateAsync(toInput(values));
      message.success(file ? `已保存 ${saved.memberName} 的困难职工档案` : `已为 ${saved.memberName} 建立困难职工档案`);
      onClose();
    } catch (error) {
      applyServerErrors(form, error, FIELDS);
      message.error(errorMessage(error));
    }
  };

  const noFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
  return (
    <Drawer
      title={file ? `编辑困难职工档案：${file.memberName}` : '新建困难职工档案'}
      width={920}
      open={open}
      onClose={onClose}
      destroyOnHidden
      extra={
        <SaveCancel onCancel={onClose} onSave={() => void submit()} saving={create.isPending || update.isPending} />
      }
    >
      <Form form={form} layout="vertical" requiredMark>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="memberId" label="会员" rules={[{ required: true, message: '请选择会员' }]}>
              <MemberPicker initialLabel={file?.memberName} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="level" label="困难类别" rules={[{ required: true, message: '请选择困难类别' }]}>
              <Select options={options(HARDSHIP_LEVELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="householdSize" label="家庭人口" validateFirst rules={[{ required: true, message: '请填写家庭人口' }, zodRule(shape.householdSize)]}>
              <InputNumber min={1} max={30} precision={0} addonAfter="人" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="mainCause" label="主要致困原因" rules={[{ required: true, message: '请选择主要致困原因' }]}>
              <Select options={options(HARDSHIP_CAUSES)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="secondaryCauses"
              label="次要致困原因（最多 3 项）"
              rules={[zodRule(shape.secondaryCauses)]}
            >
              <Select mode="multiple" maxCount={3} options={HARDSHIP_CAUSES.filter((c) => c !== mainCause).map((value) => ({ value, label: value }))} placeholder="可不选" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="income" label="家庭人均月收入（元）" rules={[{ required: true, message: '请填写人均月收入' }, yuanRule]}>
              <Input suffix="元/月" inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="health" label="健康状况" rules={[zodRule(shape.health)]}>
              <Input placeholder="例如：本人患糖尿病" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="housing" label="住房情况" rules={[zodRule(shape.housing)]}>
              <Input placeholder="例如：租住 40 平方米" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="filedOn" label="建档日期" rules={[{ required: true, message: '请选择建档日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="verifiedOn" label="核实日期" rules={[{ required: true, message: '请选择核实日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="verifiedBy" label="核实人" validateFirst rules={[{ required: true, whitespace: true, message: '请填写核实人' }, zodRule(shape.verifiedBy)]}>
              <Input placeholder="例如：工会主席 王某" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="status" label="档案状态">
              <Select options={options(HARDSHIP_STATUSES)} />
            </Form.Item>
          </Col>
          {status !== '在档' ? (
            <>
              <Col span={6}>
                <Form.Item name="statusDate" label={`${status}日期`} rules={[{ required: true, message: `请选择${status}日期` }]}>
                  <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
                </Form.Item>
              </Col>
              <Col span={18}>
                <Form.Item name="statusReason" label={`${status}原因`} rules={[zodRule(shape.statusReason)]}>
                  <Input placeholder={status === '脱困' ? '例如：配偶重新就业，人均收入已超过当地标准' : '例如：调离本校'} />
                </Form.Item>
              </Col>
            </>
          ) : null}
        </Row>
        <Typography.Title level={5}>家庭成员</Typography.Title>
        <Form.List name="family">
          {(fields, { add, remove }) => (
            <>
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                locale={{ emptyText: '还没有填写家庭成员（不含本人）' }}
                columns={[
                  {
                    title: '姓名',
                    width: 110,
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写' }]} style={{ margin: 0 }}>
                        <Input aria-label="家庭成员姓名" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '关系',
                    width: 90,
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'relation']} rules={[{ required: true, whitespace: true, message: '请填写' }]} style={{ margin: 0 }}>
                        <Input aria-label="与本人关系" placeholder="配偶" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '出生日期',
                    width: 140,
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'birthDate']} style={{ margin: 0 }}>
                        <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '工作单位或就读学校',
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'occupation']} style={{ margin: 0 }}>
                        <Input aria-label="工作单位或就读学校" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '月收入（元）',
                    width: 110,
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'income']} rules={[yuanRule]} style={{ margin: 0 }}>
                        <Input aria-label="月收入" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '健康状况',
                    width: 120,
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'health']} style={{ margin: 0 }}>
                        <Input aria-label="健康状况" />
                      </Form.Item>
                    ),
                  },
                  { title: '', width: 44, render: (_: unknown, f) => <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除该成员" onClick={() => remove(f.name)} /> },
                ]}
              />
              <Button icon={<PlusOutlined />} style={{ margin: '12px 0 16px' }} onClick={() => add({ income: '' })}>
                添加家庭成员
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="notes" label="备注" rules={[zodRule(shape.notes)]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
