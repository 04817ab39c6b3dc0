/**
 * The district roll-up end to end, through the program's own API: two real school stores send
 * their ledgers, a district store receives them, and every total equals the sum of the schools'
 * own report.year figures (rates recomputed from their parts). A re-sent ledger replaces the
 * earlier one (kept in the history); an edited one is refused. Then the three exports read back.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { flattenFigures, type FigureTree } from '../../../shared/district/totals';
import { ratio } from '../../../shared/report/format';
import { apiOn } from '../../helpers/api';
import { tempStore } from '../../helpers/store';
import { buildReportStore } from '../report/fixture';

type Store = ReturnType<typeof tempStore>;
let a: Store, b: Store, d: Store;
let aApi: ApiClient, bApi: ApiClient, dApi: ApiClient;

async function buildSmallSchool(api: ApiClient): Promise<void> {
  await api.call('settings.update', { schoolName: '城北中学', unionName: '城北中学工会' });
  const ids: number[] = [];
  for (const [name, gender] of [['周一', '男'], ['吴二', '女'], ['郑三', '女'], ['冯四', '男']] as const) {
    ids.push((await api.call('members.create', { name, gender, employmentType: '在编', department: '初一年级', joinDate: '2012-09-01' })).id);
  }
  await api.call('welfare.visits.create', { memberId: ids[0]!, visitDate: '2026-02-01', reason: '春节慰问', amountFen: 40000, goods: '米油', goodsValueFen: 5000, overStandardConfirmed: true });
  await api.call('welfare.visits.create', { memberId: ids[1]!, visitDate: '2026-06-01', reason: '生病住院', amountFen: 80000, goodsValueFen: 0, evidence: ['住院证明'], overStandardConfirmed: true });
  await api.call('activities.create', { name: '教职工趣味运动会', type: '文体活动', startDate: '2026-05-20', participantCount: 4 });
  await api.call('honours.create', { title: '优秀班主任', level: '区县级', awardedOn: '2026-09-10', memberIds: [ids[1]!] });
  await api.call('dues.bases.set', { year: 2026, items: ids.map((memberId) => ({ memberId, baseFen: 500_000 })) });
  await api.call('dues.payments.collect', { year: 2026, monthFrom: 1, monthTo: 3, paidOn: '2026-03-31', method: '工资代扣', memberIds: ids.slice(0, 3) });
  // Filed 2024, last verified 2025-01-10: overdue for its yearly re-check.
  await api.call('welfare.hardship.create', {
    memberId: ids[2]!, level: '相对困难', mainCause: '本人患重病', householdSize: 4, perCapitaIncomeFen: 120000, filedOn: '2024-01-10', verifiedOn: '2025-01-10', verifiedBy: '工会',
  });
}

async function load(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

beforeAll(async () => {
  [a, b, d] = [tempStore(), tempStore(), tempStore()];
  [aApi, bApi, dApi] = [apiOn(a), apiOn(b), apiOn(d)];
  await buildReportStore(aApi);
  await buildSmallSchool(bApi);
  await dApi.call('district.updateSettings', { role: '上级教育工会' });
  await dApi.call('settings.update', { unionName: '城区教育工会' });
  await dApi.call('district.schools.save', { name: '城南实验小学', type: '小学', contact: '陈主席', phone: '13900001111', staff: 60 });
  // 城北中学 is on the list with 120 staff: over 80 and no congress → fails the check.
  await dApi.call('district.schools.save', { name: '城北 中学', type: '中学', contact: '林主席', staff: 120 });
  await dApi.call('district.schools.save', { name: '城西幼儿园', type: '幼儿园', contact: '黄老师', phone: '13900002222' });
}, 120_000);
afterAll(() => [a, b, d].forEach((s) => s.close()));

/** Every flat figure of the district totals equals the sum over the schools (rates: recomputed). */
function expectTotals(totals: Record<string, number | null>, schools: FigureTree[]): void {
  const flats = schools.map(flattenFigures);
  const keys = Object.keys(flats[0]!);
  expect(keys.length).toBeGreaterThan(30);
  for (const key of keys) {
    if (/Rate$/.test(key)) continue;
    const sum = flats.reduce((n, f) => n + (f[key] ?? 0), 0);
    expect(totals[key], key).toBe(sum);
  }
  const t = (k: string) => totals[k] ?? 0;
  expect(totals['congress.replyRate']).toBe(ratio(t('congress.answered'), t('congress.filed')));
  expect(totals['congress.onTimeRate']).toBe(ratio(t('congress.answeredOnTime'), t('congress.filed')));
  expect(totals['congress.satisfactionRate']).toBe(ratio(t('congress.satisfied') + t('congress.basicallySatisfied'), t('congress.rated')));
}

