/**
 * The header's indicator of background work: shown while a job runs (on any page) and for a
 * minute after it ends, with each job's bar in a popover. When a job that wrote ends, every
 * cached query is refreshed, so a page left during an import shows its new rows.
 */
import { CheckCircleOutlined, CloseCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Popover, Progress, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { WRITING_KINDS } from '../../shared/jobs/kinds';
import type { JobSummary } from '../../shared/jobs/schema';
import { useApiQuery } from '../api/hooks';
import { countText, percentOf, remainingText } from './format';

function JobLine({ job }: { job: JobSummary }) {
  if (job.status === 'running') {
    const left = remainingText(job.remainingMs);
    return (
      <div>
        <Typography.Text>{job.label}</Typography.Text>
        <Progress size="small" percent={job.total === null ? 100 : percentOf(job)} status="active" showInfo={job.total !== null} />
        <Typography.Text type="secondary">
          {job.phase} {countText(job)}
          {left ? ` · ${left}` : ''}
        </Typography.Text>
      </div>
    );
  }
  const icon = job.status === 'done' ? <CheckCircleOutlined style={{ color: '#52c41a' }} /> : <CloseCircleOutlined style={{ color: job.status === 'failed' ? '#ff4d4f' : '#8c8c8c' }} />;
  const text = job.status === 'done' ? '已完成' : job.status === 'cancelled' ? '已取消' : `失败：${job.error?.message ?? ''}`;
  return (
    <Space align="start">
      {icon}
      <Typography.Text>
        {job.label}：{text}
      </Typography.Text>
    </Space>
  );
}

export function JobsIndicator() {
  const client = useQueryClient();
  const jobs = useApiQuery('jobs.list', {}, { refetchInterval: (q) => ((q.state.data ?? []).some((j) => j.status === 'running') ? 1000 : 3000) });
  const seenRunning = useRef(new Set<string>());
  const list = useMemo(() => jobs.data ?? [], [jobs.data]);

  useEffect(() => {
    let wrote = false;
    for (const job of list) {
      if (job.status === 'running') seenRunning.current.add(job.id);
      else if (seenRunning.current.delete(job.id) && job.status === 'done' && WRITING_KINDS.includes(job.kind)) wrote = true;
    }
    if (wrote) void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'jobs.list' });
  }, [list, client]);

  if (list.length === 0) return null;
  const running = list.filter((j) => j.status === 'running').length;
  return (
    <Popover
      placement="bottomRight"
      title="后台任务"
      content={
        <Space direction="vertical" style={{ width: 320 }} data-testid="jobs-popover">
          {list.map((j) => (
            <JobLine key={j.id} job={j} />
          ))}
        </Space>
      }
    >
      <Badge count={running} size="small">
        <Button type="text" size="small" icon={running ? <SyncOutlined spin /> : <CheckCircleOutlined />} data-testid="jobs-indicator">
          {running ? `${running} 个任务进行中` : '后台任务已结束'}
        </Button>
      </Badge>
    </Popover>
  );
}
