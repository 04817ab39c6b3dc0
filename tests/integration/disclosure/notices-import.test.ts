/**
 * 校务公开台账 → notices through the import engine: the program's own register export read back into
 * an empty store gives the same notices (dates, category, scope, state, objections), a finished
 * period coming back as archived history; hand-kept registers import with per-cell messages; error
 * rows stop the whole import; undo refuses once a notice is on a board.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { todayIso } from '../../../shared/domain/dates';
import { bodyToText } from '../../../shared/disclosure/body';
import type { Notice, NoticeInput } from '../../../shared/disclosure/schema';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { apiOn, refused } from '../../helpers/api';
import { importSteps, issuesAt } from '../../helpers/record-import';
import { xlsOf, xlsxOf, type Cell } from '../../helpers/sheets';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
beforeEach(() => {
  store = tempStore();
  api = apiOn(store);
});
afterEach(() => store.close());

const today = todayIso();
const year = Number(today.slice(0, 4)) - 1;
const d = (md: string) => `${year}-${md}`;
const steps = importSteps('notices', () => api);

function notice(over: Partial<NoticeInput>): NoticeInput {
  return {
    noticeTitle: '优秀教师评选结果',
    noticeCategory: '评先评优',
    noticeScope: '对内',
    noticeKind: '即时',
    responsibleUnit: '校长办公室',
    noticeBody: '<p>经评选，以下同志拟评为优秀教师：</p><table><tr><td>张三</td><td>语文组</td></tr></table>',
    publishDate: d('03-02'),
    periodWorkingDays: 5,
    periodEndDate: null,
    objectionContact: '校工会办公室，电话 0512-65432100',
    noticeIssuer: null,
    ...over,
  };
}

async function published(over: Partial<NoticeInput>): Promise<Notice> {
  const n = await api.call('disclosure.notices.create', notice(over));
  await api.call('disclosure.notices.approve', { id: n.id, stateDate: n.publishDate, stateNote: null });
  return api.call('disclosure.notices.publish', { id: n.id, publishDate: null });
}

async function all(client: ApiClient): Promise<Notice[]> {
  return (await client.call('disclosure.notices.list', {})).rows;
}

function comparable(n: Notice) {
  return {
    title: n.title,
    category: n.category,
    scope: n.scope,
    kind: n.kind,
    responsibleUnit: n.responsibleUnit,
    publishDate: n.publishDate,
    endDate: n.endDate,
    workingDays: n.workingDays,
    state: n.state,
    withdrawReason: n.withdrawReason,
    objectionContact: n.objectionContact,
    body: bodyToText(n.body),
    objectionCount: n.objectionCount,
    openObjections: n.openObjections,
  };
}

async function run(...args: string[]) {
  const out: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t) };
  const code = await runCli(args, io);
  return { code, out };
}

describe('notices import', () => {
  it('the register exported by the program and imported into an empty store gives back the same notices', async () => {
    const a = await published({ noticeTitle: '评优结果公示', publishDate: d('03-02') });
    await api.call('disclosure.objections.add', { noticeId: a.id, objectionReceivedOn: d('03-03'), anonymous: false, objectorName: '王老师', objectorContact: null, objectionContent: '名单有遗漏' });
    const [obj] = (await api.call('disclosure.notices.get', { id: a.id })).objections;
    await api.call('disclosure.objections.resolve', { id: obj!.id, objectionHandling: '复核', objectionResult: '已补充', objectionResolvedOn: d('03-05') });
    await api.call('disclosure.notices.archive', { id: a.id, stateDate: d('03-20'), stateNote: null });
    const b = await published({ noticeTitle: '食堂招标', noticeCategory: '基建工程与采购', noticeScope: '对内对外', noticeKind: '定期', publishDate: d('05-06'), periodWorkingDays: 7 });
    await api.call('disclosure.notices.withdraw', { id: b.id, stateDate: d('05-07'), withdrawReason: '招标文件有误' });
    await published({ noticeTitle: '绩效工资方案', noticeCategory: '绩效工资', publishDate: d('09-01'), periodEndDate: d('09-30') });
    await published({ noticeTitle: '本学期收费项目', noticeCategory: '收费', noticeScope: '对外', noticeKind: '长期', publishDate: today });
    await api.call('disclosure.notices.create', notice({ noticeTitle: '草拟中的公示', noticeCategory: '其他', publishDate: today }));
    const before = (await all(api)).map(comparable);

    const exported = await api.call('disclosure.register.export', {});
    const other = tempStore();
    try {
      const otherApi = apiOn(other);
      const sheet = await steps.read(exported.fileName, Buffer.from(exported.contentBase64, 'base64'), otherApi);
      expect(sheet.headerRow).toBe(3);
      const check = await steps.preview(sheet, otherApi);
      expect(check.counts).toMatchObject({ rows: 5, errors: 0, create: 5 });
      const batch = await steps.commit(sheet, otherApi);
      expect(batch.created).toBe(5);
      const after = (await all(otherApi)).map(comparable);
      // The one published notice whose period is over (绩效工资方案, 公示期满) comes back as archived history.
      const expected = before.map((n) => (n.title === '绩效工资方案' ? { ...n, state: '已归档' as const } : n));
      expect(after).toEqual(expected);
      const imported = (await all(otherApi)).find((n) => n.title === '评优结果公示')!;
      const detail = await otherApi.call('disclosure.notices.get', { id: imported.id });
      expect(detail.objections).toMatchObject([{ receivedOn: d('03-03'), objectorName: '王老师', content: '名单有遗漏', status: '已办结', result: '已补充' }]);
      expect(detail.history).toMatchObject([{ toState: '已归档', reason: '由校务公开台账导入' }]);
      expect(detail.body).toContain('<table>');
      // Imported again: nothing is added twice.
      expect((await steps.preview(sheet, otherApi)).counts).toMatchObject({ create: 0, unchanged: 5 });
    } finally {
      other.close();
    }
  });

  it('a hand-kept register: title rows, merged cells, text dates, categories in its own words, per-cell messages', async () => {
    const serial = Math.round((Date.UTC(year, 3, 1) - Date.UTC(1899, 11, 30)) / 86400000);
    const rows: Cell[][] = [
      ['某某学校校务公开登记表'],
      ['序号', '公开事项', '类别', '范围', '公示时间', '截止日期', '责任部门', '备注'],
      [1, '教师职称评审推荐人选', '职称', '校内', `${year}.3.1`, `${year}年3月8日`, '人事处', null],
      [2, '食堂经费收支', '财务', '对内', serial, null, '总务处', null],
      [3, '招生计划', '招生', '对外', `3/9/${year}`, null, '教务处', null],
      [4, '校服征订', '后勤', '对内', `${year}-04-01`, null, '总务处', null],
      [5, '运动会安排', '其他', '全校', `${year}-04-02`, null, null, null],
      [6, '暑期值班安排', '其他', '对内', `${year}.13.1`, null, null, null],
      [7, '下学期课表', '其他', '对内', `${year}-06-01`, `${year}-05-01`, null, null],
      [8, '教师职称评审推荐人选', '职称评定', '对内', `${year}-03-01`, null, null, null],
      ['合计：8 件'],
    ];
    const bytes = await xlsxOf({ name: '登记表', rows, merges: ['A1:H1'] });
    const sheet = await steps.read('校务公开登记（手工）.xlsx', bytes);
    expect(sheet.headerRow).toBe(2);
    expect(sheet.mapping).toEqual([null, 'title', 'category', 'scope', 'publishDate', 'endDate', 'responsibleUnit', null]);
    const check = await steps.preview(sheet);
    expect(check.counts).toMatchObject({ rows: 8, valid: 3, errors: 5, skipped: 1 });
    expect(check.rows.find((r) => r.row === 3)!.summary).toBe(`教师职称评审推荐人选 · 职称评定 · ${year}年3月1日至${year}年3月8日 · 已归档`);
    expect(check.rows.find((r) => r.row === 4)!.summary).toContain(`财务收支 · ${year}年4月1日至`);
    expect(check.rows.find((r) => r.row === 5)!.summary).toContain(`招生 · ${year}年3月9日`);
    expect(issuesAt(check, 6)).toEqual([
      '错误「类别」公开类别“后勤”不在设置的类别中（招生、收费、财务收支、干部任免与教师管理、评先评优、职称评定、绩效工资、基建工程与采购、重大决策、其他）。请改为其中之一，或先在“设置 → 校务公开”中添加这一类别',
    ]);
    expect(issuesAt(check, 7)).toEqual(['错误「范围」公开范围“全校”无法识别（应为 对内、对外 或 对内对外）']);
    expect(issuesAt(check, 8)).toEqual([`错误「公示时间」发布日期：无法识别的日期“${year}.13.1”（应写成 2026-03-01、2026.3.1 或 2026年3月1日）`]);
    expect(issuesAt(check, 9)).toEqual([`错误「截止日期」公示期截止 ${year}年5月1日 早于发布日期 ${year}年6月1日`]);
    expect(issuesAt(check, 10)).toEqual(['错误「公开事项」与第 3 行是同一则公示（标题、发布日期都相同）']);

    const error = await refused(steps.commit(sheet));
    expect(error.message).toContain('有 5 行存在错误，未导入任何数据');
    expect(await all(api)).toHaveLength(0);
    expect(await steps.commit(sheet, api, true)).toMatchObject({ created: 3, skipped: 5 });
    expect((await all(api)).map((n) => n.state)).toEqual(['已归档', '已归档', '已归档']);
  });

  it('an old .xls register is read; a withdrawn notice without a reason and a future archive are refused', async () => {
    const rows: Cell[][] = [
      ['公示标题', '公开类别', '发布日期', '状态', '撤回原因'],
      ['招生简章', '招生', `${year}-03-01`, '已撤回', null],
      ['收费标准', '收费', today, '已归档', null],
      ['新学期作息', '其他', `${year}-02-20`, '公示期满', null],
    ];
    const sheet = await steps.read('2025公开.xls', xlsOf({ rows }));
    expect(sheet.format).toBe('xls');
    const check = await steps.preview(sheet);
    expect(issuesAt(check, 2)).toEqual(['错误「撤回原因」已撤回的公示须写明撤回原因']);
    expect(issuesAt(check, 3)[0]).toMatch(/^错误「状态」公示期到 .* 才结束，不能按“已归档”导入/);
    expect(check.rows.find((r) => r.row === 4)).toMatchObject({ status: 'valid', summary: expect.stringContaining('已归档') });
  });

  it('undo removes the batch, and refuses with a reason once a notice is on a board', async () => {
    const rows: Cell[][] = [
      ['公示标题', '公开类别', '发布日期'],
      ['评优结果', '评先评优', `${year}-03-02`],
      ['招生计划', '招生', `${year}-04-02`],
    ];
    const sheet = await steps.read('台账.xlsx', await xlsxOf({ rows }));
    const first = await steps.commit(sheet);
    expect(await api.call('import.undo', { id: first.id })).toMatchObject({ removed: 2, gone: 0 });
    expect(await all(api)).toHaveLength(0);

    const second = await steps.commit(sheet);
    const [n] = await all(api);
    await api.call('disclosure.issues.create', { issueNumber: 1, issueDate: `${year}-04-10`, noticeIds: [n!.id] });
    const error = await refused(api.call('import.undo', { id: second.id }));
    expect(error.message).toMatch(/^不能撤销：本批导入的公示 “招生计划”（\d{4}年第1期） 已编入校务公开栏。请先从公示栏中移除，再撤销导入。$/);
    expect(await all(api)).toHaveLength(2);
  });

  it('the CLI imports a register with the members-import exit codes and JSON report', async () => {
    const file = path.join(store.dir, '校务公开台账.xlsx');
    fs.writeFileSync(file, await xlsxOf({ rows: [['公示标题', '公开类别', '发布日期'], ['评优结果', '评先评优', `${year}-03-02`], ['招生计划', '招生', '三月']] }));
    store.ctx.db.close();
    const blocked = await run('disclosure', 'import', file, '--db', store.file, '--json');
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.out.join(''))).toMatchObject({ rows: 2, valid: 1, created: 0, updated: 0, errors: [{ row: 3, column: '发布日期', message: expect.stringContaining('无法识别的日期') }] });
    const dry = await run('disclosure', 'import', file, '--db', store.file, '--skip-invalid', '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out.join(''))).toMatchObject({ created: 1 });
    const done = await run('disclosure', 'import', file, '--db', store.file, '--skip-invalid');
    expect(done.code).toBe(0);
    expect(done.out.at(-1)).toBe('导入完成：新增 1 条。');
    expect((await run('disclosure', 'import', path.join(store.dir, 'none.xlsx'), '--db', store.file)).code).toBe(2);
  });
});
