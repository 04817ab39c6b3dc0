/**
 * 设置 → 节假日与调休: the user's own days on top of the built-in holiday table — a year the table
 * lacks (the State Council publishes next year's schedule each November) or a correction. Checked
 * with the same zod schema the service uses; a row's problem is shown on that row.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { formatDateCn, todayIso } from '../../shared/domain/dates';
import { BUILT_IN_CALENDAR, CALENDAR_DAY_KINDS, isWeekend, type CalendarDayKind } from '../../shared/domain/workdays';
import { calendarSettingsSchema } from '../../shared/settings/calendar';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';

interface Row {
  date?: Dayjs | null;
  kind?: CalendarDayKind;
  note?: string;
}

const WEEKDAYS = '日一二三四五六';

/** What the row's date is without the user's entry, so a pointless or mistaken entry shows. */
function hint(row: Row | undefined): string {
  if (!row?.date) return '';
  const iso = row.date.format('YYYY-MM-DD');
  const builtIn = BUILT_IN_CALENDAR.describe(iso);
  const base = builtIn ? `内置表：${builtIn.name}${builtIn.kind}` : isWeekend(iso) ? '平时为周末' : '平时为工作日';
  return `星期${WEEKDAYS[row.date.day()]}，${base}`;
}

export function CalendarSection() {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ days: Row[] }>();
  const settings = useApiQuery('settings.calendar', undefined);
  const save = useApiMutation('settings.updateCalendar', ['settings.', 'disclosure.', 'congress.']);
  const rows = Form.useWatch('days', form);

  useEffect(() => {
    if (settings.data) form.setFieldsValue({ days: settings.data.days.map((d) => ({ date: dayjs(d.date), kind: d.kind, note: d.note ?? '' })) });
  }, [settings.data, form]);

  const years = settings.data?.builtInYears ?? [];
  const first = years[0];
  const last = years.at(-1);
  const nextYear = Number(todayIso().slice(0, 4)) + 1;
  const entered = new Set((rows ?? []).map((r) => r?.date?.year()).filter((y): y is number => y !== undefined));
  const missingNext = last !== undefined && nextYear > last && !entered.has(nextYear);

  const submit = async () => {
    const values = form.getFieldsValue();
    const input = {
      days: (values.days ?? []).map((r) => ({ date: r.date ? r.date.format('YYYY-MM-DD') : '', kind: r.kind ?? '休息日', note: r.note ?? '' })),
    };
    const parsed = calendarSettingsSchema.safeParse(input);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues
          .filter((i) => i.path[0] === 'days' && typeof i.path[1] === 'number')
          .map((i) => ({ name: ['days', i.path[1] as number, i.path[2] === 'kind' ? 'kind' : i.path[2] === 'note' ? 'note' : 'date'], errors: [i.message] })),
      );
      message.error(parsed.error.issues[0]?.message ?? '请检查录入的日期');
      return;
    }
    try {
      const saved = await save.mutateAsync(input);
      const moved = saved.rescheduledNotices;
      if (moved.length === 0) message.success('节假日与调休已保存，此后的公示期和答复期限按新的安排计算');
      else {
        const list = moved.slice(0, 3).map((n) => `“${n.title}”改为${formatDateCn(n.to)}截止`).join('；');
        message.success(`节假日与调休已保存。按新的安排重算了 ${moved.length} 则公示的公示期：${list}${moved.length > 3 ? ' 等' : ''}`, 8);
      }
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Card
      title="节假日与调休"
      data-testid="calendar-section"
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
          保存节假日
        </Button>
      }
    >
      {settings.error ? <QueryError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      <Typography.Paragraph type="secondary">
        公示期和按工作日计算的答复期限跳过周末和法定节假日，调休上班日照常计算。程序内置{first !== undefined && last !== undefined ? ` ${first}—${last} 年` : ''}
        国务院公布的放假安排；缺少的年份或需要更正的日子在这里录入，录入的日子以这里为准。
      </Typography.Paragraph>
      {missingNext ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="calendar-missing-year"
          message={`尚无${nextYear}年的放假安排。国务院公布后，请逐日录入${nextYear}年的放假日期（休息日）和调休上班日。`}
        />
      ) : null}
      {/* Shown once the saved days are in: rows added before would be wiped when they arrive. */}
      <Form form={form} layout="inline" component="div" style={settings.data ? undefined : { display: 'none' }}>
        <Form.List name="days">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.length === 0 ? <Typography.Text type="secondary">还没有录入的日子。</Typography.Text> : null}
              {fields.map((field, index) => (
                <Space key={field.key} align="start" data-testid="calendar-row" wrap>
                  <Form.Item name={[field.name, 'date']} rules={[{ required: true, message: '请选择日期' }]} style={{ marginInlineEnd: 0 }}>
                    <DatePicker placeholder="日期" style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} initialValue="休息日" style={{ marginInlineEnd: 0 }}>
                    <Select style={{ width: 130 }} options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: k }))} aria-label="类型" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} style={{ marginInlineEnd: 0 }}>
                    <Input placeholder="说明，如：春节" maxLength={20} style={{ width: 160 }} />
                  </Form.Item>
                  <Typography.Text type="secondary" style={{ lineHeight: '32px', minWidth: 180, display: 'inline-block' }}>
                    {hint(rows?.[index])}
                  </Typography.Text>
                  <Button type="text" icon={<DeleteOutlined />} aria-label="删除这一天" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: '休息日', note: '' })}>
                添加一天
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
