/**
 * 新建 / 编辑公示. The period end follows the publish date and the number of working days as they
 * are typed (the same arithmetic the service uses); the user may set another end date by hand.
 */
import { App, Alert, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { formatDateCn } from '../../shared/domain/dates';
import { periodEnd, workingDaysBetween } from '../../shared/disclosure/period';
import { missingScheduleWarning, type WorkCalendar } from '../../shared/domain/workdays';
import { useWorkCalendar } from '../settings/useWorkCalendar';
import { DISCLOSURE_FIELD_LABELS as L, KINDS, SCOPE_HINTS, SCOPES, noticeInputSchema, type Notice, type NoticeInput } from '../../shared/disclosure/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { SaveCancel } from '../components/SaveCancel';
import { zodRule } from '../components/zod-rule';
import { BodyEditor } from './BodyEditor';

const shape = noticeInputSchema.shape;

export interface NoticeFormValues {
  noticeTitle?: string;
  noticeCategory?: string;
  noticeScope?: Notice['scope'];
  noticeKind?: Notice['kind'];
  responsibleUnit?: string | null;
  noticeBody?: string;
  publishDate?: Dayjs | null;
  periodWorkingDays?: number | null;
  overrideEnd?: boolean;
  periodEndDate?: Dayjs | null;
  objectionContact?: string | null;
  noticeIssuer?: string | null;
}

const FIELDS = [
  'noticeTitle',
  'noticeCategory',
  'noticeScope',
  'noticeKind',
  'responsibleUnit',
  'noticeBody',
  'publishDate',
  'periodWorkingDays',
  'periodEndDate',
  'objectionContact',
  'noticeIssuer',
];

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

export function formToNoticeInput(v: NoticeFormValues): NoticeInput {
  return {
    noticeTitle: v.noticeTitle ?? '',
    noticeCategory: v.noticeCategory ?? '',
    noticeScope: v.noticeScope ?? '对内',
    noticeKind: v.noticeKind ?? '即时',
    responsibleUnit: v.responsibleUnit ?? null,
    noticeBody: v.noticeBody ?? '',
    publishDate: iso(v.publishDate),
    periodWorkingDays: v.periodWorkingDays ?? 0,
    periodEndDate: v.overrideEnd ? iso(v.periodEndDate) : null,
    objectionContact: v.objectionContact ?? null,
    noticeIssuer: v.noticeIssuer ?? null,
  };
}

function computedEnd(publish: Dayjs | null | undefined, days: number | null | undefined, calendar: WorkCalendar): string | null {
  if (!publish || !days || !Number.isInteger(days) || days < 1 || days > 60) return null;
  return periodEnd(publish.format('YYYY-MM-DD'), days, calendar);
}

export function NoticeFormPage() {
  const { id } = useParams();
  const noticeId = id ? Number(id) : null;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoticeFormValues>();
  const settings = useApiQuery('disclosure.settings.get', undefined);
  const general = useApiQuery('settings.get', undefined);
  const existing = useApiQuery('disclosure.notices.get', { id: noticeId ?? 0 }, { enabled: noticeId !== null });
  const create = useApiMutation('disclosure.notices.create', ['disclosure.']);
  const update = useApiMutation('disclosure.notices.update', ['disclosure.']);

  const publishDate = Form.useWatch('publishDate', form);
  const workingDays = Form.useWatch('periodWorkingDays', form);
  const overrideEnd = Form.useWatch('overrideEnd', form);
  // Watched, not read once: a date picked by hand shows in the period line at once.
  const manualEnd = Form.useWatch('periodEndDate', form);
  const calendar = useWorkCalendar();
  const end = computedEnd(publishDate, workingDays, calendar);
  const start = publishDate ? iso(publishDate) : '';
  const shownEnd = overrideEnd ? (manualEnd ? iso(manualEnd) : '') : (end ?? '');
  const periodText =
    start && shownEnd
      ? overrideEnd
        ? shownEnd < start
          ? '截止日期不能早于发布日期'
          : `${formatDateCn(start)}至${formatDateCn(shownEnd)}（${workingDaysBetween(start, shownEnd, calendar)} 个工作日，手动指定）`
        : `${formatDateCn(start)}至${formatDateCn(shownEnd)}`
      : overrideEnd
        ? '请选择截止日期'
        : '请填写发布日期和天数';
  const scheduleWarning = start && shownEnd && shownEnd >= start ? missingScheduleWarning(calendar, start, shownEnd) : null;

  useEffect(() => {
    if (noticeId !== null) {
      const n = existing.data;
      if (!n) return;
      form.setFieldsValue({
        noticeTitle: n.title,
        noticeCategory: n.category,
        noticeScope: n.scope,
        noticeKind: n.kind,
        responsibleUnit: n.responsibleUnit,
        noticeBody: n.body,
        publishDate: dayjs(n.publishDate),
        periodWorkingDays: n.workingDays,
        overrideEnd: n.endDateOverridden,
        periodEndDate: dayjs(n.endDate),
        objectionContact: n.objectionContact,
        noticeIssuer: n.issuer,
      });
    } else if (settings.data && general.data && form.getFieldValue('periodWorkingDays') === undefined) {
      form.setFieldsValue({
        noticeScope: '对内',
        noticeKind: '即时',
        publishDate: dayjs(),
        periodWorkingDays: settings.data.defaultWorkingDays,
        overrideEnd: false,
        objectionContact: settings.data.defaultObjectionContact || null,
        noticeIssuer: settings.data.issuingBody || general.data.unionName || general.data.schoolName || null,
        noticeBody: '',
      });
    }
  }, [noticeId, existing.data, settings.data, general.data, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const input = formToNoticeInput(values);
      const saved = noticeId !== null ? await update.mutateAsync({ id: noticeId, data: input }) : await create.mutateAsync(input);
      message.success(noticeId !== null ? `已保存公示“${saved.title}”的修改` : `已新建公示“${saved.title}”（草稿）`);
      navigate(`/disclosure/notices/${saved.id}`);
    } catch (error) {
      applyServerErrors(form, error, FIELDS);
      message.error(errorMessage(error));
    }
  };

  const locked = existing.data && existing.data.storedState !== '草稿' && existing.data.storedState !== '已审核';
  const categories = settings.data?.noticeCategories ?? [];
  const categoryOptions = [...categories, ...(existing.data && !categories.includes(existing.data.category) ? [existing.data.category] : [])];
  const loading = settings.isLoading || general.isLoading || (noticeId !== null && existing.isLoading);

  return (
    <div style={{ maxWidth: 1000 }}>
      <PageHeader
        title={noticeId !== null ? '编辑公示' : '新建公示'}
        subtitle="保存后为草稿；经校务公开领导小组审核后才能发布。"
        extra={
          <SaveCancel
            onCancel={() => navigate(noticeId !== null ? `/disclosure/notices/${noticeId}` : '/disclosure')}
            onSave={() => void submit()}
            saving={create.isPending || update.isPending}
            disabled={Boolean(locked)}
          />
        }
      />
      {settings.error ? <QueryError error={settings.error} /> : null}
      {existing.error ? <QueryError error={existing.error} /> : null}
      {locked ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="这则公示已发布，内容不能再修改。如有错误，请撤回后重新发布。" /> : null}
      {existing.data?.storedState === '已审核' ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="这则公示已审核。修改内容后会退回草稿，需要重新审核。" />
      ) : null}
      {loading ? <Spin /> : null}
      <Form form={form} layout="vertical" requiredMark style={{ display: loading ? 'none' : undefined }}>
        <Card size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col span={24}>
              <Form.Item
                name="noticeTitle"
                label={L.noticeTitle}
                required
                rules={[zodRule(shape.noticeTitle, (v) => v ?? '')]}
                extra="打印时自动写成“关于……的公示”。例如：2026年度优秀教师评选结果"
              >
                <Input maxLength={100} autoFocus />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="noticeCategory" label={L.noticeCategory} required rules={[{ required: true, message: '请选择公开类别' }]}>
                <Select placeholder="请选择" options={categoryOptions.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
            </Col>
            <Col span={11}>
              <Form.Item name="noticeScope" label={L.noticeScope} required>
                <Radio.Group options={SCOPES.map((s) => ({ value: s, label: SCOPE_HINTS[s] }))} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="noticeKind" label={L.noticeKind} required>
                <Radio.Group options={KINDS.map((k) => ({ value: k, label: k }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="responsibleUnit" label={L.responsibleUnit} rules={[zodRule(shape.responsibleUnit)]}>
                <Input maxLength={50} placeholder="例如：校长办公室、教务处" />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="noticeIssuer" label={L.noticeIssuer} rules={[zodRule(shape.noticeIssuer)]} extra="打印在公示末尾的落款">
                <Input maxLength={60} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="公示期" style={{ marginBottom: 16 }}>
          <Row gutter={16} align="top">
            <Col span={7}>
              <Form.Item name="publishDate" label={L.publishDate} required rules={[{ required: true, message: '请选择发布日期' }]}>
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name="periodWorkingDays"
                label={L.periodWorkingDays}
                required
                rules={[zodRule(shape.periodWorkingDays, (v) => (v === null || v === undefined ? undefined : v))]}
              >
                <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} addonAfter="个工作日" />
              </Form.Item>
            </Col>
            <Col span={11}>
              <Form.Item label="公示期（自发布次日起算，周末和法定节假日不计）">
                <Typography.Text strong data-testid="computed-period">
                  {periodText}
                </Typography.Text>
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="overrideEnd" valuePropName="checked">
                <Checkbox
                  onChange={(e) => {
                    if (e.target.checked && end) form.setFieldsValue({ periodEndDate: dayjs(end) });
                  }}
                >
                  手动指定截止日期
                </Checkbox>
              </Form.Item>
            </Col>
            {overrideEnd ? (
              <Col span={7}>
                <Form.Item
                  name="periodEndDate"
                  label={L.periodEndDate}
                  dependencies={['publishDate']}
                  rules={[
                    { required: true, message: '请选择截止日期' },
                    {
                      validator: async (_r, value: Dayjs | null) => {
                        const start = form.getFieldValue('publishDate') as Dayjs | null;
                        if (value && start && iso(value) < iso(start)) throw new Error('公示期截止日期不能早于发布日期');
                      },
                    },
                  ]}
                >
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ) : null}
            {scheduleWarning ? (
              <Col span={24}>
                <Alert type="warning" showIcon data-testid="calendar-warning" style={{ marginBottom: 16 }} message={scheduleWarning} />
              </Col>
            ) : null}
            <Col span={24}>
              <Form.Item
                name="objectionContact"
                label={L.objectionContact}
                rules={[zodRule(shape.objectionContact)]}
                extra="印在公示上，例如：如有异议，请于公示期内向校工会办公室反映，电话 0512-65432100"
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={L.noticeBody}>
          <Form.Item name="noticeBody" rules={[{ validator: async (_r, v: string | undefined) => { if (!v) throw new Error('请填写公示内容'); } }]}>
            <BodyEditor />
          </Form.Item>
        </Card>
      </Form>
    </div>
  );
}
