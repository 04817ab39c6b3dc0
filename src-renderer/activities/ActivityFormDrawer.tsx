/**
 * 登记活动 / 编辑活动: name, type, dates, place, organiser, participants (a count, members picked,
 * or both), spending, the record; photos once the activity is saved (a new one stays open for them).
 */
import { Alert, App, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { activityInputSchema, ORGANISERS, type Activity, type ActivityInput } from '../../shared/activities/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { SaveCancel } from '../components/SaveCancel';
import { zodRule } from '../components/zod-rule';
import { fenToYuanText, yuanRule, yuanToFen } from '../welfare/money';
import { ActivityPhotos } from './ActivityPhotos';
import { MembersPicker } from './MembersPicker';

interface Values {
  name?: string;
  type?: string;
  dates?: [Dayjs, Dayjs | null];
  place?: string;
  organiser?: ActivityInput['organiser'];
  participantCount?: number | null;
  memberIds?: number[];
  spending?: string;
  record?: string;
  notes?: string;
}

const shape = activityInputSchema.shape;
const FIELDS = ['name', 'type', 'dates', 'place', 'organiser', 'participantCount', 'memberIds', 'spending', 'record', 'notes'];
const SERVER_FIELD: Record<string, string> = { spendingFen: 'spending', startDate: 'dates', endDate: 'dates' };

function toValues(a: Activity): Values {
  return {
    name: a.name,
    type: a.type,
    dates: [dayjs(a.startDate), a.endDate ? dayjs(a.endDate) : null],
    place: a.place ?? undefined,
    organiser: a.organiser,
    participantCount: a.participantCount,
    memberIds: a.members.map((m) => m.id),
    spending: a.spendingFen ? fenToYuanText(a.spendingFen) : '',
    record: a.record ?? undefined,
    notes: a.notes ?? undefined,
  };
}

export function ActivityFormDrawer({ open, activity, onClose }: { open: boolean; activity: Activity | null; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const types = useApiQuery('activities.types.get', undefined, { enabled: open });
  const create = useApiMutation('activities.create', ['activities.', 'report.']);
  const update = useApiMutation('activities.update', ['activities.', 'report.']);
  // A new activity, once saved, stays open for its photos.
  const [savedId, setSavedId] = useState<number | null>(null);
  const id = activity?.id ?? savedId;
  const current = useApiQuery('activities.get', { id: id ?? 0 }, { enabled: open && id !== null });
  const picked = Form.useWatch('memberIds', form) ?? [];

  useEffect(() => {
    if (!open) return;
    setSavedId(null);
    form.resetFields();
    if (activity) form.setFieldsValue(toValues(activity));
    else form.setFieldsValue({ organiser: '本校工会', dates: [dayjs(), null], memberIds: [] });
  }, [open, activity, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input: ActivityInput = {
      name: v.name ?? '',
      type: v.type ?? '',
      startDate: v.dates?.[0]?.format('YYYY-MM-DD') ?? '',
      endDate: v.dates?.[1] && !v.dates[1].isSame(v.dates[0], 'day') ? v.dates[1].format('YYYY-MM-DD') : null,
      place: v.place ?? null,
      organiser: v.organiser ?? '本校工会',
      participantCount: v.participantCount ?? null,
      memberIds: v.memberIds ?? [],
      spendingFen: yuanToFen(v.spending),
      record: v.record ?? null,
      notes: v.notes ?? null,
    };
    try {
      if (id !== null) {
        const saved = await update.mutateAsync({ id, data: input });
        message.success(`已保存活动“${saved.name}”`);
        onClose();
      } else {
        const saved = await create.mutateAsync(input);
        setSavedId(saved.id);
        message.success(`已登记活动“${saved.name}”，可以继续添加照片`);
      }
    } catch (error) {
      if (error && typeof error === 'object' && 'fields' in error && error.fields) {
        const mapped = Object.fromEntries(Object.entries(error.fields as Record<string, string>).map(([k, m]) => [SERVER_FIELD[k] ?? k, m]));
        applyServerErrors(form, Object.assign(error, { fields: mapped }), FIELDS);
      }
      message.error(errorMessage(error));
    }
  };

  const typeOptions = [...new Set([...(types.data ?? []), ...(activity ? [activity.type] : [])])].map((t) => ({ value: t, label: t }));
  return (
    <Drawer
      title={activity ? `编辑活动：${activity.name}` : savedId ? '登记活动（已保存）' : '登记活动'}
      width={760}
      open={open}
      onClose={onClose}
      destroyOnHidden
      extra={<SaveCancel onCancel={onClose} onSave={() => void submit()} saving={create.isPending || update.isPending} />}
    >
      <Form form={form} layout="vertical" requiredMark>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="name" label="活动名称" validateFirst rules={[{ required: true, whitespace: true, message: '请填写活动名称' }, zodRule(shape.name)]}>
              <Input placeholder="例如：教职工集体跳绳比赛" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="type" label="活动类型" rules={[{ required: true, message: '请选择活动类型' }]}>
              <Select options={typeOptions} placeholder="选择类型" showSearch />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="dates" label="活动日期（一天的活动只选开始日期即可）" rules={[{ required: true, message: '请选择活动日期' }]}>
              <DatePicker.RangePicker allowEmpty={[false, true]} style={{ width: '100%' }} placeholder={['活动日期', '结束日期（可不填）']} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="organiser" label="主办方">
              <Select options={ORGANISERS.map((o) => ({ value: o, label: o }))} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="place" label="活动地点" rules={[zodRule(shape.place)]}>
              <Input placeholder="例如：学校操场" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="spending" label="活动经费（元）" rules={[yuanRule]}>
              <Input placeholder="例如：1500" inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="participantCount"
              label="参加人数"
              extra="含非会员的总人数；不填按所选会员计"
              dependencies={['memberIds']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, value: number | null | undefined) => {
                    const n = (getFieldValue('memberIds') as number[] | undefined)?.length ?? 0;
                    if (value !== null && value !== undefined && value < n) throw new Error(`参加人数 ${value} 人，少于所选参加会员 ${n} 人`);
                  },
                }),
              ]}
            >
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} addonAfter="人" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="memberIds" label={`参加会员（已选 ${picked.length} 人，可不选）`}>
              <MembersPicker known={activity?.members ?? []} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="record" label="内容与成效" rules={[zodRule(shape.record)]}>
          <Input.TextArea rows={4} placeholder="活动的组织情况、内容和成效，例如：分年级组进行团体赛，评出一等奖 2 个……" showCount maxLength={2000} />
        </Form.Item>
        <Form.Item name="notes" label="备注" rules={[zodRule(shape.notes)]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      <Typography.Title level={5}>照片与扫描件</Typography.Title>
      {id !== null && current.data ? (
        <ActivityPhotos activityId={id} files={current.data.attachments} />
      ) : (
        <Alert type="info" showIcon message="先保存活动，再添加照片和扫描件。" />
      )}
    </Drawer>
  );
}
