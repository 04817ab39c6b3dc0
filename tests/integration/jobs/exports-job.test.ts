/**
 * The workbook exports as jobs: every method that answers with a file to save (apart from the
 * empty templates) is a job kind; in a worker an export counts its 导出 steps up to the end and
 * gives the same workbook as the direct call (but for the 导出时间 line); a page finds the job it
 * started again by its key.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadOutput } from '../../../shared/api/common';
import { contract } from '../../../shared/api/contract';
import { JOB_KINDS, JOB_KIND_LABELS } from '../../../shared/jobs/kinds';
import type { JobSummary } from '../../../shared/jobs/schema';
import type { AppContext } from '../../../src-main/api/context';
import { dispatch } from '../../../src-main/api/dispatch';
import { closeJobs } from '../../../src-main/jobs/runner';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore> | null = null;
afterEach(async () => {
  if (store) await closeJobs(store.ctx);
  store?.close();
  store = null;
});

async function call<T>(ctx: AppContext, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(ctx, method, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.data as T;
}

async function follow(ctx: AppContext, id: string): Promise<{ steps: JobSummary[]; end: JobSummary & { result?: unknown } }> {
  const steps: JobSummary[] = [];
  for (;;) {
    const job = await call<JobSummary & { result?: unknown }>(ctx, 'jobs.get', { id });
    steps.push(job);
    if (job.status !== 'running') return { steps, end: job };
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every cell of every sheet, without the lines that carry the time of the export. */
async function cellsOf(file: { contentBase64: string }): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => out.push([ws.name, ...Array.from(row.values as unknown[], (v) => JSON.stringify(v ?? null))])));
  return out.filter((r) => !r.some((c) => c.includes('导出时间') || c.includes('导出日期') || c.includes('导出于')));
}

describe('exports as jobs', () => {
  it('every method answering with a file (but the templates) runs as a job, named in Chinese', () => {
    const fileMethods = Object.entries(contract)
      .filter(([name, m]) => m.output === downloadOutput && !name.endsWith('.template'))
      .map(([name]) => name);
    expect(fileMethods.length).toBeGreaterThan(10);
    for (const name of fileMethods) expect(JOB_KINDS as readonly string[], name).toContain(name);
    for (const kind of JOB_KINDS) expect(JOB_KIND_LABELS[kind]).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('counts 导出 steps to the end and writes the same workbook as the direct call; found again by its page key', async () => {
    store = tempStore();
    const { ctx } = store;
    const exports = [
      ['welfare.export', { year: 2026 }],
      ['dues.export', { year: 2026 }],
      ['disclosure.register.export', { year: 2026 }],
    ] as const;
    const started = await Promise.all(
      exports.map(([kind, input]) => call<{ id: string }>(ctx, 'jobs.start', { kind, input, key: `export:${kind}` })),
    );
    const found = await call<JobSummary | null>(ctx, 'jobs.find', { key: 'export:dues.export' });
    expect(found).toMatchObject({ id: started[1]!.id, kind: 'dues.export', key: 'export:dues.export' });
    expect(await call(ctx, 'jobs.find', { key: 'export:nothing' })).toBeNull();

    const ended = await Promise.all(started.map((s) => follow(ctx, s.id)));
    for (const [i, { steps, end }] of ended.entries()) {
      const [kind, input] = exports[i]!;
      expect(end.status, kind).toBe('done');
      expect(end, kind).toMatchObject({ phase: '导出', done: 3, total: 3 });
      const counted = steps.filter((s) => s.phase === '导出' && s.total !== null).map((s) => s.done);
      for (let j = 1; j < counted.length; j++) expect(counted[j]).toBeGreaterThanOrEqual(counted[j - 1]!);
      const direct = await call<{ fileName: string; contentBase64: string }>(ctx, kind, input);
      const viaJob = end.result as { fileName: string; contentBase64: string };
      expect(viaJob.fileName).toBe(direct.fileName);
      expect(await cellsOf(viaJob)).toEqual(await cellsOf(direct));
    }
    // Ended, the job is still found by its key: a page opened again hands over its file.
    expect(await call(ctx, 'jobs.find', { key: 'export:welfare.export' })).toMatchObject({ status: 'done', id: started[0]!.id });
  }, 60_000);
});
