/**
 * 教代会: the sessions (届次), newest first, with how many motions are still open.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Session } from '../../shared/congress/schema';
import { useApiQuery } from '../api/hooks';
import { formatDateCn } from '../../shared/domain/dates';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SessionFormModal } from './SessionFormModal';

export function SessionListPage() {
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const sessions = useApiQuery('congress.sessions.list', undefined);
  return (
    <div>
      <PageHeader
        title="教代会"
        subtitle="教职工代表大会（教职工大会）的届次、代表、提案与票决。条条有答复，件件有回音。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新增届次
          </Button>
        }
      />
      {sessions.error ? <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
      <Table<Session>
        rowKey="id"
        loading={sessions.isLoading}
        dataSource={sessions.data ?? []}
        pagination={false}
        locale={{ emptyText: '还没有届次，点击右上角“新增届次”开始' }}
        columns={[
          {
            title: '届次',
            dataIndex: 'name',
            render: (name: string, s) => (
              <Typography.Link onClick={() => navigate(`/congress/sessions/${s.id}`)} data-testid="session-name">
                {name}
              </Typography.Link>
            ),
          },
          { title: '开会日期', dataIndex: 'startDate', width: 160, render: (v: string) => formatDateCn(v) },
          { title: '提案征集截止', dataIndex: 'motionClose', width: 160, render: (v: string) => formatDateCn(v) },
          { title: '提案', dataIndex: 'motionCount', width: 90, render: (v: number) => `${v} 件` },
          {
            title: '未办结',
            dataIndex: 'openCount',
            width: 100,
            render: (v: number) => (v > 0 ? <Tag color="orange">{v} 件</Tag> : <Tag color="green">无</Tag>),
          },
          { title: '票决', dataIndex: 'voteCount', width: 90, render: (v: number) => `${v} 项` },
        ]}
      />
      <SessionFormModal open={adding} onClose={() => setAdding(false)} onSaved={(s) => navigate(`/congress/sessions/${s.id}`)} />
    </div>
  );
}
