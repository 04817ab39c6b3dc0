/**
 * The district's receiving of many ledgers as a job in a worker thread: the check saves nothing and
 * its progress runs to the number of files; the commit writes in 读取 → 检查 → 写入 order, ending at
 * its total, and the reports are in the district store afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { JOB_PHASES } from '../../../shared/jobs/progress';
import type { JobSummary } from '../../../shared/jobs/schema';
import { closeJobs } from '../../../src-main/jobs/runner';
import { apiOn } from '../../helpers/api';
import { tempStore } from '../../helpers/store';
import { buildReportStore } from '../report/fixture';

let school: ReturnType<typeof tempStore>;
let district: ReturnType<typeof tempStore>;
let dapi: ApiClient;
let sent: { fileName: string; contentBase64: string };

beforeAll(async () => {
  school = tempStore();
  district = tempStore();
  const sapi = apiOn(school);
  dapi = apiOn(district);
  await buildReportStore(sapi);
  sent = await sapi.call('district.send', { year: 2026 });
  await dapi.call('district.updateSettings', { role: '上级教育工会' });
}, 60_000);
afterAll(async () => {
  await closeJobs(district.ctx);
  school.close();
  district.close();
});

async function follow(id: string): Promise<{ steps: JobSummary[]; end: JobSummary & { result?: unknown } }> {
  const steps: JobSummary[] = [];
  for (;;) {
    const job = (await dapi.call('jobs.get', { id })) as JobSummary & { result?: unknown };
    const last = steps.at(-1);
    if (!last || last.phase !== job.phase || last.done !== job.done) steps.push(job);
    if (job.status !== 'running') return { steps, end: job };
    await new Promise((r) => setTimeout(r, 20));
  }
}

const rank = (s: JobSummary) => JOB_PHASES.indexOf(s.phase);

describe('receiving ledgers as a job', () => {
  it('checks without saving, then takes them with progress that only goes forward and ends at the total', async () => {
    const files = [{ ...sent, addSchool: true }];
    const check = await follow((await dapi.call('jobs.start', { kind: 'district.receive.preview', input: { year: 2026, files } })).id);
    expect(check.end.status).toBe('done');
    expect((check.end.result as { files: { ok: boolean }[] }).files.map((f) => f.ok)).toEqual([true]);
    expect((await dapi.call('district.reports.history', {})).items).toHaveLength(0);

    const take = await follow((await dapi.call('jobs.start', { kind: 'district.receive.commit', input: { year: 2026, files } })).id);
    expect(take.end.status).toBe('done');
    expect(take.end.result).toMatchObject({ taken: 1, refused: 0 });
    const ranks = take.steps.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(take.steps.some((s) => s.phase === '写入')).toBe(true);
    expect(take.end).toMatchObject({ done: 1, total: 1 });
    expect((await dapi.call('district.reports.history', {})).items.map((h) => h.fileName)).toEqual([sent.fileName]);
  }, 120_000);
});
