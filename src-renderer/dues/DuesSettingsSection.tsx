/** 设置 → 会费标准: 按比例 (default 0.5% of the monthly salary base, rounded to the fen) or 每人每月定额. */
import { App, Button, Card, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { DEFAULT_RATE_BP, ruleText } from '../../shared/dues/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { fenToYuanText, yuanRule, yuanToFen } from '../welfare/money';

interface Values {
  mode: '比例' | '定额';
  ratePercent: number;
  fixed: string;
}

export function DuesSettingsSection() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const settings = useApiQuery('dues.settings.get', undefined);
  const save = useApiMutation('dues.settings.update', ['dues.', 'report.']);
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    if (settings.data) form.setFieldsValue({ mode: settings.data.mode, ratePercent: settings.data.rateBp / 100, fixed: settings.data.fixedFen ? fenToYuanText(settings.data.fixedFen) : '' });
  }, [settings.data, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const saved = await save.mutateAsync({ mode: v.mode, rateBp: Math.round(v.ratePercent * 100), fixedFen: yuanToFen(v.fixed) });
      message.success(`会费标准已保存：${ruleText(saved)}`);
    } catch (error) {
      applyServerErrors(form, error, ['mode']);
      message.error(errorMessage(error));
    }
  };

  return (
    <Card title="会费标准">
      <Typography.Paragraph type="secondary">
        按《中国工会章程》和全国总工会的规定，会员每月按本人工资收入的 0.5% 缴纳会费，四舍五入到分；也有单位按每人每月定额收缴。会员每年的月工资基数在“会费”页面填写或导入。
      </Typography.Paragraph>
      <Form form={form} layout="inline" initialValues={{ mode: '比例', ratePercent: DEFAULT_RATE_BP / 100, fixed: '' }}>
        <Form.Item name="mode" label="收缴方式">
          <Radio.Group options={[{ value: '比例', label: '按月工资基数的比例' }, { value: '定额', label: '每人每月定额' }]} />
        </Form.Item>
        {mode === '定额' ? (
          <Form.Item name="fixed" label="每人每月（元）" rules={[{ required: true, message: '请填写每人每月金额' }, yuanRule]}>
            <Input style={{ width: 120 }} inputMode="decimal" />
          </Form.Item>
        ) : (
          <Form.Item name="ratePercent" label="缴纳比例（%）" rules={[{ required: true, message: '请填写缴纳比例' }]}>
            <InputNumber min={0.01} max={10} step={0.1} precision={2} style={{ width: 120 }} />
          </Form.Item>
        )}
        <Form.Item>
          <Button type="primary" onClick={() => void submit()} loading={save.isPending}>
            保存会费标准
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
