/**
 * 票决 of a session: each agenda item with its figures and computed result; 票决结果 prints on A4.
 */
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Session, Vote } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { openPrintView } from '../api/platform';
import { formatDateCn } from '../../shared/domain/dates';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';
import { VoteFormModal } from './VoteFormModal';
import { confirmAction } from '../components/confirm-action';

const RESULT_COLORS: Record<Vote['result'], string> = { 通过: 'green', 未通过: 'red', 不足法定人数: 'orange' };

export function VotesTab({ session }: { session: Session }) {
  const { modal, message } = App.useApp();
  const votes = useApiQuery('congress.votes.list', { sessionId: session.id });
  const remove = useApiMutation('congress.votes.delete', ['congress.']);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Vote | null>(null);

  const print = (v: Vote, mode: 'pdf' | 'print') =>
    void openPrintView(
      { route: `/print/congress/votes/${v.id}`, pageSize: 'A4', landscape: false, fileName: `票决结果-${v.item}.pdf` },
      mode,
    ).catch((e: unknown) => message.error(errorMessage(e)));

  const printResolution = (mode: 'pdf' | 'print') =>
    void openPrintView(
      { route: `/print/congress/sessions/${session.id}/resolution`, pageSize: 'A4', landscape: false, fileName: `${session.name}决议.pdf` },
      mode,
    ).catch((e: unknown) => message.error(errorMessage(e)));

  const confirmDelete = (v: Vote) =>
    confirmAction({ modal, message }, {
      title: `删除票决“${v.item}”？`,
      content: '只用于纠正误登记，删除后无法恢复。',
      run: () => remove.mutateAsync({ id: v.id }),
      success: '已删除',
    });

  return (
    <div>
      <Flex justify="flex-end" gap={8} style={{ marginBottom: 12 }}>
        <Button icon={<PrinterOutlined />} onClick={() => printResolution('print')}>
          打印大会决议
        </Button>
        <Button onClick={() => printResolution('pdf')}>大会决议存为 PDF</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          登记票决
        </Button>
      </Flex>
      {votes.error ? <QueryError error={votes.error} onRetry={() => void votes.refetch()} /> : null}
      <Table<Vote>
        rowKey="id"
        size="middle"
        loading={votes.isLoading}
        dataSource={votes.data ?? []}
        pagination={false}
        locale={{ emptyText: '还没有票决事项，点击“登记票决”' }}
        columns={[
          { title: '表决事项', dataIndex: 'item' },
          { title: '日期', dataIndex: 'votedOn', width: 130, render: (v: string) => formatDateCn(v) },
          { title: '方式', dataIndex: 'method', width: 100 },
          { title: '应到', dataIndex: 'due', width: 60 },
          { title: '实到', dataIndex: 'present', width: 60 },
          { title: '赞成', dataIndex: 'votesFor', width: 60 },
          { title: '反对', dataIndex: 'votesAgainst', width: 60 },
          { title: '弃权', dataIndex: 'abstain', width: 60 },
          { title: '无效', dataIndex: 'invalid', width: 60 },
          { title: '结果', dataIndex: 'result', width: 120, render: (r: Vote['result']) => <Tag color={RESULT_COLORS[r]}>{r}</Tag> },
          {
            title: '操作',
            key: 'actions',
            width: 270,
            render: (_: unknown, v) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<PrinterOutlined />} onClick={() => print(v, 'print')}>
                  打印
                </Button>
                <Button type="link" size="small" onClick={() => print(v, 'pdf')}>
                  存为 PDF
                </Button>
                <Button type="link" size="small" onClick={() => setEditing(v)}>
                  修改
                </Button>
                <Button type="link" size="small" danger onClick={() => confirmDelete(v)}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <VoteFormModal open={adding} session={session} onClose={() => setAdding(false)} />
      <VoteFormModal open={editing !== null} session={session} vote={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
