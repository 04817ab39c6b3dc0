/**
 * 困难职工档案 → hardship files through the import engine: the hardship page's export read back into a store with the same roster gives the same files; hand-kept
 * registers map 特困/困难 and causes in their own words; bad rows get per-cell messages and stop the
 * whole import; undo refuses once a file was re-verified after the import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { todayIso } from '../../../shared/domain/dates';
import type { HardshipFile, HardshipInput } from '../../../shared/welfare/schema';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { apiOn, refused } from '../../helpers/api';
import { importSteps, issuesAt } from '../../helpers/record-import';
import { gbkCsvOf, xlsxOf, type Cell } from '../../helpers/sheets';
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
const steps = importSteps('hardship', () => api);

async function seedMembers(client: ApiClient): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const [key, name, department] of [
    ['张三', '张三', '语文组'],
    ['李娜', '李娜', '数学组'],
    ['张伟-语文组', '张伟', '语文组'],
    ['张伟-数学组', '张伟', '数学组'],
    ['王芳', '王芳', '英语组'],
  ] as const) {
    ids[key] = (await client.call('members.create', { name, department })).id;
  }
  return ids;
}

function file(memberId: number, over: Partial<HardshipInput> = {}): HardshipInput {
  return {
    memberId,
    level: '相对困难',
    mainCause: '家庭成员患重病',
    secondaryCauses: ['子女就学'],
    householdSize: 4,
    perCapitaIncomeFen: 125050,
    health: '良好',
    housing: '租房，约 40 平方米',
    filedOn: d('03-01'),
    verifiedOn: d('09-01'),
    verifiedBy: '李主席',
    status: '在档',
    statusDate: null,
    statusReason: null,
    notes: '每年春节慰问',
    family: [],
    ...over,
  };
}

function comparable(f: HardshipFile) {
  const { id: _id, memberId: _m, createdAt: _c, updatedAt: _u, ...rest } = f;
  return rest;
}

async function all(client: ApiClient) {
  return (await client.call('welfare.hardship.list', {})).map(comparable);
}

describe('hardship files import', () => {
  it('the hardship export imported into a store with the same roster gives back the same files', async () => {
    const ids = await seedMembers(api);
    await api.call('welfare.hardship.create', file(ids['张三']!));
    await api.call('welfare.hardship.create', file(ids['张伟-数学组']!, { level: '深度困难', mainCause: '本人患重病', secondaryCauses: [], householdSize: 2, perCapitaIncomeFen: 0, health: null, housing: null, notes: null }));
    await api.call('welfare.hardship.create', file(ids['李娜']!, { status: '脱困', statusDate: d('11-01'), statusReason: '配偶重新就业', filedOn: d('01-05'), verifiedOn: d('06-01') }));
    const before = await all(api);

    const exported = await api.call('welfare.hardship.export', {});
    const roster = await api.call('roster.export', undefined);
    const other = tempStore();
    try {
      const otherApi = apiOn(other);
      const r = await otherApi.call('import.read', { set: 'members', fileName: roster.fileName, contentBase64: roster.contentBase64 });
      await otherApi.call('import.commit', { set: 'members', options: {}, headers: r.headers, mapping: r.mapping, rows: r.rows, fileName: roster.fileName, sheet: r.sheet, headerRow: r.headerRow });
      const sheet = await steps.read(exported.fileName, Buffer.from(exported.contentBase64, 'base64'), otherApi);
      expect(sheet.headerRow).toBe(3);
      const check = await steps.preview(sheet, otherApi);
      expect(check.counts).toMatchObject({ rows: 3, errors: 0, warnings: 0, create: 3 });
      expect(await steps.commit(sheet, otherApi)).toMatchObject({ created: 3 });
      expect(await all(otherApi)).toEqual(before);
      expect((await steps.preview(sheet, otherApi)).counts).toMatchObject({ create: 0, unchanged: 3 });

    } finally {
      other.close();
    }
  });

  it('a hand-kept register: 特困/困难, causes in its own words, text dates, per-cell messages, nothing half-written', async () => {
    const ids = await seedMembers(api);
    await api.call('welfare.hardship.create', file(ids['王芳']!));
    const rows: Cell[][] = [
      ['某某学校困难职工档案'],
      ['序号', '姓名', '部门', '困难程度', '致困原因', '家庭人数', '家庭人均月收入（元）', '核实日期', '核实人'],
      [1, '张三', '语文组', '特困', '大病', '3人', '¥980', `${year}.3.1`, '李主席'],
      [2, '李娜', null, '困难', '房贷', '4', '1,200.50', `${year}年3月2日`, '李主席'],
      [3, '张伟', null, '困难', '单亲', '2', '900', `${year}-03-03`, '李主席'],
      [4, '赵六', '体育组', '困难', '单亲', '2', '900', `${year}-03-03`, '李主席'],
      [5, '王芳', '英语组', '困难', '单亲', '2', '900', `${year}-03-03`, '李主席'],
      [6, '张伟', '语文组', '一般', '单亲', '两人', '9OO', `${year + 2}-01-01`, null],
      ['合计', null, null, null, null, '11'],
    ];
    const sheet = await steps.read('困难职工（手工）.xlsx', await xlsxOf({ rows, merges: ['A1:I1'] }));
    expect(sheet.mapping).toEqual([null, 'name', 'department', 'level', 'mainCause', 'householdSize', 'income', 'verifiedOn', 'verifiedBy']);
    const check = await steps.preview(sheet);
    expect(check.counts).toMatchObject({ rows: 6, valid: 2, errors: 4, skipped: 1 });
    expect(check.rows.find((r) => r.row === 3)!.summary).toBe(`张三（语文组） · 深度困难 · 本人患重病 · 3 人 · 人均 ¥980.00/月 · ${year}年3月1日核实 · 在档`);
    expect(issuesAt(check, 4)).toEqual(['提醒「致困原因」致困原因“房贷”不在列表中，按“其他”导入，原文记入备注']);
    expect(issuesAt(check, 5)).toEqual(['错误「姓名」姓名“张伟”对应 2 名会员：张伟（语文组）、张伟（数学组）。请在“部门”列写明部门，或填写身份证号']);
    expect(issuesAt(check, 6)).toEqual(['错误「姓名」“赵六”不在会员名册中：困难职工档案须对应一名会员。请先导入或添加会员，再导入档案']);
    expect(issuesAt(check, 7)[0]).toMatch(/^错误「姓名」王芳（英语组） 已有一份在档的困难职工档案（建档于\d{4}年3月1日）/);
    expect(issuesAt(check, 8)).toEqual([
      '错误「困难程度」困难类别“一般”无法识别（应为 深度困难、相对困难 或 意外致困；特困按深度困难）',
      '错误「家庭人数」家庭人口“两人”不是整数（应写成 3 或 3人）',
      '错误「家庭人均月收入（元）」人均月收入：金额“9OO”不是数字（应写成 1200、1,200.00、¥1200、1200元 或 0.12万）',
      '错误「核实人」核实人为空：困难职工档案须写明由谁核实',
    ]);
    const error = await refused(steps.commit(sheet));
    expect(error.message).toContain('有 4 行存在错误，未导入任何数据');
    expect(await all(api)).toHaveLength(1);
    expect(await steps.commit(sheet, api, true)).toMatchObject({ created: 2, skipped: 4 });
    const li = (await api.call('welfare.hardship.list', {})).find((f) => f.memberName === '李娜')!;
    expect(li).toMatchObject({ level: '相对困难', mainCause: '其他', perCapitaIncomeFen: 120050, householdSize: 4, filedOn: d('03-02'), notes: '致困原因：房贷' });
  });

  it('a future verification date and a GBK CSV register', async () => {
    await seedMembers(api);
    const csv = gbkCsvOf([
      ['姓名', '部门', '困难类别', '主要致困原因', '家庭人口', '人均月收入', '核实日期', '核实人'],
      ['张三', '语文组', '相对困难', '子女就学', '3', '1500', `${year + 2}-01-01`, '李主席'],
      ['王芳', '英语组', '意外致困', '意外事故', '3', '1500元', `${year}-05-01`, '李主席'],
    ]);
    const sheet = await steps.read('困难职工.csv', csv);
    expect(sheet.encoding).toBe('GB18030');
    const check = await steps.preview(sheet);
    expect(issuesAt(check, 2)).toEqual([`错误「核实日期」核实日期 ${year + 2}年1月1日 晚于今天`]);
    expect(check.rows.find((r) => r.row === 3)).toMatchObject({ status: 'valid' });
  });

  it('undo removes the batch, and refuses with a reason once a file was re-verified after the import', async () => {
    await seedMembers(api);
    const rows: Cell[][] = [
      ['姓名', '部门', '困难类别', '主要致困原因', '家庭人口', '人均月收入', '核实日期', '核实人'],
      ['张三', '语文组', '相对困难', '子女就学', '3', '1500', `${year}-05-01`, '李主席'],
    ];
    const sheet = await steps.read('h.xlsx', await xlsxOf({ rows }));
    const first = await steps.commit(sheet);
    expect(await api.call('import.undo', { id: first.id })).toMatchObject({ removed: 1 });
    const second = await steps.commit(sheet);
    const [f] = await api.call('welfare.hardship.list', {});
    await new Promise((r) => setTimeout(r, 1100));
    await api.call('welfare.hardship.reverify', { id: f!.id, verifiedOn: today, verifiedBy: '王委员', notes: null });
    const error = await refused(api.call('import.undo', { id: second.id }));
    expect(error.message).toBe('不能撤销：本批导入的 张三 的困难职工档案在导入后又修改或复核过。撤销会丢掉这些改动，请在档案中逐份处理。');
  });

  it('the CLI `welfare hardship import` has the members-import exit codes and JSON report', async () => {
    await seedMembers(api);
    const target = path.join(store.dir, '困难职工档案.xlsx');
    fs.writeFileSync(
      target,
      await xlsxOf({
        rows: [
          ['姓名', '部门', '困难类别', '主要致困原因', '家庭人口', '人均月收入', '核实日期', '核实人'],
          ['张三', '语文组', '相对困难', '子女就学', '3', '1500', `${year}-05-01`, '李主席'],
          ['李娜', '数学组', '相对困难', '子女就学', '3', '1千五', `${year}-05-01`, '李主席'],
        ],
      }),
    );
    store.ctx.db.close();
    const run = async (...args: string[]) => {
      const out: string[] = [];
      const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t) };
      return { code: await runCli(args, io), out };
    };
    const blocked = await run('welfare', 'hardship', 'import', target, '--db', store.file, '--json');
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.out.join(''))).toMatchObject({ rows: 2, valid: 1, created: 0, updated: 0, errors: [{ row: 3, column: '人均月收入' }] });
    const done = await run('welfare', 'hardship', 'import', target, '--db', store.file, '--skip-invalid');
    expect(done.code).toBe(0);
    expect(done.out.at(-1)).toBe('导入完成：新增 1 条。');
  });
});
