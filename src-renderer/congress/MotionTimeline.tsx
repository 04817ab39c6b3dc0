/**
 * The motion's history: every step with its date, in the order it happened.
 */
import { Tag, Timeline } from 'antd';
import type { MotionStep } from '../../shared/congress/schema';
import { formatDateCn, formatTimestampCn } from '../../shared/domain/dates';

const COLORS: Record<MotionStep['kind'], string> = {
  提交: 'gray',
  修改: 'gray',
  审查: 'blue',
  答复: 'purple',
  落实: 'purple',
  反馈: 'orange',
  办结: 'green',
  优秀提案: 'gold',
  撤销: 'red',
};

function describe(s: MotionStep): string {
  switch (s.kind) {
    case '提交':
      return '提交提案';
    case '审查':
      if (s.decision === '立案') return `立案，主办 ${s.leadUnit ?? ''}${s.supportUnits ? `，协办 ${s.supportUnits}` : ''}，答复期限 ${formatDateCn(s.deadline)}`;
      return s.decision ? `审查意见：${s.decision}` : '审查';
    case '答复':
      return `第 ${s.round} 次答复（${s.repliedBy ?? ''}），落实情况：${s.implementation ?? ''}`;
    case '落实':
      return `落实情况更新为：${s.implementation ?? ''}`;
    case '反馈':
      return `提案人反馈：${s.rating ?? ''}`;
    case '撤销':
      return '撤销';
    default:
      return s.kind;
  }
}

export function MotionTimeline({ steps }: { steps: MotionStep[] }) {
  return (
    <Timeline
      data-testid="motion-timeline"
      items={steps.map((s) => ({
        key: s.id,
        color: s.withdrawnBy !== null ? 'gray' : s.rating === '不满意' ? 'red' : COLORS[s.kind],
        children: (
          // A withdrawn step stays in the history, struck through, beside the 撤销 that withdrew it.
          <div data-withdrawn={s.withdrawnBy !== null ? 'true' : undefined} style={s.withdrawnBy !== null ? { color: '#999', textDecoration: 'line-through' } : undefined}>
            <b>{formatDateCn(s.stepDate)}</b> <Tag color={s.kind === '撤销' ? 'red' : undefined}>{s.kind}</Tag>
            {s.withdrawnBy !== null ? <Tag style={{ textDecoration: 'none' }}>已撤销</Tag> : null}
            {describe(s)}
            {s.reason ? <div style={{ color: '#555' }}>{s.kind === '反馈' ? '说明' : '理由'}：{s.reason}</div> : null}
            {s.replyText ? <div style={{ whiteSpace: 'pre-wrap', color: '#333', margin: '4px 0' }}>{s.replyText}</div> : null}
            {s.note ? <div style={{ color: '#555' }}>{s.note}</div> : null}
            <div style={{ color: '#aaa', fontSize: 12 }}>登记于 {formatTimestampCn(s.recordedAt)}</div>
          </div>
        ),
      }))}
    />
  );
}
