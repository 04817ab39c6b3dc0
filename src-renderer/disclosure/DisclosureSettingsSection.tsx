/**
 * 设置 → 校务公开: default 公示 length, the category list, the default way to object, the issuing body.
 */
import { Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DEFAULT_CATEGORIES, DISCLOSURE_FIELD_LABELS as L, disclosureSettingsPatchSchema } from '../../shared/disclosure/schema';
import { QueryError } from '../components/QueryError';
import { zodRule } from '../components/zod-rule';
import { useSettingsForm } from '../settings/useSettingsForm';

interface Values {
  defaultWorkingDays?: number;
  noticeCategories?: string[];
  defaultObjectionContact?: string;
  issuingBody?: string;
}

const shape = disclosureSettingsPatchSchema.shape;

export function DisclosureSettingsSection() {
  const { form, query: settings, save, submit } = useSettingsForm<'disclosure.settings.get', 'disclosure.settings.update', Values>({
    get: 'disclosure.settings.get',
    update: 'disclosure.settings.update',
    invalidates: ['disclosure.'],
    saved: '校务公开设置已保存',
    fields: ['defaultWorkingDays', 'noticeCategories', 'defaultObjectionContact', 'issuingBody'],
  });

  return (
    <Card title="校务公开">
      {settings.error ? <QueryError error={settings.error} /> : null}
      <Form form={form} layout="vertical" style={{ maxWidth: 620 }}>
        <Form.Item name="defaultWorkingDays" label={L.defaultWorkingDays} rules={[zodRule(shape.defaultWorkingDays)]} extra="公示期自发布次日起算，周末和法定节假日不计，调休上班日计入（见“节假日与调休”）。">
          <InputNumber min={1} max={60} precision={0} addonAfter="个工作日" />
        </Form.Item>
        <Form.Item
          name="noticeCategories"
          label={L.noticeCategories}
          rules={[zodRule(shape.noticeCategories)]}
          extra={<Typography.Link onClick={() => form.setFieldsValue({ noticeCategories: [...DEFAULT_CATEGORIES] })}>恢复默认类别</Typography.Link>}
        >
          <Select mode="tags" placeholder="输入类别后回车添加" tokenSeparators={['，', ',']} />
        </Form.Item>
        <Form.Item name="defaultObjectionContact" label={L.defaultObjectionContact} rules={[zodRule(shape.defaultObjectionContact)]}>
          <Input maxLength={200} placeholder="例如：请于公示期内向校工会办公室实名反映，电话 0512-65432100" />
        </Form.Item>
        <Form.Item name="issuingBody" label={L.issuingBody} rules={[zodRule(shape.issuingBody)]} extra="印在校务公开栏底部和公示落款，例如：某某中学校务公开领导小组">
          <Input maxLength={60} />
        </Form.Item>
        <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
          保存校务公开设置
        </Button>
      </Form>
    </Card>
  );
}
