/**
 * 慰问记录 on the member's page: the member's visits (and their family's), yearly totals, and the
 * hardship file if there is one.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateCn } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import type { Visit } from '../../shared/welfare/schema';
import { useApiQuery } from '../api/hooks';
import { QueryError } from '../components/QueryError';
import { VisitFormDrawer } from './VisitFormDrawer';

export function MemberVisitsSection({ memberId }: { memberId: number }) {
  const data = useApiQuery('welfare.memberVisits', { memberId });
  const [adding, setAdding] = useState(false);
  const d = data.data;
  return (
    <section aria-label="慰问记录" style={{ marginTop: 24 }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          慰问记录
        </Typography.Title>
        <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={d === undefined}>
          登记慰问
        </Button>
      </Flex>
      {data.error ? <QueryError error={data.error} /> : null}
      {d?.hardship ? (
        <Typography.Paragraph style={{ marginTop: 8 }}>
          困难职工档案：<Tag color={d.hardship.status === '在档' ? 'orange' : 'default'}>{d.hardship.level}</Tag>
          {d.hardship.status}，主要原因 {d.hardship.mainCause}，最近核实 {formatDateCn(d.hardship.verifiedOn)}
          {d.hardship.reverifyDue ? <Tag color="red" style={{ marginLeft: 6 }}>待复核</Tag> : null}
        </Typography.Paragraph>
      ) : null}
      {d && d.byYear.length > 0 ? (
        <Flex gap={8} wrap style={{ margin: '8px 0' }} data-testid="member-visit-years">
          {d.byYear.map((y) => (
            <Tag key={y.year} color="volcano">
              {y.year}年：{y.visits} 次，慰问金 {formatFen(y.amountFen)}
              {y.goodsValueFen ? `，慰问品 ${formatFen(y.goodsValueFen)}` : ''}
            </Tag>
          ))}
        </Flex>
      ) : null}
      {d && d.visits.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有慰问记录" /> : null}
      {d && d.visits.length > 0 ? (
        <Table<Visit>
          rowKey="id"
          size="small"
          dataSource={d.visits}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: '日期', dataIndex: 'visitDate', width: 130, render: (v: string) => formatDateCn(v) },
            { title: '对象', dataIndex: 'displayName', width: 130 },
            { title: '事由', dataIndex: 'reason', width: 100 },
            { title: '慰问金', dataIndex: 'amountFen', width: 100, align: 'right', render: (f: number) => formatFen(f) },
            { title: '慰问品', dataIndex: 'goods', ellipsis: true },
            { title: '', dataIndex: 'overStandard', width: 70, render: (o: boolean) => (o ? <Tag color="red">超标准</Tag> : null) },
          ]}
        />
      ) : null}
      <VisitFormDrawer open={adding} memberId={memberId} onClose={() => setAdding(false)} />
    </section>
  );
}
