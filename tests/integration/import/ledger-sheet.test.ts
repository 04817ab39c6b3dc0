/**
 * One sheet of the program's own 年度台账 read back through the import engine. exceljs writes that
 * multi-sheet workbook with the worksheet parts before sharedStrings.xml; reading it must still
 * give every text cell (a streaming reader that meets the strings too late reads empty rows).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { todayIso } from '../../../shared/domain/dates';
import { apiOn } from '../../helpers/api';
import { tempStore } from '../../helpers/store';
import { centralEntries } from '../../../src-main/import/zip-check';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
beforeEach(() => {
  store = tempStore();
  api = apiOn(store);
});
afterEach(() => store.close());

const year = Number(todayIso().slice(0, 4)) - 1;

describe('importing a sheet of the 年度台账', () => {
  it('reads the visits sheet of the ledger with its text cells, and its rows check as the visits already in the store', async () => {
    const zhang = await api.call('members.create', { name: '张三', department: '语文组' });
    await api.call('members.create', { name: '李娜', department: '数学组' });
    await api.call('welfare.visits.create', { memberId: zhang.id, visitDate: `${year}-03-01`, reason: '生病住院', amountFen: 80000, goodsValueFen: 0, visitors: '李主席' } as never);
    await api.call('welfare.visits.create', { memberId: null, recipientName: '赵老师', recipientRelation: '退休教师', visitDate: `${year}-01-20`, reason: '春节慰问', amountFen: 50000, goodsValueFen: 0 } as never);
    const ledger = await api.call('report.ledger', { year });
    const bytes = Buffer.from(ledger.contentBase64, 'base64');
    const names = (centralEntries(bytes) ?? []).map((e) => e.name);
    // The layout that broke the streaming read: a worksheet before the shared strings.
    expect(names.findIndex((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toBeLessThan(names.indexOf('xl/sharedStrings.xml'));

    const sheets = await api.call('import.read', { set: 'visits', fileName: ledger.fileName, contentBase64: ledger.contentBase64 });
    const visitSheet = sheets.sheets.find((s) => s.name.includes('慰问'))?.name;
    expect(visitSheet).toBeDefined();
    const sheet = await api.call('import.read', { set: 'visits', fileName: ledger.fileName, contentBase64: ledger.contentBase64, sheet: visitSheet });
    const text = sheet.rows.map((r) => r.cells.join('|')).join('\n');
    expect(text).toContain('张三');
    expect(text).toContain('生病住院');
    expect(text).toContain('赵老师');

    const check = await api.call('import.preview', { set: 'visits', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows });
    expect(check.counts).toMatchObject({ errors: 0 });
    expect(check.counts.create + check.counts.unchanged).toBe(2);
  });
});
