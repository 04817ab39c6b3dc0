import { Tag } from 'antd';
import type { Member } from '../../shared/members/schema';

const COLORS: Record<Member['status'], string> = {
  在册: 'green',
  调出: 'blue',
  退休: 'gold',
  退会: 'default',
  去世: 'default',
};

export function StatusTag({ status }: { status: Member['status'] }) {
  return <Tag color={COLORS[status]}>{status}</Tag>;
}
