/**
 * A page's import check, run as a job, leaves its worker thread waiting for the page's next job:
 * the commit that follows runs in that thread and takes the rows it has just checked instead of
 * checking every row again; a store changed in between is checked again; a job without a page key
 * gets a thread of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobSummary } from '../../../shared/jobs/schema';
import type { AppContext } from '../../../src-main/api/context';
import { jobRunner } from '../../../src-main/jobs/runner';
import { bigRosterXlsx } from '../../helpers/big-roster';
import { call, followJob, memberCount, storesWithJobs } from '../../helpers/jobs';

const ROWS = 2000;
const KEY = 'import:members';
let workbook: Buffer;
const stores = storesWithJobs();

beforeAll(async () => {
  workbook = await bigRosterXlsx(ROWS);
}, 60_000);

/** Runs a job to its end; returns its id, every step it showed and its result. */
async function runJob(ctx: AppContext, kind: string, input: unknown, key?: string) {
  const { id } = (await call(ctx, 'jobs.start', { kind, input, key })) as { id: string };
  const { steps, end } = await followJob(ctx, id);
  expect(end.status).toBe('done');
  return { id, steps, result: end.result };
}

/** The roster read, and the check and commit inputs of its rows as the wizard sends them. */
async function prepared(ctx: AppContext) {
  const sheet = (await call(ctx, 'import.read', { set: 'members', fileName: '花名册.xlsx', contentBase64: workbook.toString('base64') })) as {
    headers: string[];
    mapping: Array<string | null>;
    rows: unknown[];
    sheet: string;
    headerRow: number;
  };
  const check = { set: 'members', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows };
  return { check, commit: { ...check, fileName: '花名册.xlsx', sheet: sheet.sheet, headerRow: sheet.headerRow, skipInvalid: false } };
}

/** The commit counted rows through 检查: it checked the file again. */
const checkedAgain = (steps: JobSummary[]) => steps.some((s) => s.phase === '检查' && s.total !== null && s.done > 0);

describe('the worker of a page kept from its check to its commit', () => {
  it("runs the commit in the check's thread, which writes the checked rows without checking them again", async () => {
    const { ctx } = stores.open();
    const { check, commit } = await prepared(ctx);
    const preview = await runJob(ctx, 'import.preview', check, KEY);
    expect((preview.result as { counts: { create: number } }).counts.create).toBe(ROWS);
    const committed = await runJob(ctx, 'import.commit', commit, KEY);
    expect(jobRunner(ctx).workerRuns(committed.id)).toBe(2);
    expect(checkedAgain(committed.steps)).toBe(false);
    expect(committed.steps.some((s) => s.phase === '写入')).toBe(true);
    expect((committed.result as { created: number }).created).toBe(ROWS);
    expect(memberCount(ctx)).toBe(ROWS);
  });

  it('checks again in that thread when the store changed after the check', async () => {
    const { ctx } = stores.open();
    const { check, commit } = await prepared(ctx);
    await runJob(ctx, 'import.preview', check, KEY);
    await call(ctx, 'members.create', { name: '新来的老师' });
    const committed = await runJob(ctx, 'import.commit', commit, KEY);
    expect(jobRunner(ctx).workerRuns(committed.id)).toBe(2);
    expect(checkedAgain(committed.steps)).toBe(true);
    expect(memberCount(ctx)).toBe(ROWS + 1);
  });

  it('gives a job without a page key a thread of its own', async () => {
    const { ctx } = stores.open();
    const { check, commit } = await prepared(ctx);
    await runJob(ctx, 'import.preview', check);
    const committed = await runJob(ctx, 'import.commit', commit);
    expect(jobRunner(ctx).workerRuns(committed.id)).toBe(1);
    expect(checkedAgain(committed.steps)).toBe(true);
    expect(memberCount(ctx)).toBe(ROWS);
  });
});
