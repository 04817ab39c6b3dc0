/**
 * The progress pieces every job and CLI command relies on: throttling never drops a phase change or
 * a phase's last step and never goes backwards; a cancelled run stops only in phases that write
 * nothing; the words of the bar (count, time left).
 */
import { describe, expect, it } from 'vitest';
import { reportProgress, throttled, withProgress, type JobProgress } from '../../../shared/jobs/progress';
import { countText, percentOf, remainingText } from '../../../src-renderer/jobs/format';

describe('job progress', () => {
  it('throttling keeps phase changes and the last step of each phase, in order', () => {
    let now = 0;
    const got: JobProgress[] = [];
    const sink = throttled((p) => got.push(p), 100, () => now);
    const step = (phase: JobProgress['phase'], done: number, total: number | null) => sink({ phase, done, total, message: null });
    step('读取', 0, null);
    for (let i = 1; i <= 500; i++) {
      now += 1;
      step('读取', i, null);
    }
    step('检查', 0, 500);
    for (let i = 1; i <= 500; i++) {
      now += 1;
      step('检查', i, 500);
    }
    expect(got.length).toBeLessThan(20);
    expect(got[0]).toMatchObject({ phase: '读取', done: 0 });
    expect(got.find((p) => p.phase === '检查')).toMatchObject({ done: 0, total: 500 });
    expect(got[got.length - 1]).toMatchObject({ phase: '检查', done: 500, total: 500 });
    for (let i = 1; i < got.length; i++) if (got[i]!.phase === got[i - 1]!.phase) expect(got[i]!.done).toBeGreaterThanOrEqual(got[i - 1]!.done);
  });

  it('passes a newly known total at once, so a quick job does not end as 0 / ?', () => {
    const got: JobProgress[] = [];
    const sink = throttled((p) => got.push(p), 100, () => 0);
    sink({ phase: '导出', done: 0, total: null, message: null });
    sink({ phase: '导出', done: 0, total: 3, message: '正在整理数据' });
    sink({ phase: '导出', done: 1, total: 3, message: '正在写入表格' });
    expect(got.map((p) => [p.done, p.total])).toEqual([
      [0, null],
      [0, 3],
    ]);
  });

  it('a cancelled run stops while reading or checking, never in the middle of writing', async () => {
    const signal = { aborted: true };
    await expect(withProgress(() => undefined, signal, () => reportProgress('读取', 1, null))).rejects.toMatchObject({ code: 'CANCELLED', message: '已取消，数据未被修改。' });
    await expect(withProgress(() => undefined, signal, () => reportProgress('检查', 1, 10))).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(withProgress(() => undefined, signal, () => reportProgress('写入', 1, 10))).resolves.toBeUndefined();
    // Outside a job nothing is reported and nothing throws.
    expect(() => reportProgress('读取', 1, null)).not.toThrow();
  });

  it('words the count and the time left in Chinese', () => {
    expect(countText({ phase: '写入', done: 12000, total: 50000 })).toBe('12,000 / 50,000 行');
    expect(countText({ phase: '读取', done: 300, total: null })).toBe('已处理 300 行');
    expect(remainingText(8200)).toBe('剩余约 9 秒');
    expect(remainingText(125_000)).toBe('剩余约 2 分 5 秒');
    expect(remainingText(null)).toBeNull();
    expect(percentOf({ done: 1, total: 3 })).toBe(33);
  });
});
