/**
 * 设置 → 考核细则 (the rubric of the 自评表): category, item, points, how it is judged (from the
 * records by one of the program's judges, or by hand) and the scoring note. Preloaded with a typical
 * school rubric; edited to the district's own 细则 and saved as a whole.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { RubricItem } from '../../../shared/report/rubric';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';

const MANUAL = '__manual';
/** What a school rubric usually totals. */
const FULL_MARKS = 100;

export function RubricSection() {
  const { message, modal } = App.useApp();
  const rubric = useApiQuery('report.rubric.get', undefined);
  const save = useApiMutation('report.rubric.update', ['report.']);
  const reset = useApiMutation('report.rubric.reset', ['report.']);
  const [form] = Form.useForm<{ items: (Omit<RubricItem, 'judge'> & { judge: string })[] }>();
  const items = Form.useWatch('items', form) ?? [];
  const judges = rubric.data?.judges ?? [];

  useEffect(() => {
    if (rubric.data) form.setFieldsValue({ items: rubric.data.items.map((i) => ({ ...i, judge: i.judge ?? MANUAL, basis: i.basis ?? '' })) });
  }, [rubric.data, form]);

  const judgeOptions = (current: string) => [
    { value: MANUAL, label: '手工评定' },
    ...judges.map((j) => ({ value: j.id, label: `自动：${j.label}` })),
    ...(current !== MANUAL && !judges.some((j) => j.id === current) ? [{ value: current, label: '自动（本程序暂无此项记录，按手工评定）' }] : []),
  ];

  const save_ = async (v: { items: (Omit<RubricItem, 'judge'> & { judge: string })[] }) => {
    try {
      await save.mutateAsync({ items: v.items.map((i) => ({ ...i, judge: i.judge === MANUAL ? null : i.judge, basis: i.basis ?? '' })) });
      message.success('考核细则已保存');
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  // A district's 细则 may carry bonus items beyond 100 points, so another total is asked about, not refused.
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const sum = v.items.reduce((s, i) => s + (Number(i.points) || 0), 0);
    if (sum === FULL_MARKS) return save_(v);
    modal.confirm({
      title: `各项分值合计 ${sum} 分，不是 ${FULL_MARKS} 分`,
      content: `考核细则通常满分 ${FULL_MARKS} 分，自评表按各项分值相加计总分。请核对分值；如上级工会的细则确实如此（例如含加分项），可以照此保存。`,
      okText: '仍然保存',
      cancelText: '返回修改',
      onOk: () => save_(v),
    });
  };
  const add = () => {
    const used = new Set(items.map((i) => i.key));
    let n = items.length + 1;
    while (used.has(`item-${n}`)) n++;
    form.setFieldsValue({ items: [...items, { key: `item-${n}`, section: items[items.length - 1]?.section ?? '其他', title: '', points: 5, judge: MANUAL, basis: '' }] });
  };
  const total = items.reduce((s, i) => s + (Number(i?.points) || 0), 0);

  return (
    <Card
      title="考核细则（自评表）"
      extra={rubric.data?.isExample ? <Tag color="orange">示例细则，请按上级工会的考核细则修改</Tag> : null}
      data-testid="rubric-section"
    >
      <Typography.Paragraph type="secondary">
        “自动”项目由台账记录评分（达到即得满分，链接到相应记录）；“手工评定”项目在年度台账页面逐项打分并写明依据。
        <span data-testid="rubric-total">
          合计 {total} 分
          {total !== FULL_MARKS ? <Typography.Text type="danger">（不是 {FULL_MARKS} 分，请核对分值）</Typography.Text> : null}
        </span>
      </Typography.Paragraph>
      <Form form={form} component={false}>
        <Form.List name="items">
          {(fields, { remove }) => (
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={fields}
              scroll={{ x: 980 }}
              columns={[
                { title: '类别', width: 120, render: (_, f) => <Form.Item name={[f.name, 'section']} noStyle rules={[{ required: true, message: '请填写类别' }]}><Input aria-label="考核类别" maxLength={20} /></Form.Item> },
                { title: '考核内容', render: (_, f) => <Form.Item name={[f.name, 'title']} noStyle rules={[{ required: true, message: '请填写考核内容' }]}><Input aria-label="考核内容" maxLength={60} /></Form.Item> },
                { title: '分值', width: 80, render: (_, f) => <Form.Item name={[f.name, 'points']} noStyle rules={[{ required: true, message: '请填写分值' }]}><InputNumber aria-label="分值" min={1} max={100} precision={0} style={{ width: 64 }} /></Form.Item> },
                {
                  title: '评定方式',
                  width: 250,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'judge']} noStyle>
                      <Select aria-label="评定方式" options={judgeOptions(items[f.name]?.judge ?? MANUAL)} style={{ width: 240 }} />
                    </Form.Item>
                  ),
                },
                { title: '评分标准', width: 220, render: (_, f) => <Form.Item name={[f.name, 'basis']} noStyle><Input aria-label="评分标准" maxLength={200} /></Form.Item> },
                { title: '', width: 44, render: (_, f) => <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除此项" onClick={() => remove(f.name)} /> },
              ]}
            />
          )}
        </Form.List>
      </Form>
      <Space style={{ marginTop: 12 }}>
        <Button icon={<PlusOutlined />} onClick={add}>添加考核项目</Button>
        <Button type="primary" onClick={() => void submit()} loading={save.isPending}>保存考核细则</Button>
        <Button
          onClick={() =>
            modal.confirm({
              title: '恢复为示例考核细则？',
              content: '当前的考核细则将被替换；已手工打的分按项目保留。',
              okText: '恢复',
              cancelText: '取消',
              onOk: async () => {
                await reset.mutateAsync({});
                message.success('已恢复为示例考核细则');
              },
            })
          }
        >
          恢复示例细则
        </Button>
      </Space>
    </Card>
  );
}
