/**
 * Issue 14, item 9: the 提案汇总表 carries 提交日期, 答复期限 (with the original beside a reset one),
 * 答复内容, 落实情况 and 代表团, a merged motion shows its lead's reply, and long cells wrap.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { apiOn } from '../../helpers/api';
import { congressFixture, type CongressFixture } from '../../helpers/congress';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
let fx: CongressFixture;

beforeEach(() => {
  store = tempStore();
  api = apiOn(store);
  fx = congressFixture(store.ctx.db);
});
afterEach(() => store.close());

it('writes the handling columns, the lead’s reply for a merged motion, and wrapped cells', async () => {
  const base = { sessionId: fx.session.id, motionReasons: 'r', motionProposals: 'p', motionCategory: '后勤保障', cosignerIds: [fx.d.李老师, fx.d.王老师] };
  const a = await api.call('congress.motions.create', { ...base, motionTitle: '关于午餐', proposerId: fx.d.张老师, submittedOn: '2026-11-05' });
  const b = await api.call('congress.motions.create', { ...base, motionTitle: '关于晚餐', proposerId: fx.d.赵老师, submittedOn: '2026-11-06' });
  await api.call('congress.motions.review', { id: a.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处' });
  await api.call('congress.motions.review', { id: b.id, decision: '合并立案', decidedOn: '2026-11-21', mergedIntoId: a.id });
  const long = '已与食堂承包方协商，自十二月起每周增加两个菜品，并在每月教职工座谈会上征求意见。'.repeat(3);
  await api.call('congress.motions.reply', { id: a.id, replyText: long, repliedBy: '总务处', repliedOn: '2026-11-28', implementation: '正在落实' });
  await api.call('congress.motions.feedback', { id: a.id, rating: '不满意', ratingComment: '未说明菜价', ratedOn: '2026-12-01' });

  const file = await api.call('congress.export', { sessionId: fx.session.id });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('提案汇总表')!;
  const header = (sheet.getRow(3).values as unknown[]).slice(1);
  const col = (name: string) => header.indexOf(name) + 1;
  const lead = sheet.getRow(4);
  const merged = sheet.getRow(5);
  // A real date, shown the Chinese way: sortable in Excel, WPS and Calc.
  expect(lead.getCell(col('提交日期')).value).toEqual(new Date(Date.UTC(2026, 10, 5)));
  expect(lead.getCell(col('提交日期')).numFmt).toBe('yyyy"年"m"月"d"日"');
  expect(lead.getCell(col('代表团')).value).toBe('第一代表团');
  expect(lead.getCell(col('答复期限')).value).toBe('2026年12月31日（原定 2026年12月21日）');
  expect(lead.getCell(col('答复内容')).value).toBe(long);
  expect(lead.getCell(col('落实情况')).value).toBe('正在落实');
  expect(merged.getCell(col('代表团')).value).toBe('第二代表团');
  expect(merged.getCell(col('审查意见')).value).toBe('合并立案（并入 5-2-001）');
  expect(merged.getCell(col('答复内容')).value).toBe(`已并入 5-2-001 办理：${long}`);
  expect(merged.getCell(col('办理状态')).value).toBe('办理中');
  for (const row of [lead, merged]) expect(row.getCell(col('答复内容')).alignment).toMatchObject({ wrapText: true });
});
