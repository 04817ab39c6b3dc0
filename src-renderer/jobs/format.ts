/** The words of a job's progress: 读取 12,000 / 50,000 行 · 剩余约 8 秒. */
import type { JobSummary } from '../../shared/jobs/schema';

export function remainingText(ms: number | null): string | null {
  if (ms === null) return null;
  const s = Math.max(1, Math.ceil(ms / 1000));
  return s < 60 ? `剩余约 ${s} 秒` : `剩余约 ${Math.floor(s / 60)} 分 ${s % 60} 秒`;
}

const UNIT: Partial<Record<JobSummary['phase'], string>> = { 读取: '行', 检查: '行', 写入: '行', 导出: '步', 备份: '页', 恢复: '页' };

export function countText(job: Pick<JobSummary, 'phase' | 'done' | 'total'>): string {
  if (job.phase === '排队') return '等待中';
  const unit = UNIT[job.phase] ?? '';
  const n = (v: number) => v.toLocaleString('zh-CN');
  return job.total === null ? `已处理 ${n(job.done)} ${unit}` : `${n(job.done)} / ${n(job.total)} ${unit}`;
}

export function percentOf(job: Pick<JobSummary, 'done' | 'total'>): number {
  if (job.total === null || job.total === 0) return 0;
  return Math.min(100, Math.floor((job.done / job.total) * 100));
}
