/**
 * A running job's bar: phase, count, time left, and a cancel button while cancelling is safe
 * (reading, checking). From the first write on, the button is gone and the bar says why.
 */
import { Button, Flex, Progress, Tag, Typography } from 'antd';
import type { JobSummary } from '../../shared/jobs/schema';
import { countText, percentOf, remainingText } from './format';

export interface JobProgressProps {
  job: JobSummary | null;
  onCancel?: () => void;
  cancelRefused?: string | null;
}

export function JobProgress({ job, onCancel, cancelRefused }: JobProgressProps) {
  if (!job || job.status !== 'running') return null;
  const known = job.total !== null;
  const left = remainingText(job.remainingMs);
  return (
    <div className="job-progress" role="status" aria-label={`${job.label}进度`} data-testid="job-progress" data-phase={job.phase} data-done={job.done}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <span>
          <Typography.Text strong>{job.label}</Typography.Text>
          <Tag color="processing" style={{ marginInlineStart: 8 }}>
            {job.phase}
          </Tag>
          {job.message ? <Typography.Text type="secondary">{job.message}</Typography.Text> : null}
        </span>
        <Typography.Text type="secondary" data-testid="job-progress-count">
          {countText(job)}
          {left ? ` · ${left}` : ''}
        </Typography.Text>
      </Flex>
      <Progress percent={known ? percentOf(job) : 100} status="active" showInfo={known} strokeColor={known ? undefined : '#bfbfbf'} />
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text type="secondary">
          {job.cancellable ? '读取和检查阶段可以取消，取消后数据不会有任何改动。' : job.phase === '排队' ? '' : '正在写入，不能取消：中途停止会留下不完整的数据。'}
        </Typography.Text>
        {job.cancellable && onCancel ? (
          <Button size="small" onClick={onCancel}>
            取消
          </Button>
        ) : null}
      </Flex>
      {cancelRefused ? <Typography.Text type="warning">{cancelRefused}</Typography.Text> : null}
    </div>
  );
}
