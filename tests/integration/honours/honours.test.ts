/**
 * 评优评先: honours held by members or a group, the refusals (a deleted member, a member who left
 * before the date; deleting a member with an honour says 变更状态), the year's figures with 推荐
 * and 获评 apart, and the import from the command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { apiOn, refused } from '../../helpers/api';
import { xlsxOf } from '../../helpers/sheets';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
beforeEach(() => {
  store = tempStore();
  api = apiOn(store);
});
afterEach(() => store.close());

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('honours', () => {
  it('keeps an honour of two members and one of a group, shown on the member', async () => {
    const a = (await api.call('members.create', { name: '张三', department: '语文组' })).id;
    const b = (await api.call('members.create', { name: '李四', department: '语文组' })).id;
    const joint = await api.call('honours.create', { title: '优秀班主任', level: '市级', awardingBody: '市教育局', awardedOn: '2025-09-10', memberIds: [a, b] });
    expect(joint.holder).toBe('张三、李四');
    expect(joint.state).toBe('获评');
    const group = await api.call('honours.create', { title: '先进教工之家', level: '区县级', awardedOn: '2025-12-01', groupName: '本校工会', state: '推荐' });
    expect(group.holder).toBe('本校工会');
    expect((await api.call('honours.ofMember', { memberId: a })).map((h) => h.title)).toEqual(['优秀班主任']);
    const neither = await refused(api.call('honours.create', { title: '师德标兵', level: '校级', awardedOn: '2025-09-10' }));
    expect(neither.message).toContain('请选择获奖会员');
  });

  it('refuses a deleted member; deleting a member with an honour says 变更状态', async () => {
    const a = (await api.call('members.create', { name: '王五' })).id;
    const gone = (await api.call('members.create', { name: '赵六' })).id;
    await api.call('members.delete', { id: gone });
    const err = await refused(api.call('honours.create', { title: '师德标兵', level: '校级', awardedOn: '2025-09-10', memberIds: [gone] }));
    expect(err.message).toContain('已从会员名册中删除');
    await api.call('honours.create', { title: '师德标兵', level: '校级', awardedOn: '2025-09-10', memberIds: [a] });
    const del = await refused(api.call('members.delete', { id: a }));
    expect(del.message).toContain('评优评先记录');
    expect(del.message).toContain('变更状态');
    expect((await api.call('members.get', { id: a })).name).toBe('王五');
  });

  it('a member who left (退会) can hold an honour from before, not after', async () => {
    const a = (await api.call('members.create', { name: '孙八' })).id;
    await api.call('members.changeStatus', { id: a, status: '退会', date: '2025-06-30' });
    expect((await api.call('honours.create', { title: '优秀教师', level: '区县级', awardedOn: '2025-03-01', memberIds: [a] })).holder).toBe('孙八');
    const err = await refused(api.call('honours.create', { title: '优秀教师', level: '区县级', awardedOn: '2025-09-01', memberIds: [a] }));
    expect(err.message).toContain('已退会');
  });
});

describe('honours in the year report', () => {
  it('counts honours by level with 推荐 and 获评 apart on a hand-built store', async () => {
    const ids: number[] = [];
    for (const name of ['甲', '乙', '丙', '丁']) ids.push((await api.call('members.create', { name })).id);
    await api.call('honours.create', { title: '劳动模范', level: '省级', awardedOn: '2025-04-28', memberIds: [ids[0]!] });
    await api.call('honours.create', { title: '劳动模范', level: '市级', awardedOn: '2025-04-28', memberIds: [ids[1]!] });
    await api.call('honours.create', { title: '师德标兵', level: '市级', awardedOn: '2025-09-10', memberIds: [ids[2]!, ids[3]!] });
    await api.call('honours.create', { title: '五一劳动奖章', level: '国家级', awardedOn: '2025-04-01', memberIds: [ids[0]!], state: '推荐' });
    await api.call('honours.create', { title: '先进教工之家', level: '市级', awardedOn: '2025-12-20', groupName: '本校工会' });
    await api.call('honours.create', { title: '师德标兵', level: '校级', awardedOn: '2024-09-10', memberIds: [ids[1]!] });
    const r = await api.call('report.year', { year: 2025 });
    const h = r.current.honours;
    expect(h).toMatchObject({ count: 5, awarded: 4, recommended: 1, awardedPeople: 4, awardedGroups: 1 });
    expect(h.byLevel).toEqual([
      { key: '国家级', label: '国家级', count: 1, awarded: 0, recommended: 1 },
      { key: '省级', label: '省级', count: 1, awarded: 1, recommended: 0 },
      { key: '市级', label: '市级', count: 3, awarded: 3, recommended: 0 },
    ]);
    expect(h.byTitle[0]).toEqual({ key: '劳动模范', label: '劳动模范', count: 2 });
    expect(r.previous.honours.count).toBe(1);
    expect(r.sentences.honours[0]).toBe('全年获评各级荣誉 4 项（省级 1 项、市级 3 项），推荐申报 1 项。');
    expect(r.sentences.honours[1]).toContain('劳动模范 2 项');
    const detail = await api.call('report.detail', { year: 2025, figure: 'honours.recommended' });
    expect(detail.rows.map((x) => x.cells.holder)).toEqual(['甲']);
  });
});

describe('honours import', () => {
  it('imports members, joint holders and a group; an unknown person is an error naming row and column', async () => {
    await api.call('members.create', { name: '张三', department: '语文组' });
    await api.call('members.create', { name: '李四', department: '数学组' });
    const rows = [
      ['姓名', '荣誉称号', '级别', '授予单位', '获得日期', '状态'],
      ['张三', '师德标兵', '市', '市教育局', '2025.9.10', ''],
      ['张三、李四', '优秀班主任', '区级', '区教育局', '2025年9月1日', '申报'],
      ['语文组', '先进教研组', '校级', '本校', '2025-12-30', '获评'],
    ];
    const good = path.join(store.dir, 'good.xlsx');
    fs.writeFileSync(good, await xlsxOf({ rows }));
    const bad = path.join(store.dir, 'bad.xlsx');
    fs.writeFileSync(bad, await xlsxOf({ rows: [...rows, ['王不在', '优秀教师', '省', '', '2025-09-10', ''], ['李四', '优秀教师', '乡级', '', '2025-09-10', '']] }));
    store.ctx.db.close();

    const io = capture();
    expect(await runCli(['honours', 'import', bad, '--db', store.file, '--json'], io)).toBe(1);
    const report = JSON.parse(io.stdout.join('')) as { errors: { row: number; column: string; message: string }[]; created: number };
    expect(report.created).toBe(0);
    expect(report.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['5:姓名', '6:级别']);
    expect(report.errors[0]!.message).toContain('不在会员名册中');

    const ok = capture();
    expect(await runCli(['honours', 'import', good, '--db', store.file, '--json'], ok)).toBe(0);
    expect(JSON.parse(ok.stdout.join(''))).toMatchObject({ rows: 3, valid: 3, created: 3 });
    // Imported again: nothing is added twice.
    const again = capture();
    expect(await runCli(['honours', 'import', good, '--db', store.file, '--json'], again)).toBe(0);
    expect(JSON.parse(again.stdout.join(''))).toMatchObject({ created: 0 });
  });
});
