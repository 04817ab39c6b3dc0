/**
 * The roster import as jobs in worker threads, through dispatch (the door IPC and HTTP use):
 * progress that only goes forward and ends at its total, a cancel while reading that leaves the
 * store as it was, a commit that refuses to be cancelled, and a worker's error in Chinese.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/api/dispatch';
import { bigRosterXlsx } from '../../helpers/big-roster';
import type { JobSummary } from '../../../shared/jobs/schema';
import { call, followJob as follow, memberCount, storesWithJobs } from '../../helpers/jobs';

const ROWS = 3000;
let workbook: Buffer;
const stores = storesWithJobs();

beforeAll(async () => {
  workbook = await bigRosterXlsx(ROWS);
}, 60_000);

describe('roster import as jobs', () => {
  it('reads, checks and commits with progress that goes forward within each phase and ends at its total', async () => {
    const { ctx } = stores.open();
    const start = async (kind: string, input: unknown) => ((await call(ctx, 'jobs.start', { kind, input })) as { id: string }).id;

    const read = await follow(ctx, await start('import.read', { set: 'members', fileName: '花名册.xlsx', contentBase64: workbook.toString('base64') }));
    expect(read.end.status).toBe('done');
    const sheet = read.end.result as { headers: string[]; mapping: (string | null)[]; rows: unknown[]; sheet: string; headerRow: number };
    expect(sheet.rows).toHaveLength(ROWS);

    const check = await follow(ctx, await start('import.preview', { set: 'members', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows }));
    expect((check.end.result as { counts: { create: number } }).counts.create).toBe(ROWS);

    const commitInput = { set: 'members', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows, fileName: '花名册.xlsx', sheet: sheet.sheet, headerRow: sheet.headerRow };
    const commit = await follow(ctx, await start('import.commit', commitInput));
    expect(commit.end.status).toBe('done');
    expect(memberCount(ctx)).toBe(ROWS);

    for (const run of [read, check, commit]) {
      const byPhase = new Map<string, JobSummary[]>();
      for (const s of run.steps) byPhase.set(s.phase, [...(byPhase.get(s.phase) ?? []), s]);
      for (const steps of byPhase.values()) {
        for (let i = 1; i < steps.length; i++) expect(steps[i]!.done).toBeGreaterThanOrEqual(steps[i - 1]!.done);
      }
      expect(run.end.total).not.toBeNull();
      expect(run.end.done).toBe(run.end.total);
    }
    // The commit showed its writing phase with the row count, and was not cancellable there.
    const writing = commit.steps.filter((s) => s.phase === '写入');
    expect(writing.length).toBeGreaterThan(0);
    expect(writing.every((s) => !s.cancellable)).toBe(true);
    expect(commit.end.total).toBe(ROWS);

    // The roster export of the same members, as a job: 导出 counts the members up to the whole roll.
    const exported = await follow(ctx, await start('roster.export', {}));
    expect(exported.end.status).toBe('done');
    expect((exported.end.result as { fileName: string }).fileName).toBe('会员花名册.xlsx');
    const exporting = exported.steps.filter((s) => s.phase === '导出');
    for (let i = 1; i < exporting.length; i++) expect(exporting[i]!.done).toBeGreaterThanOrEqual(exporting[i - 1]!.done);
    expect(exported.end).toMatchObject({ phase: '导出', done: ROWS, total: ROWS });
  }, 60_000);

  it('cancelled while reading, a job ends as cancelled and the store is unchanged', async () => {
    const { ctx } = stores.open();
    const before = memberCount(ctx);
    const { id } = (await call(ctx, 'jobs.start', { kind: 'import.read', input: { set: 'members', fileName: '花名册.xlsx', contentBase64: workbook.toString('base64') } })) as { id: string };
    let cancelled = false;
    const run = await follow(ctx, id, (s) => {
      if (!cancelled && s.phase === '读取' && s.done > 0) {
        cancelled = true;
        void call(ctx, 'jobs.cancel', { id });
      }
    });
    expect(cancelled).toBe(true);
    expect(run.end.status).toBe('cancelled');
    expect(run.end.error?.message).toBe('已取消，数据未被修改。');
    expect(memberCount(ctx)).toBe(before);
  }, 60_000);

  it('a commit refuses to be cancelled once it writes, and says why in Chinese', async () => {
    const { ctx } = stores.open();
    const sheet = (await call(ctx, 'import.read', { set: 'members', fileName: '花名册.xlsx', contentBase64: workbook.toString('base64') })) as {
      headers: string[];
      mapping: (string | null)[];
      rows: unknown[];
      sheet: string;
      headerRow: number;
    };
    const input = { set: 'members', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows, fileName: '花名册.xlsx', sheet: sheet.sheet, headerRow: sheet.headerRow };
    const { id } = (await call(ctx, 'jobs.start', { kind: 'import.commit', input })) as { id: string };
    let refusal: string | null = null;
    const run = await follow(ctx, id, (s) => {
      if (refusal === null && s.phase === '写入' && s.status === 'running') {
        refusal = '';
        dispatch(ctx, 'jobs.cancel', { id }).then((e) => (refusal = e.ok ? 'accepted' : e.error.message), () => undefined);
      }
    });
    expect(run.end.status).toBe('done');
    if (refusal !== null && refusal !== '') expect(refusal).toMatch(/正在写入数据，不能取消/);
    expect(memberCount(ctx)).toBe(ROWS);
  }, 60_000);

  it('an error inside the worker reaches the caller as the Chinese message, and nothing is written', async () => {
    const { ctx } = stores.open();
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const { id } = (await call(ctx, 'jobs.start', { kind: 'import.read', input: { set: 'members', fileName: '坏文件.xlsx', contentBase64: broken.toString('base64') } })) as { id: string };
    const run = await follow(ctx, id);
    expect(run.end.status).toBe('failed');
    expect(run.end.error?.code).toBe('FILE');
    expect(run.end.error?.message).toMatch(/坏文件\.xlsx.*不完整/);
    // A commit that fails inside its transaction leaves no member and no batch behind.
    const rows = [{ row: 2, cells: ['张三', '12345'] }];
    const failed = await follow(
      ctx,
      ((await call(ctx, 'jobs.start', { kind: 'import.commit', input: { set: 'members', options: {}, headers: ['姓名', '身份证号'], mapping: ['name', 'idNumber'], rows, fileName: 'a.xlsx', sheet: 'S', headerRow: 1 } })) as { id: string }).id,
    );
    expect(failed.end.status).toBe('failed');
    expect(failed.end.error?.message).toMatch(/有 1 行存在错误，未导入任何数据/);
    expect(memberCount(ctx)).toBe(0);
    expect((ctx.db.prepare("SELECT count(*) AS n FROM import_batches WHERE record_set = 'members'").get() as { n: number }).n).toBe(0);
  }, 60_000);

  it('refuses a job whose input does not fit its method, naming the field in Chinese', async () => {
    const store = stores.open();
    const envelope = await dispatch(store.ctx, 'jobs.start', { kind: 'import.read', input: { set: 'members', fileName: '' } });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.message).toMatch(/文件/);
  });
});
