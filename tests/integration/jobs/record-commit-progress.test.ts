/**
 * A record set's import commit reports its 写入 count a chunk at a time (500 rows, or 1 % of a big
 * file), not only 0 and the total, and writes the same rows as before; the chunk size rule itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { withProgress, type JobProgress } from '../../../shared/jobs/progress';
import { writeChunk } from '../../../src-main/import/records';
import { apiOn } from '../../helpers/api';
import { importSteps } from '../../helpers/record-import';
import { base64, xlsxOf, type Cell } from '../../helpers/sheets';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore> | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

describe('record-set commit progress', () => {
  it('moves the 写入 count every 500 rows up to the total, and every row is written once', async () => {
    store = tempStore();
    const api: ApiClient = apiOn(store);
    const types = await api.call('activities.types.get', {});
    const ROWS = 1234;
    const rows: Cell[][] = [['活动名称', '活动类型', '活动日期', '参加人数']];
    for (let i = 1; i <= ROWS; i++) rows.push([`第${i}次活动`, types[0]!, '2026-03-01', 10]);
    const steps = importSteps('activities', () => api);
    const sheet = await api.call('import.read', { set: 'activities', fileName: '活动.xlsx', contentBase64: base64(await xlsxOf({ rows })) });

    const seen: JobProgress[] = [];
    const batch = await withProgress((p) => seen.push(p), null, () => steps.commit(sheet));
    const writing = seen.filter((p) => p.phase === '写入').map((p) => p.done);
    expect(writing).toEqual([0, 500, 1000, ROWS]);
    expect(seen.filter((p) => p.phase === '写入').every((p) => p.total === ROWS)).toBe(true);
    expect(batch.created).toBe(ROWS);
    const list = await api.call('activities.list', { year: 2026 });
    expect(list.total).toBe(ROWS);
  });

  it('takes chunks of 500 rows, or 1 % of an import above 50,000 rows', () => {
    expect(writeChunk(10)).toBe(500);
    expect(writeChunk(50_000)).toBe(500);
    expect(writeChunk(200_000)).toBe(2000);
  });
});
