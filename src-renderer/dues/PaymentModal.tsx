/**
 * 登记会费 for one member (a month, a quarter or any run of months) or 集中收缴 for every member who
 * still owes the chosen months, each at the amount the rule gives them. The service refuses a month
 * the member was not on the roll or had already paid; its Chinese message is shown as it is.
 */
import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { formatFen } from '../../shared/domain/money';
import { DUES_METHODS, type DuesLedger, type DuesLedgerRow } from '../../shared/dues/schema';
import { useApiMutation } from '../api/hooks';
import { errorMessage } from '../components/form-errors';
import { fenToYuanText, yuanRule, yuanToFen } from '../welfare/money';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));
const QUARTERS = [1, 2, 3, 4].map((q) => ({ label: `第${'一二三四'[q - 1]}季度`, from: q * 3 - 2, to: q * 3 }));

interface Values {
  memberId?: number;
  monthFrom: number;
  monthTo: number;
  amount?: string;
  paidOn: Dayjs;
  method: (typeof DUES_METHODS)[number];
  notes?: string;
}

interface Props {
  ledger: DuesLedger;
  /** One member's record; null: 集中收缴 for everyone owing the months. */
  row: DuesLedgerRow | null;
  open: boolean;
  onClose: () => void;
}

export function PaymentModal({ ledger, row, open, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiMutation('dues.payments.create', ['dues.', 'report.']);
  const collect = useApiMutation('dues.payments.collect', ['dues.', 'report.']);
  const from = Form.useWatch('monthFrom', form) ?? 1;
  const to = Form.useWatch('monthTo', form) ?? 1;
  const owing = ledger.rows.filter((r) => r.months.slice(from - 1, to).every((s) => s === '未缴' || s === '未到期'));

  useEffect(() => {
    if (!open) return;
    const first = row?.months.findIndex((s) => s === '未缴' || s === '未到期') ?? -1;
    const month = first >= 0 ? first + 1 : Math.max(1, ledger.throughMonth);
    const today = dayjs();
    form.resetFields();
    form.setFieldsValue({
      memberId: row?.memberId,
      monthFrom: month,
      monthTo: month,
      amount: row?.monthlyFen ? fenToYuanText(row.monthlyFen) : '',
      paidOn: today.year() === ledger.year ? today : dayjs(`${ledger.year}-12-31`).isAfter(today) ? today : dayjs(`${ledger.year}-12-31`),
      method: '工资代扣',
    });
  }, [open, row, ledger, form]);

  const setMonths = (monthFrom: number, monthTo: number) => {
    form.setFieldsValue({ monthFrom, monthTo });
    if (row?.monthlyFen) form.setFieldsValue({ amount: fenToYuanText(row.monthlyFen * (monthTo - monthFrom + 1)) });
  };

  const submit = async () => {
    // A field in error shows its message under the field; nothing more to do here.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const common = { year: ledger.year, monthFrom: v.monthFrom, monthTo: v.monthTo, paidOn: v.paidOn.format('YYYY-MM-DD'), method: v.method, notes: v.notes ?? '' };
    try {
      if (row) {
        await create.mutateAsync({ ...common, memberId: row.memberId, amountFen: yuanToFen(v.amount) });
        message.success(`已登记 ${row.name} 的会费`);
      } else {
        const r = await collect.mutateAsync({ ...common, memberIds: owing.map((o) => o.memberId) });
        message.success(`已登记 ${r.created} 人的会费，共 ${formatFen(r.amountFen)}`);
      }
      onClose();
    } catch (error) {
      message.error(errorMessage(error), 8);
    }
  };

  return (
    <Modal
      open={open}
      title={row ? `登记会费：${row.name}` : `${ledger.year}年集中收缴`}
      okText="登记"
      cancelText="取消"
      onOk={() => void submit()}
      confirmLoading={create.isPending || collect.isPending}
      onCancel={onClose}
      okButtonProps={{ disabled: !row && owing.length === 0 }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item label="按季度">
          <Select
            aria-label="按季度"
            placeholder="选择季度（或在下面选起止月份）"
            options={QUARTERS.map((q, i) => ({ value: i, label: q.label }))}
            onChange={(i: number) => setMonths(QUARTERS[i]!.from, QUARTERS[i]!.to)}
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="monthFrom" label="起始月份" style={{ flex: 1 }} rules={[{ required: true, message: '请选择起始月份' }]}>
            <Select options={MONTHS} onChange={(m: number) => setMonths(m, Math.max(m, form.getFieldValue('monthTo') as number))} />
          </Form.Item>
          <Form.Item name="monthTo" label="截止月份" style={{ flex: 1 }} rules={[{ required: true, message: '请选择截止月份' }]}>
            <Select options={MONTHS} onChange={(m: number) => setMonths(form.getFieldValue('monthFrom') as number, m)} />
          </Form.Item>
        </div>
        {row ? (
          <Form.Item
            name="amount"
            label="金额（元）"
            rules={[{ required: true, message: '请填写金额' }, yuanRule]}
            extra={row.monthlyFen ? `按会费标准每月 ${formatFen(row.monthlyFen)}` : '未填月工资基数，请按实际收缴金额填写'}
          >
            <Input inputMode="decimal" />
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary" data-testid="collect-summary">
            {owing.length > 0
              ? `将为 ${owing.length} 名尚未缴纳这几个月的会员登记，各按会费标准计算金额（${ledger.rule}）。`
              : '所选月份没有需要登记的会员。'}
          </Typography.Paragraph>
        )}
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="paidOn" label="缴纳日期" style={{ flex: 1 }} rules={[{ required: true, message: '请选择缴纳日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="method" label="缴纳方式" style={{ flex: 1 }}>
            <Select options={DUES_METHODS.map((m) => ({ value: m, label: m }))} />
          </Form.Item>
        </div>
        <Form.Item name="notes" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
