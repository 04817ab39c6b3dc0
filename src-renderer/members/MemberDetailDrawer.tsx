import { App, Button, Descriptions, Drawer, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { MEMBER_FIELD_LABELS as L, type Member } from '../../shared/members/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { errorMessage } from '../components/form-errors';
import { showIdNumber, showPhone } from '../components/format';
import { formatDateCn, formatTimestampCn } from '../../shared/domain/dates';
import { QueryError } from '../components/QueryError';
import { StatusTag } from './StatusTag';
import { MemberVisitsSection } from '../welfare/MemberVisitsSection';
import { MemberHonoursSection } from '../honours/MemberHonoursSection';

export function MemberDetailDrawer({ memberId, onClose, onEdit }: { memberId: number | null; onClose(): void; onEdit(member: Member): void }) {
  const [reveal, setReveal] = useState(false);
  const detail = useApiQuery('members.get', { id: memberId ?? 0 }, { enabled: memberId !== null });
  const cancel = useApiMutation('members.cancelScheduledStatus', ['members.']);
  const { message } = App.useApp();
  const m = detail.data;
  return (
    <Drawer
      title={m ? `会员信息：${m.name}` : '会员信息'}
      width={720}
      open={memberId !== null}
      onClose={() => {
        setReveal(false);
        onClose();
      }}
      extra={
        <Space>
          <Button onClick={() => setReveal((r) => !r)}>{reveal ? '隐藏证件号与电话' : '显示完整证件号与电话'}</Button>
          {m ? (
            <Button type="primary" onClick={() => onEdit(m)}>
              编辑
            </Button>
          ) : null}
        </Space>
      }
    >
      {detail.isLoading ? <Spin /> : null}
      {detail.error ? <QueryError error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {m ? (
        <>
          <Descriptions bordered column={2} size="small" labelStyle={{ width: 110 }}>
            <Descriptions.Item label={L.name}>{m.name}</Descriptions.Item>
            <Descriptions.Item label={L.status}>
              <StatusTag status={m.status} scheduled={m.scheduledStatus} />
              {m.statusDate && !m.scheduledStatus ? <Typography.Text type="secondary">{formatDateCn(m.statusDate)}</Typography.Text> : null}
              {m.scheduledStatus ? (
                <Button
                  size="small"
                  type="link"
                  loading={cancel.isPending}
                  onClick={() =>
                    cancel.mutate(
                      { id: m.id },
                      { onSuccess: () => message.success('已撤销计划中的状态变更'), onError: (e) => message.error(errorMessage(e)) },
                    )
                  }
                >
                  撤销计划
                </Button>
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={L.gender}>{m.gender}</Descriptions.Item>
            <Descriptions.Item label={L.ethnicity}>{m.ethnicity}</Descriptions.Item>
            <Descriptions.Item label={L.birthDate}>{formatDateCn(m.birthDate)}</Descriptions.Item>
            <Descriptions.Item label={L.idNumber}>
              <span className="masked">{showIdNumber(m.idNumber, reveal)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={L.politicalStatus}>{m.politicalStatus}</Descriptions.Item>
            <Descriptions.Item label={L.education}>{m.education}</Descriptions.Item>
            <Descriptions.Item label={L.title}>{m.title}</Descriptions.Item>
            <Descriptions.Item label={L.department}>{m.department}</Descriptions.Item>
            <Descriptions.Item label={L.position}>{m.position}</Descriptions.Item>
            <Descriptions.Item label={L.phone}>
              <span className="masked">{showPhone(m.phone, reveal)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={L.employmentType}>{m.employmentType}</Descriptions.Item>
            <Descriptions.Item label={L.joinDate}>{formatDateCn(m.joinDate)}</Descriptions.Item>
            <Descriptions.Item label={L.notes} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{m.notes}</span>
            </Descriptions.Item>
            <Descriptions.Item label="登记时间">{formatTimestampCn(m.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="最后修改">{formatTimestampCn(m.updatedAt)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            状态变更记录
          </Typography.Title>
          {m.statusHistory.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有状态变更" />
          ) : (
            <Timeline
              items={m.statusHistory.map((h) => ({
                key: h.id,
                children: (
                  <div>
                    <b>{formatDateCn(h.changedOn)}</b>：<Tag>{h.fromStatus}</Tag>→ <StatusTag status={h.toStatus} />
                    {h.reason ? <div style={{ color: '#666' }}>原因：{h.reason}</div> : null}
                  </div>
                ),
              }))}
            />
          )}
          <MemberVisitsSection memberId={m.id} />
          <MemberHonoursSection memberId={m.id} canAdd={m.status !== '退会'} />
        </>
      ) : null}
    </Drawer>
  );
}