describe('two schools roll up into the district', () => {
  it('both ledgers are taken; the totals match the schools figure by figure; who is missing is listed', async () => {
    const files = [await aApi.call('district.send', { year: 2026 }), await bApi.call('district.send', { year: 2026 })];
    const preview = await dApi.call('district.receive.preview', { year: 2026, files });
    expect(preview.files.map((f) => [f.ok, f.newSchool])).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(await dApi.call('district.receive.commit', { year: 2026, files })).toMatchObject({ taken: 2, refused: 0 });

    const s = await dApi.call('district.summary', { year: 2026 });
    expect([s.expected, s.reported]).toEqual([3, 2]);
    expect(s.missing).toEqual([{ schoolId: expect.any(Number), name: '城西幼儿园', type: '幼儿园', contact: '黄老师', phone: '13900002222' }]);
    const ra = await aApi.call('report.year', { year: 2026 });
    const rb = await bApi.call('report.year', { year: 2026 });
    expectTotals(s.totalsFlat, [ra.current as unknown as FigureTree, rb.current as unknown as FigureTree]);
    // Breakdowns add up item by item, too.
    const reason = (r: typeof ra.current, key: string) => r.welfare.byReason.find((x) => x.key === key)?.amountFen ?? 0;
    expect(s.totals.welfare.byReason.find((x) => x.key === '春节慰问')?.amountFen).toBe(reason(ra.current, '春节慰问') + reason(rb.current, '春节慰问'));
    expect(s.totals.welfare.byMonth[1]!.amountFen).toBe(ra.current.welfare.byMonth[1]!.amountFen + rb.current.welfare.byMonth[1]!.amountFen);

    const north = s.schools.find((r) => r.name === '城北 中学')!;
    expect(north.figures['welfare.amountFen']).toBe(120000);
    expect(north.figures['welfare.amountPerMemberFen']).toBe(30000);
    expect(north.failing).toEqual(expect.arrayContaining(['congress.required', 'welfare.reverify']));
    const required = s.checks.find((c) => c.key === 'congress.required')!;
    expect(required.schools).toEqual([{ schoolId: north.schoolId, name: '城北 中学', detail: '教职工 120 人，本年度未召开教代会' }]);
    expect(s.checks.find((c) => c.key === 'congress.unanswered')!.schools.map((x) => x.name)).toEqual(['城南实验小学']);
    expect(s.sentences[0]).toBe('2026年度，基层工会名单中的 3 所学校已有 2 所报送年度台账，尚有 1 所未报送。');
    expect(s.sentences.join('')).toContain(`各基层学校共走访慰问教职工 ${s.totalsFlat['welfare.visits']} 人次`);
    expect(s.byType.map((t) => [t.type, t.expected, t.reported])).toEqual([
      ['中学', 1, 1],
      ['小学', 1, 1],
      ['幼儿园', 1, 0],
    ]);
    expect(s.columns.find((c) => c.key === 'congress.replyRate')).toMatchObject({ label: '答复率', kind: 'rate' });
    // 会费, 活动 and 评优评先 are columns of the school table, each school's own figure.
    expect(s.columns.filter((c) => ['dues.members', 'dues.amountFen', 'dues.arrearsFen', 'activities.count', 'honours.awarded'].includes(c.key)).map((c) => [c.key, c.area, c.kind])).toEqual([
      ['activities.count', '活动', 'count'],
      ['honours.awarded', '评优评先', 'count'],
      ['dues.members', '会费收缴', 'count'],
      ['dues.amountFen', '会费收缴', 'money'],
      ['dues.arrearsFen', '会费收缴', 'money'],
    ]);
    expect(rb.current.dues.amountFen).toBeGreaterThan(0);
    expect(north.figures['dues.amountFen']).toBe(rb.current.dues.amountFen);
    expect(north.figures['dues.arrearsFen']).toBe(rb.current.dues.arrearsFen);
    expect(north.figures['activities.count']).toBe(1);
    expect(north.figures['honours.awarded']).toBe(1);
    // The district's sentences cover them too, from the totals.
    const said = s.sentences.join('');
    expect(said).toContain(`各基层学校共组织开展工会活动 ${s.totalsFlat['activities.count']} 次`);
    expect(said).toContain(`共获评各级荣誉 ${s.totalsFlat['honours.awarded']} 项`);
    expect(said).toContain(`应缴会员 ${s.totalsFlat['dues.members']} 人、已缴 ${s.totalsFlat['dues.paidMembers']} 人`);

    const one = await dApi.call('district.school', { schoolId: north.schoolId, year: 2026 });
    expect(one.report!.current).toEqual(rb.current);
    expect(one.report!.sentences).toEqual(rb.sentences);
    expect(one.hardship).toMatchObject([{ name: '郑三', level: '相对困难' }]);
  });

  it('a re-sent ledger replaces the earlier one, which stays in the history with both dates', async () => {
    await bApi.call('welfare.visits.create', {
      memberId: (await bApi.call('members.list', {})).rows.find((m) => m.name === '冯四')!.id, visitDate: '2026-09-10', reason: '教师节慰问', amountFen: 20000, goodsValueFen: 0, overStandardConfirmed: true,
    });
    await new Promise((r) => setTimeout(r, 1100)); // a later export time than the first sending
    const again = await bApi.call('district.send', { year: 2026 });
    const preview = await dApi.call('district.receive.preview', { year: 2026, files: [again] });
    expect(preview.files[0]!.replaces).not.toBeNull();
    expect(await dApi.call('district.receive.commit', { year: 2026, files: [again] })).toMatchObject({ taken: 1 });
    const north = (await dApi.call('district.schools.list', undefined)).schools.find((x) => x.name === '城北 中学')!;
    const items = (await dApi.call('district.reports.history', { schoolId: north.id })).items;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ current: true, replacedAt: null });
    expect(items[1]!.current).toBe(false);
    expect(items[1]!.replacedAt).toBe(items[0]!.receivedAt);
    const s = await dApi.call('district.summary', { year: 2026 });
    const ra = await aApi.call('report.year', { year: 2026 });
    const rb = await bApi.call('report.year', { year: 2026 });
    expect(s.totalsFlat['welfare.amountFen']).toBe(ra.current.welfare.amountFen + 140000);
    expectTotals(s.totalsFlat, [ra.current as unknown as FigureTree, rb.current as unknown as FigureTree]);
  });

  it('an edited ledger (one cell changed in exceljs and saved) is refused and changes nothing', async () => {
    const file = await aApi.call('district.send', { year: 2026 });
    const wb = await load(file.contentBase64);
    wb.getWorksheet('慰问记录')!.getCell('F4').value = 9999;
    const edited = { fileName: file.fileName, contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
    const before = (await dApi.call('district.reports.history', {})).items;
    const r = await dApi.call('district.receive.commit', { year: 2026, files: [edited] });
    expect(r.files[0]!.error).toBe(
      '“城南实验小学-2026年度台账.xlsx”的工作表“慰问记录”在导出后被修改过，与报送数据不一致，不能接收。请让学校重新导出并发送，导出后不要再修改。',
    );
    expect((await dApi.call('district.reports.history', {})).items).toEqual(before);
  });

  it('exports: 汇总表 with a totals row, 困难职工汇总 with the school, all motions for 优秀提案评选', async () => {
    const s = await dApi.call('district.summary', { year: 2026 });
    const sum = await load((await dApi.call('district.export.summary', { year: 2026 })).contentBase64);
    const ws = sum.getWorksheet('汇总表')!;
    expect(ws.getCell('A1').value).toBe('城区教育工会2026年度基层工会台账汇总表');
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    const headers = (ws.getRow(3).values as ExcelJS.CellValue[]).slice(1).map(String);
    const last = ws.getRow(ws.rowCount);
    expect(last.getCell(2).value).toBe('合计（2 所）');
    const col = headers.indexOf('慰问金（元）') + 1;
    expect(last.getCell(col).value).toBe((s.totalsFlat['welfare.amountFen'] ?? 0) / 100);
    expect(last.getCell(headers.indexOf('年末在册会员（人）') + 1).value).toBe(s.totalsFlat['members.total']);
    expect(ws.getCell('E6').value).toBe('未报送');
    expect(sum.getWorksheet('未报送学校')!.getCell('B4').value).toBe('城西幼儿园');
    // 汇总表 prints the main figures on one page across; 各项数字 has every figure, over pages
    // across with the school repeated on each.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(headers).toEqual(expect.arrayContaining(['收缴会费（元）', '欠缴会费（元）', '组织活动（次）', '获评荣誉（项）']));
    const all = sum.getWorksheet('各项数字')!;
    const allHeaders = (all.getRow(3).values as ExcelJS.CellValue[]).slice(1).map(String);
    expect(allHeaders.length).toBe(2 + s.columns.length);
    expect(all.pageSetup.printTitlesColumn).toBe('A:B');
    expect(all.pageSetup.fitToWidth).toBeGreaterThan(1);
    expect(all.getRow(all.rowCount).getCell(allHeaders.indexOf('欠缴会员（人）') + 1).value).toBe(s.totalsFlat['dues.arrearsMembers']);

    const hard = (await load((await dApi.call('district.export.hardship', { year: 2026 })).contentBase64)).getWorksheet('困难职工汇总')!;
    const schoolsOfRows = [];
    for (let r = 4; r <= hard.rowCount; r++) schoolsOfRows.push(`${String(hard.getCell(r, 2).value)}:${String(hard.getCell(r, 3).value)}`);
    expect(schoolsOfRows).toEqual(expect.arrayContaining(['城北 中学:郑三', '城南实验小学:李二']));
    expect(schoolsOfRows).toHaveLength(4);

    const mot = (await load((await dApi.call('district.export.motions', { year: 2026 })).contentBase64)).getWorksheet('提案汇总')!;
    expect(mot.rowCount - 3).toBe(8);
    expect(mot.getCell('B4').value).toBe('城南实验小学');
  });
});
