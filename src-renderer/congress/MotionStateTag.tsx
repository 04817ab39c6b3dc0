import { Tag } from 'antd';
import type { MotionState } from '../../shared/congress/schema';

const COLORS: Record<MotionState, string> = {
  待审查: 'orange',
  办理中: 'blue',
  待反馈: 'purple',
  已办结: 'green',
  已合并: 'cyan',
  转为意见建议: 'default',
  不予立案: 'default',
};

export function MotionStateTag({ state, overdue }: { state: MotionState; overdue?: boolean }) {
  return (
    <>
      <Tag color={COLORS[state]}>{state}</Tag>
      {overdue ? <Tag color="red">已超期</Tag> : null}
    </>
  );
}
