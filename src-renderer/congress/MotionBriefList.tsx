/**
 * A short list of motions that need chasing (unanswered, overdue, unsatisfied), linked to each motion.
 */
import { List, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { MotionBrief } from '../../shared/congress/schema';
import { formatDateCn } from '../../shared/domain/dates';

export function MotionBriefList({ items, empty, showSession, testId }: { items: MotionBrief[]; empty: string; showSession?: boolean; testId?: string }) {
  const navigate = useNavigate();
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={items}
      locale={{ emptyText: empty }}
      pagination={items.length > 8 ? { pageSize: 8, size: 'small' } : false}
      renderItem={(b) => (
        <List.Item key={b.id}>
          <div style={{ width: '100%' }}>
            <Typography.Link onClick={() => navigate(`/congress/motions/${b.id}`)}>
              {b.number} {b.title}
            </Typography.Link>
            <div style={{ color: '#666', fontSize: 13 }}>
              {showSession ? `${b.sessionName}；` : ''}提案人 {b.proposerName}
              {b.leadUnit ? `；承办 ${b.leadUnit}` : ''}
              {b.deadline ? `；期限 ${formatDateCn(b.deadline)}` : ''}
              {b.rating === '不满意' ? (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  不满意
                </Tag>
              ) : null}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
