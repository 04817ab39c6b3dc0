import { Tag, Typography } from 'antd';
import type { Member, ScheduledStatus } from '../../shared/members/schema';
import { scheduledStatusText } from '../../shared/members/scheduled-text';

const COLORS: Record<Member['status'], string> = {
  在册: 'green',
  调出: 'blue',
  退休: 'gold',
  退会: 'default',
  去世: 'default',
};

export function StatusTag({ status, scheduled }: { status: Member['status']; scheduled?: ScheduledStatus | null }) {
  if (!scheduled) return <Tag color={COLORS[status]}>{status}</Tag>;
  // A change dated later (将于2027年6月30日退休) is said next to the status it does not change yet.
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={COLORS[status]}>{status}</Tag>
      <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="scheduled-status">
        {scheduledStatusText(scheduled)}
      </Typography.Text>
    </span>
  );
}
