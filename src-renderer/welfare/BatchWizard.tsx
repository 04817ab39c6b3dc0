/**
 * 批量慰问: pick many members (all retirees, the hardship register, a department, everyone in the
 * register), give one reason, date and amount, check against the standard, save all in one step.
 */
import { App, Alert, Button, Card, Checkbox, Col, DatePicker, Descriptions, Form, Input, Radio, Result, Row, Select, Space, Steps, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatDateCn } from '../../shared/domain/dates';
import { fenToCapital, formatFen } from '../../shared/domain/money';
import { batchInputSchema, type BatchInput, type Person } from '../../shared/welfare/schema';
import { useApi } from '../api/context';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../components/form-errors';
import { zodRule } from '../components/zod-rule';
import { yuanRule, yuanToFen } from './money';
import { printSignoff } from './SignoffModal';
import { standardText } from './VisitFormDrawer';

type Group = 'retired' | 'hardship' | 'active' | 'department';

interface Details {
  title?: string;
  visitDate?: Dayjs;
  reason?: string;
  amount?: string;
  goods?: string;
  goodsValue?: string;
  visitors?: string;
  notes?: string;
}

const shape = batchInputSchema.shape;
const GROUP_QUERIES: Record<Exclude<Group, 'department'>, { statuses?: Array<'在册' | '退休'>; hardshipOnly?: boolean }> = {
  retired: { statuses: ['退休'] },
  hardship: { hardshipOnly: true, statuses: ['在册', '退休'] },
  active: { statuses: ['在册'] },
};

