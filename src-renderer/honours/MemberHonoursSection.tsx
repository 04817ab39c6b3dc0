/** 荣誉 on the member's page: every honour the member was recommended for or awarded, newest first. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateCn } from '../../shared/domain/dates';
import type { Honour, HonourLevel } from '../../shared/honours/schema';
import { useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { HonourFormDrawer } from './HonourFormDrawer';
import { LEVEL_COLORS } from './HonoursPage';

export function MemberHonoursSection({ memberId, canAdd }: { memberId: number; canAdd: boolean }) {
  const data = useApiQuery('honours.ofMember', { memberId });
  const [adding, setAdding] = useState(false);
  return (
    <section aria-label="荣誉" style={{ marginTop: 24 }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          荣誉（评优评先）
        </Typography.Title>
        {canAdd ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            登记荣誉
          </Button>
        ) : null}
      </Flex>
      {data.error ? <QueryError error={data.error} /> : null}
      {data.data && data.data.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有评优评先记录" /> : null}
      {data.data && data.data.length > 0 ? (
        <Table<Honour>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.data}
          columns={[
            { title: '日期', dataIndex: 'awardedOn', width: 120, render: (d: string) => formatDateCn(d) },
            { title: '荣誉称号', dataIndex: 'title' },
            { title: '级别', dataIndex: 'level', width: 80, render: (l: HonourLevel) => <Tag color={LEVEL_COLORS[l]}>{l}</Tag> },
            { title: '状态', dataIndex: 'state', width: 64 },
            { title: '共同获得', key: 'with', render: (_: unknown, h) => h.members.filter((m) => m.id !== memberId).map((m) => m.name).join('、') },
          ]}
        />
      ) : null}
      <HonourFormDrawer open={adding} honour={null} memberId={memberId} onClose={() => setAdding(false)} />
    </section>
  );
}
