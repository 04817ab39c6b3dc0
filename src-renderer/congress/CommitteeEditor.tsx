/**
 * 提案工作委员会 in 设置 → 教代会: each member's name (picked from the register, or typed for
 * someone not in it) and role 主任/副主任/委员. The committee's paperwork prints these names on
 * its signature lines.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { COMMITTEE_ROLES } from '../../shared/congress/schema';
import { useApiQuery } from '../api/hooks';
import { useDebounced } from '../components/useDebounced';

/** A name box that offers members of the register as the user types, but takes any name. */
function CommitteeName({ field, index }: { field: number; index: number }) {
  const form = Form.useFormInstance();
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const list = useApiQuery('members.list', { search: q || undefined, statuses: ['在册'], pageSize: 20, sortBy: 'name' }, { enabled: q.length > 0 });
  return (
    <Form.Item name={[field, 'committeeName']} noStyle rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
      <AutoComplete
        style={{ width: 200 }}
        placeholder="输入姓名，可从会员中选"
        aria-label={`委员会成员${index + 1}姓名`}
        options={(list.data?.rows ?? []).map((m) => ({ value: m.name, label: `${m.name}${m.department ? `（${m.department}）` : ''}`, memberId: m.id }))}
        onSearch={(v) => {
          setSearch(v);
          // A typed name is nobody in particular until a member is picked.
          form.setFieldValue(['committee', field, 'memberId'], null);
        }}
        onSelect={(_v, option: { memberId?: number }) => form.setFieldValue(['committee', field, 'memberId'], option.memberId ?? null)}
      />
    </Form.Item>
  );
}

/** Keeps the picked member's id in the form without showing anything. */
function NoInput() {
  return null;
}

export function CommitteeEditor() {
  return (
    <Form.Item label="提案工作委员会成员" extra="打印立案通知书、催办单和提案汇编时，按此名单在签名处列出主任、副主任和委员。">
      <Form.List name="committee">
        {(fields, { add, remove }) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {fields.length === 0 ? <Typography.Text type="secondary">尚未填写。</Typography.Text> : null}
            {fields.map((f, i) => (
              <Space key={f.key} align="start" data-testid="committee-row">
                <CommitteeName field={f.name} index={i} />
                <Form.Item name={[f.name, 'committeeRole']} noStyle rules={[{ required: true, message: '请选择职务' }]}>
                  <Select style={{ width: 110 }} aria-label={`委员会成员${i + 1}职务`} options={COMMITTEE_ROLES.map((r) => ({ value: r, label: r }))} />
                </Form.Item>
                <Form.Item name={[f.name, 'memberId']} hidden>
                  <NoInput />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={`删除委员会成员${i + 1}`} onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ committeeName: '', committeeRole: fields.length === 0 ? '主任' : '委员', memberId: null })}>
              添加成员
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