export function BatchWizard() {
  const { message } = App.useApp();
  const api = useApi();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [group, setGroup] = useState<Group>('retired');
  const [department, setDepartment] = useState<string | undefined>();
  const [selected, setSelected] = useState<number[]>([]);
  const [details, setDetails] = useState<Details>({});
  const [problems, setProblems] = useState<Array<{ memberId: number; name: string; problems: string[] }> | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [overNote, setOverNote] = useState('');
  const [checking, setChecking] = useState(false);
  const [done, setDone] = useState<{ id: number; title: string; visits: number; amountFen: number } | null>(null);
  const [form] = Form.useForm<Details>();
  const standards = useApiQuery('welfare.standards.get', undefined);
  const departments = useApiQuery('members.departments', undefined);
  const query = group === 'department' ? { statuses: ['在册', '退休'] as Array<'在册' | '退休'>, departments: department ? [department] : [] } : GROUP_QUERIES[group];
  const people = useApiQuery('welfare.people', query, { enabled: group !== 'department' || Boolean(department) });
  const create = useApiMutation('welfare.batches.create', ['welfare.']);
  const reason = Form.useWatch('reason', form);
  const standard = standards.data?.items.find((s) => s.reason === reason);

  // A new group starts with everyone in it ticked: the usual case is “all retirees”.
  useEffect(() => {
    if (people.data) setSelected(people.data.filter((p) => p.status !== '退会').map((p) => p.id));
  }, [people.data]);

  const chosen = useMemo(() => (people.data ?? []).filter((p) => selected.includes(p.id)), [people.data, selected]);

  const input = (d: Details, ok: boolean): BatchInput => ({
    title: d.title ?? null,
    memberIds: chosen.map((p) => p.id),
    visitDate: d.visitDate ? d.visitDate.format('YYYY-MM-DD') : '',
    reason: d.reason ?? '',
    amountFen: yuanToFen(d.amount),
    goods: d.goods ?? null,
    goodsValueFen: yuanToFen(d.goodsValue),
    visitors: d.visitors ?? null,
    notes: d.notes ?? null,
    overStandardConfirmed: ok,
    overStandardNote: ok ? overNote || null : null,
  });

  const toReview = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setDetails(values);
    setChecking(true);
    try {
      setProblems(await api.call('welfare.batches.check', input(values, false)));
      setConfirmed(false);
      setStep(2);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setChecking(false);
    }
  };

  const save = async () => {
    try {
      const result = await create.mutateAsync(input(details, confirmed));
      setDone(result);
      message.success(`已登记 ${result.visits} 人的${result.title}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const restart = () => {
    setDone(null);
    setStep(0);
    setProblems(null);
    form.resetFields();
    form.setFieldsValue({ visitDate: dayjs() });
  };

  useEffect(() => {
    form.setFieldsValue({ visitDate: dayjs() });
  }, [form]);

  const perPerson = yuanToFen(details.amount);
  const total = perPerson * chosen.length;

  if (done) {
    return (
      <Result
        status="success"
        title={`已登记：${done.title}`}
        subTitle={`共 ${done.visits} 人，慰问金合计 ${formatFen(done.amountFen)}（${fenToCapital(done.amountFen)}）`}
        extra={[
          <Button type="primary" key="print" onClick={() => void printSignoff({ batchId: done.id })}>
            打印签收表
          </Button>,
          <Button key="list" onClick={() => navigate('/welfare')}>
            查看慰问记录
          </Button>,
          <Button key="again" onClick={restart}>
            再录一批
          </Button>,
        ]}
      />
    );
  }

  return (
    <div>
      <PageHeader title="批量慰问" subtitle="同一事由、日期和金额，一次登记多人；任何一人不符合要求时整批都不保存。" />
      <Steps current={step} style={{ marginBottom: 24, maxWidth: 720 }} items={[{ title: '选择慰问对象' }, { title: '慰问内容' }, { title: '核对并保存' }]} />
      <div style={{ display: step === 0 ? 'block' : 'none' }}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Radio.Group
            optionType="button"
            value={group}
            onChange={(e) => setGroup(e.target.value as Group)}
            options={[
              { value: 'retired', label: '全部退休会员' },
              { value: 'hardship', label: '困难职工档案（在档）' },
              { value: 'active', label: '全体在册会员' },
              { value: 'department', label: '按部门' },
            ]}
          />
          {group === 'department' ? (
            <Select
              aria-label="选择部门"
              placeholder="选择部门"
              style={{ width: 180 }}
              value={department}
              onChange={setDepartment}
              options={(departments.data ?? []).map((d) => ({ value: d, label: d }))}
            />
          ) : null}
          <Typography.Text>
            已选 <b data-testid="selected-count">{chosen.length}</b> 人
          </Typography.Text>
        </Space>
        <Table<Person>
          rowKey="id"
          size="small"
          dataSource={people.data ?? []}
          loading={people.isFetching}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
          locale={{ emptyText: group === 'department' && !department ? '请选择部门' : '没有符合条件的会员' }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 120 },
            { title: '部门', dataIndex: 'department', width: 140 },
            { title: '会员状态', dataIndex: 'status', width: 100 },
            { title: '困难类别', dataIndex: 'hardshipLevel', render: (l: string | null) => (l ? <Tag color="orange">{l}</Tag> : null) },
          ]}
        />
        <Button type="primary" disabled={chosen.length === 0} onClick={() => setStep(1)}>
          下一步
        </Button>
      </div>
      <div style={{ display: step === 1 ? 'block' : 'none', maxWidth: 720 }}>
        <Form form={form} layout="vertical" requiredMark>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="reason" label="慰问事由" rules={[{ required: true, message: '请选择慰问事由' }]}>
                <Select options={(standards.data?.items ?? []).map((s) => ({ value: s.reason, label: s.reason }))} placeholder="请选择" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="visitDate" label="慰问日期" rules={[{ required: true, message: '请选择慰问日期' }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </Col>
            {reason ? (
              <Col span={24}>
                <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`“${reason}”标准：${standardText(standard)}`} />
              </Col>
            ) : null}
            <Col span={12}>
              <Form.Item name="amount" label="每人慰问金（元）" rules={[yuanRule]}>
                <Input suffix="元" placeholder="例如：500" inputMode="decimal" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="title" label="批次名称（可不填）" rules={[zodRule(shape.title)]}>
                <Input placeholder="默认为“年份+事由”，例如 2026年春节慰问" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="goods" label="每人慰问品" rules={[zodRule(shape.goods)]}>
                <Input placeholder="例如：大米、食用油" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="goodsValue" label="每人慰问品价值（元）" rules={[yuanRule]}>
                <Input suffix="元" inputMode="decimal" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="visitors" label="走访人员" rules={[zodRule(shape.visitors)]}>
                <Input placeholder="例如：工会主席 王某、校长 李某" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="notes" label="备注" rules={[zodRule(shape.notes)]}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <Space>
          <Button onClick={() => setStep(0)}>上一步</Button>
          <Button type="primary" loading={checking} onClick={() => void toReview()}>
            下一步
          </Button>
        </Space>
      </div>
      {step === 2 ? (
        <div style={{ maxWidth: 820 }}>
          <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }} labelStyle={{ width: 110, whiteSpace: 'nowrap' }}>
            <Descriptions.Item label="慰问事由">{details.reason}</Descriptions.Item>
            <Descriptions.Item label="慰问日期">{formatDateCn(details.visitDate?.format('YYYY-MM-DD'))}</Descriptions.Item>
            <Descriptions.Item label="人数">{chosen.length} 人</Descriptions.Item>
            <Descriptions.Item label="每人慰问金">{formatFen(perPerson)}</Descriptions.Item>
            <Descriptions.Item label="慰问金合计" span={2}>
              <b data-testid="batch-total">{formatFen(total)}</b>（{fenToCapital(total)}）
            </Descriptions.Item>
            {details.goods ? (
              <Descriptions.Item label="每人慰问品" span={2}>
                {details.goods}
                {details.goodsValue ? `（${formatFen(yuanToFen(details.goodsValue))}）` : ''}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label="名单" span={2}>
              {chosen.map((p) => p.name).join('、')}
            </Descriptions.Item>
          </Descriptions>
          {problems && problems.length > 0 ? (
            <Card size="small" title={<Typography.Text type="danger">{problems.length} 人超出慰问标准</Typography.Text>} style={{ marginBottom: 16 }}>
              <ul style={{ paddingLeft: 18, margin: 0 }}>
                {problems.slice(0, 20).map((p) => (
                  <li key={p.memberId}>
                    {p.name}：{p.problems.join('；')}
                  </li>
                ))}
                {problems.length > 20 ? <li>……共 {problems.length} 人</li> : null}
              </ul>
              <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} style={{ marginTop: 12 }}>
                已知悉，确认按上述金额发放（这些记录将标记为“超标准”）
              </Checkbox>
              <Input.TextArea rows={2} maxLength={200} value={overNote} onChange={(e) => setOverNote(e.target.value)} placeholder="超标准说明（例如：经工会委员会研究同意）" style={{ marginTop: 8 }} />
            </Card>
          ) : (
            <Alert type="success" showIcon message="全部符合慰问标准" style={{ marginBottom: 16 }} />
          )}
          <Space>
            <Button onClick={() => setStep(1)}>上一步</Button>
            <Button type="primary" loading={create.isPending} disabled={Boolean(problems?.length) && !confirmed} onClick={() => void save()}>
              确认保存（{chosen.length} 人）
            </Button>
          </Space>
        </div>
      ) : null}
    </div>
  );
}
