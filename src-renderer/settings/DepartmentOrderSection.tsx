/**
 * 设置 → 部门顺序: the order departments appear in on the member list and its filter, the roster
 * export and print, welfare lists and sign-off sheets. Moved up and down one by one, or put in
 * pinyin order or back in the roster's order, then saved.
 */
import { ArrowDownOutlined, ArrowUpOutlined, VerticalAlignTopOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';

export function DepartmentOrderSection() {
  const { message } = App.useApp();
  const view = useApiQuery('settings.departmentOrder', undefined);
  const save = useApiMutation('settings.setDepartmentOrder', ['settings.', 'members.', 'roster.', 'welfare.', 'congress.']);
  const byPinyin = useApiMutation('settings.departmentsByPinyin', []);
  const inRoster = useApiMutation('settings.departmentsInRosterOrder', []);
  const [order, setOrder] = useState<string[]>([]);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (view.data) {
      setOrder(view.data.departments.map((d) => d.name));
      setDirty(false);
    }
  }, [view.data]);

  const counts = new Map((view.data?.departments ?? []).map((d) => [d.name, d.memberCount]));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setOrder(next);
    setDirty(true);
  };
  const suggest = (mutation: typeof byPinyin) =>
    mutation.mutate(undefined, {
      onSuccess: (r) => {
        setOrder(r.orderedDepartments);
        setDirty(true);
      },
      onError: (e) => message.error(errorMessage(e)),
    });
  const submit = () =>
    save.mutate(
      { orderedDepartments: order },
      { onSuccess: () => message.success('部门顺序已保存，名册、筛选、导出和打印将按此顺序排列'), onError: (e) => message.error(errorMessage(e)) },
    );

  return (
    <Card
      title="部门顺序"
      data-testid="department-order-section"
      extra={
        <Space>
          <Button loading={byPinyin.isPending} onClick={() => suggest(byPinyin)} disabled={order.length < 2}>
            按拼音排序
          </Button>
          <Button loading={inRoster.isPending} onClick={() => suggest(inRoster)} disabled={order.length < 2}>
            按名册顺序
          </Button>
          <Button type="primary" loading={save.isPending} disabled={!dirty} onClick={submit}>
            保存顺序
          </Button>
        </Space>
      }
    >
      {view.error ? <QueryError error={view.error} onRetry={() => void view.refetch()} /> : null}
      <Typography.Paragraph type="secondary">
        会员花名册、部门筛选、导出和打印的花名册、慰问名单和签收表都按这里的顺序排列部门。新出现的部门排在最后。
        {dirty ? <Typography.Text type="warning">（顺序已调整，尚未保存）</Typography.Text> : null}
      </Typography.Paragraph>
      <List
        size="small"
        bordered
        style={{ maxWidth: 560 }}
        locale={{ emptyText: '还没有部门：录入或导入会员后，部门会按名册中出现的顺序列在这里。' }}
        dataSource={order}
        renderItem={(name, index) => (
          <List.Item
            data-testid="department-row"
            actions={[
              <Button key="top" size="small" type="text" icon={<VerticalAlignTopOutlined />} aria-label={`把${name}移到最前`} disabled={index === 0} onClick={() => move(index, 0)} />,
              <Button key="up" size="small" type="text" icon={<ArrowUpOutlined />} aria-label={`上移${name}`} disabled={index === 0} onClick={() => move(index, index - 1)} />,
              <Button
                key="down"
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                aria-label={`下移${name}`}
                disabled={index === order.length - 1}
                onClick={() => move(index, index + 1)}
              />,
            ]}
          >
            <Space>
              <Typography.Text type="secondary" style={{ display: 'inline-block', width: 24, textAlign: 'right' }}>
                {index + 1}
              </Typography.Text>
              <span>{name}</span>
              <Typography.Text type="secondary">{counts.get(name) ?? 0} 人</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
