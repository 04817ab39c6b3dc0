/**
 * 设置 → 本机用途: a school's union branch (the default) or the district union above the schools.
 * Switching hides one set of areas and shows the other; no record is deleted either way.
 */
import { App, Button, Card, Form, InputNumber, Radio, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { ROLES, type Role } from '../../shared/district/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { DISTRICT_PATH } from './role';

interface Values {
  role: Role;
  congressStaffMin: number;
}

const ROLE_TEXT: Record<Role, { title: string; body: string }> = {
  基层工会: {
    title: '基层工会（学校工会）',
    body: '记录本校的会员、教代会、校务公开和慰问，年底生成年度台账，并可“报送上级工会”。',
  },
  上级教育工会: {
    title: '上级教育工会（区、县、市教育工会）',
    body: '接收各基层学校报送的年度台账，汇总全区数字，查看哪些学校尚未报送、哪些学校未达到台账检查要求，导出汇总表。',
  },
};

export function RoleSection() {
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const settings = useApiQuery('district.settings', undefined);
  const save = useApiMutation('district.updateSettings', ['district.']);
  const role = Form.useWatch('role', form);

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  const store = async (values: Values) => {
    try {
      const saved = await save.mutateAsync(values);
      message.success(`已保存：本机用途为“${saved.role}”`);
      if (saved.role !== settings.data?.role && saved.role === '上级教育工会') navigate(DISTRICT_PATH);
    } catch (error) {
      applyServerErrors(form, error, ['role', 'congressStaffMin']);
      message.error(errorMessage(error));
    }
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (!settings.data || values.role === settings.data.role) return void store(values);
    modal.confirm({
      title: `把本机用途改为“${values.role}”？`,
      content:
        values.role === '上级教育工会'
          ? '导航将只显示“基层汇总”和“设置”。本机已有的会员、教代会、校务公开、慰问等记录不会删除，改回“基层工会”后照常显示。'
          : '导航将显示本校的会员、教代会、校务公开、慰问和年度台账，“基层汇总”不再显示。已接收的各校台账不会删除，改回“上级教育工会”后照常显示。',
      okText: '确认修改',
      cancelText: '取消',
      onOk: () => store(values),
    });
  };

  return (
    <Card title="本机用途" data-testid="role-section">
      {settings.error ? <QueryError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      <Typography.Paragraph type="secondary">
        同一个程序，学校工会用来记台账，上级教育工会用来汇总各校报送的台账。请按本机的使用单位选择。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ role: '基层工会', congressStaffMin: 80 }}>
        <Form.Item name="role" label="本机用途">
          <Radio.Group style={{ width: '100%' }}>
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              {ROLES.map((r) => (
                <Radio key={r} value={r} style={{ alignItems: 'flex-start' }}>
                  <Typography.Text strong>{ROLE_TEXT[r].title}</Typography.Text>
                  {r === '基层工会' ? <Typography.Text type="secondary">（默认）</Typography.Text> : null}
                  <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0' }}>
                    {ROLE_TEXT[r].body}
                  </Typography.Paragraph>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {role === '上级教育工会' ? (
          <Form.Item
            name="congressStaffMin"
            label="应建立教代会制度的教职工人数"
            extra="教职工超过这个人数、本年度却没有召开教代会的学校，在汇总中列为未达到台账检查要求（基层学校 80 人以上必须建立教代会制度）。"
            rules={[{ required: true, message: '请填写人数' }]}
          >
            <InputNumber min={1} max={10000} precision={0} addonAfter="人以上" style={{ width: 200 }} />
          </Form.Item>
        ) : null}
        <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
          保存本机用途
        </Button>
      </Form>
    </Card>
  );
}
