/**
 * 慰问标准: the editable table of caps and yearly counts per reason. Shown on the welfare page and
 * in 设置. Until the user saves, the shipped table is marked as an example.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Switch, Table, Typography } from 'antd';
import { welfareStandardSchema, type WelfareStandard } from '../../shared/welfare/schema';
import { useApiMutation } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';
import { zodRule } from '../components/zod-rule';
import { useSettingsForm } from '../settings/useSettingsForm';
import { fenToYuanText, yuanRule, yuanToFen } from './money';

interface Row {
  reason?: string;
  cashAllowed?: boolean;
  cap?: string;
  goodsCap?: string;
  maxPerYear?: number | null;
  evidence?: string[];
}

const toRow = (s: WelfareStandard): Row => ({
  reason: s.reason,
  cashAllowed: s.cashAllowed,
  cap: s.capFen === null ? '' : fenToYuanText(s.capFen),
  goodsCap: s.goodsCapFen === null ? '' : fenToYuanText(s.goodsCapFen),
  maxPerYear: s.maxPerYear,
  evidence: s.evidence,
});

const toStandard = (r: Row): WelfareStandard => ({
  reason: (r.reason ?? '').trim(),
  cashAllowed: r.cashAllowed ?? true,
  capFen: r.cashAllowed === false || !r.cap?.trim() ? null : yuanToFen(r.cap),
  goodsCapFen: r.goodsCap?.trim() ? yuanToFen(r.goodsCap) : null,
  maxPerYear: r.maxPerYear ?? null,
  evidence: (r.evidence ?? []).map((e) => e.trim()).filter(Boolean),
});

export function StandardsSection() {
  const { message } = App.useApp();
  const { form, query: standards, save, submit } = useSettingsForm<'welfare.standards.get', 'welfare.standards.update', { items: Row[] }>({
    get: 'welfare.standards.get',
    update: 'welfare.standards.update',
    invalidates: ['welfare.'],
    saved: '慰问标准已保存',
    toForm: (data) => ({ items: data.items.map(toRow) }),
    toInput: (values) => ({ items: values.items.map(toStandard) }),
  });
  const reset = useApiMutation('welfare.standards.reset', ['welfare.']);

  return (
    <Card
      title="慰问标准"
      extra={
        <Space>
          <Popconfirm
            title="恢复为示例标准？"
            description="当前的标准将被示例标准替换。"
            okText="恢复"
            cancelText="取消"
            onConfirm={() => reset.mutateAsync(undefined).then(() => message.success('已恢复为示例标准'), (e: unknown) => message.error(errorMessage(e)))}
          >
            <Button>恢复示例标准</Button>
          </Popconfirm>
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            保存标准
          </Button>
        </Space>
      }
    >
      {standards.error ? <QueryError error={standards.error} /> : null}
      {standards.data?.isExample ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={standards.data.marker} description="下表是参照某省规定的示例，国家没有统一金额。请按本单位财务制度修改后点“保存标准”。" />
      ) : null}
      <Typography.Paragraph type="secondary">
        登记慰问时，超过“每次上限”或“每人每年次数上限”会先请您确认，确认后的记录标记为“超标准”。上限留空表示不限。
      </Typography.Paragraph>
      <Form form={form} component={false}>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                scroll={{ x: 900 }}
                columns={[
                  {
                    title: '慰问事由',
                    width: 140,
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'reason']} validateFirst rules={[{ required: true, whitespace: true, message: '请填写事由' }, zodRule(welfareStandardSchema.shape.reason)]} style={{ margin: 0 }}>
                        <Input aria-label="慰问事由" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '可发慰问金',
                    width: 100,
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'cashAllowed']} valuePropName="checked" style={{ margin: 0 }}>
                        <Switch checkedChildren="可发" unCheckedChildren="不发" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '每次慰问金上限（元）',
                    width: 150,
                    render: (_: unknown, f) => (
                      <Form.Item noStyle dependencies={[['items', f.name, 'cashAllowed']]}>
                        {() => (
                          <Form.Item name={[f.name, 'cap']} rules={[yuanRule]} style={{ margin: 0 }}>
                            <Input disabled={form.getFieldValue(['items', f.name, 'cashAllowed']) === false} placeholder="不限" suffix="元" aria-label="每次慰问金上限" />
                          </Form.Item>
                        )}
                      </Form.Item>
                    ),
                  },
                  {
                    title: '每次慰问品上限（元）',
                    width: 150,
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'goodsCap']} rules={[yuanRule]} style={{ margin: 0 }}>
                        <Input placeholder="不限" suffix="元" aria-label="每次慰问品上限" />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '每人每年次数上限',
                    width: 130,
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'maxPerYear']} style={{ margin: 0 }}>
                        <InputNumber min={1} max={50} precision={0} placeholder="不限" style={{ width: '100%' }} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '需查验材料',
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'evidence']} style={{ margin: 0 }}>
                        <Select mode="tags" placeholder="输入后回车，例如 住院证明" tokenSeparators={[',', '，', '、']} open={false} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '',
                    width: 50,
                    render: (_: unknown, f) => <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除该事由" onClick={() => remove(f.name)} />,
                  },
                ]}
              />
              <Button icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => add({ reason: '', cashAllowed: true, cap: '', goodsCap: '', maxPerYear: null, evidence: [] })}>
                添加事由
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
