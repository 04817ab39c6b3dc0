/**
 * Sessions, delegates and votes through the API on a real store, the settings they follow, the
 * 提案汇总表 export and the CLI command that writes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { judgeVote } from '../../../shared/congress/rules';
import type { VoteInput } from '../../../shared/congress/schema';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { apiOn, refused } from '../../helpers/api';
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

const count = (table: string) => (store.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('sessions', () => {
  it('names sessions, refuses duplicates and checks the dates', async () => {
    expect(fx.session.name).toBe('第五届第二次教职工代表大会');
    const dup = await refused(
      api.call('congress.sessions.create', { term: 5, meeting: 2, sessionKind: '代表大会', sessionStart: '2026-11-20', motionClose: '2026-11-10', replyDays: 30 }),
    );
    expect(dup.message).toBe('第五届第二次会议已经登记过，不能重复添加。');
    const dates = await refused(
      api.call('congress.sessions.create', {
        term: 5,
        meeting: 3,
        sessionKind: '教职工大会',
        sessionStart: '2027-03-01',
        sessionEnd: '2027-02-01',
        motionClose: '2027-02-20',
        replyDays: 30,
      }),
    );
    expect(dates.message).toBe('输入有误：「闭会日期」闭会日期不能早于开会日期');
    const all = await api.call('congress.sessions.create', { term: 5, meeting: 3, sessionKind: '教职工大会', sessionStart: '2027-03-01', motionClose: '2027-02-20', replyDays: 20 });
    expect(all.name).toBe('第五届第三次教职工大会');
  });

  it('re-flags late motions when the collection window moves', async () => {
    const m = await api.call('congress.motions.create', {
      sessionId: fx.session.id,
      motionTitle: '关于延长午休',
      motionReasons: '理由',
      motionProposals: '办法',
      motionCategory: '学校管理',
      proposerId: fx.d.张老师,
      cosignerIds: [fx.d.李老师, fx.d.王老师],
      submittedOn: '2026-11-15',
    });
    expect(m.late).toBe(true);
    await api.call('congress.sessions.update', {
      id: fx.session.id,
      data: { term: 5, meeting: 2, sessionKind: '代表大会', sessionStart: '2026-11-20', motionClose: '2026-11-18', replyDays: 30 },
    });
    expect((await api.call('congress.motions.get', { id: m.id })).late).toBe(false);
    expect((await refused(api.call('congress.sessions.delete', { id: fx.session.id }))).message).toBe(
      '第五届第二次教职工代表大会已有 1 件提案、0 项票决，不能删除。',
    );
  });
});

describe('delegates', () => {
  it('shows the teacher share against the setting, counting only 正式 delegates in office', async () => {
    const list = await api.call('congress.delegates.list', { term: 5 });
    expect(list).toMatchObject({ votingCount: 6, teacherCount: 4, teacherPercent: 66.7, teacherShareMin: 60, teacherShareOk: true });
    await api.call('congress.settings.update', { teacherSharePercent: 70 });
    expect((await api.call('congress.delegates.list', { term: 5 })).teacherShareOk).toBe(false);
  });

  it('replaces a delegate who leaves and keeps the history', async () => {
    const replaced = await api.call('congress.delegates.leave', {
      id: fx.d.钱会计,
      leftOn: '2026-09-01',
      leftReason: '调往区教育局',
      replacementMemberId: fx.outsiderMemberId,
      replacementIsTeacher: true,
    });
    expect(replaced).toMatchObject({ name: '吴教师', delegation: '第三代表团', kind: '正式', isTeacher: true, replacesName: '钱会计' });
    const list = await api.call('congress.delegates.list', { term: 5 });
    expect(list.rows.find((d) => d.id === fx.d.钱会计)).toMatchObject({ leftOn: '2026-09-01', leftReason: '调往区教育局', replacedByName: '吴教师' });
    expect(list).toMatchObject({ votingCount: 6, teacherCount: 5 });
    const e = await refused(
      api.call('congress.motions.create', {
        sessionId: fx.session.id,
        motionTitle: 't',
        motionReasons: 'r',
        motionProposals: 'p',
        motionCategory: '其他',
        proposerId: fx.d.钱会计,
        cosignerIds: [fx.d.李老师, fx.d.王老师],
        submittedOn: '2026-11-01',
      }),
    );
    expect(e.message).toBe('提案人必须是第五届的在任代表：钱会计 已于 2026-09-01 离任。');
  });

  it('changes a delegate\'s delegation, kind and teacher mark', async () => {
    const d = await api.call('congress.delegates.update', { id: fx.d.孙主任, delegation: '第一代表团', delegateKind: '特邀', isTeacher: true });
    expect(d).toMatchObject({ delegation: '第一代表团', kind: '特邀', isTeacher: true });
    expect(await api.call('congress.delegates.list', { term: 5 })).toMatchObject({ votingCount: 5, teacherCount: 4 });
  });

  it('keeps the category list valid', async () => {
    const e = await refused(api.call('congress.settings.update', { categories: ['教育教学', '教育教学'] }));
    expect(e.message).toBe('输入有误：「提案类别」类别不能重复');
    const s = await api.call('congress.settings.update', { categories: ['教育教学', '安全管理'] });
    expect(s.categories).toEqual(['教育教学', '安全管理']);
    expect((await api.call('congress.settings.get', {})).cosignerMin).toBe(2);
  });

  it('refuses a member who is already a delegate of the term', async () => {
    const member = store.ctx.db.prepare('SELECT member_id AS id FROM congress_delegates WHERE id = ?').get(fx.d.张老师) as { id: number };
    const e = await refused(api.call('congress.delegates.add', { term: 5, memberId: member.id, delegateKind: '正式', isTeacher: true }));
    expect(e.message).toBe('张老师 已是第五届代表，不能重复添加。');
  });

  it('refuses to delete a delegate who proposed motions, and a member who is a delegate', async () => {
    await api.call('congress.motions.create', {
      sessionId: fx.session.id,
      motionTitle: '关于教师体检',
      motionReasons: 'r',
      motionProposals: 'p',
      motionCategory: '福利待遇',
      proposerId: fx.d.张老师,
      cosignerIds: [fx.d.李老师, fx.d.王老师],
      submittedOn: '2026-11-01',
    });
    const e = await refused(api.call('congress.delegates.delete', { id: fx.d.张老师 }));
    expect(e.message).toBe('代表 张老师 提出了 1 件提案，不能删除，否则这些记录将无从查考。如该代表已离开，请使用“离任/替换”，记录会保留。');
    const co = await refused(api.call('congress.delegates.delete', { id: fx.d.李老师 }));
    expect(co.message).toContain('附议了 1 件提案');
    const member = store.ctx.db.prepare('SELECT member_id AS id FROM congress_delegates WHERE id = ?').get(fx.d.孙主任) as { id: number };
    const m = await refused(api.call('members.delete', { id: member.id }));
    expect(m.message).toContain('教代会代表 1 条');
    await api.call('congress.delegates.delete', { id: fx.d.孙主任 });
    expect(count('congress_delegates')).toBe(6);
  });
});

describe('votes', () => {
  const all = () => Object.values(fx.d);
  function vote(over: Partial<VoteInput> = {}): VoteInput {
    return {
      sessionId: fx.session.id,
      voteItem: '绩效工资分配方案',
      votedOn: '2026-11-20',
      voteMethod: '无记名投票',
      presentIds: all(),
      votesFor: 4,
      votesAgainst: 1,
      abstain: 1,
      invalid: 0,
      ...over,
    };
  }

  it('computes due, quorum and result from the delegates and the rule', async () => {
    const v = await api.call('congress.votes.create', vote());
    expect(v).toMatchObject({ due: 6, present: 6, quorumNeeded: 4, passNeeded: 4, quorumMet: true, result: '通过' });
    expect(v.ruleText).toBe('到会须达应到代表的三分之二；赞成票须超过应到代表的半数');
    // More than half of all delegates due, not of those present: 3 of 6 is not enough even if 4 came.
    const fails = await api.call('congress.votes.create', vote({ voteItem: '岗位设置方案', presentIds: all().slice(0, 4), votesFor: 3, votesAgainst: 1, abstain: 0 }));
    expect(fails).toMatchObject({ due: 6, present: 4, quorumMet: true, result: '未通过' });
    const short = await api.call('congress.votes.create', vote({ voteItem: '评优方案', presentIds: all().slice(0, 3), votesFor: 3, votesAgainst: 0, abstain: 0 }));
    expect(short).toMatchObject({ quorumMet: false, result: '不足法定人数' });
    expect((await api.call('congress.votes.list', { sessionId: fx.session.id })).map((x) => x.result)).toEqual(['通过', '未通过', '不足法定人数']);
  });

  it('refuses totals that do not add up and a non-voting delegate, saving nothing', async () => {
    const e = await refused(api.call('congress.votes.create', vote({ votesFor: 5 })));
    expect(e.message).toBe('票数对不上：赞成 5 + 反对 1 + 弃权 1 + 无效 0 = 7，与实到人数 6 不符。');
    const o = await refused(api.call('congress.votes.create', vote({ presentIds: [...all().slice(0, 5), fx.observer] })));
    expect(o.message).toBe('周列席 是列席代表，没有表决权，不能计入实到人数。');
    expect(count('congress_votes')).toBe(0);
    expect(count('congress_vote_attendance')).toBe(0);
  });

  it('follows the quorum and passing settings', async () => {
    await api.call('congress.settings.update', { passBase: '实到', quorumNumerator: 1, quorumDenominator: 2 });
    const v = await api.call('congress.votes.create', vote({ presentIds: all().slice(0, 4), votesFor: 3, votesAgainst: 1, abstain: 0 }));
    expect(v).toMatchObject({ quorumNeeded: 3, passNeeded: 3, result: '通过' });
    const bad = await refused(api.call('congress.settings.update', { passNumerator: 2, passDenominator: 2 }));
    expect(bad.message).toContain('通过比例应小于全部');
  });

  it('judges exact fractions without rounding errors', () => {
    const rule = { quorumNumerator: 2, quorumDenominator: 3, passBase: '应到' as const, passNumerator: 1, passDenominator: 2 };
    const at = (due: number, present: number, votesFor: number) =>
      judgeVote({ due, present, votesFor, votesAgainst: present - votesFor, abstain: 0, invalid: 0 }, rule);
    expect(at(30, 20, 16)).toMatchObject({ quorumNeeded: 20, quorumMet: true, passNeeded: 16, result: '通过' });
    expect(at(30, 19, 19)).toMatchObject({ quorumMet: false, result: '不足法定人数' });
    expect(at(31, 21, 16)).toMatchObject({ quorumNeeded: 21, passNeeded: 16, result: '通过' });
    expect(at(30, 25, 15).result).toBe('未通过');
  });
});

describe('提案汇总表', () => {
  async function filedMotion() {
    const m = await api.call('congress.motions.create', {
      sessionId: fx.session.id,
      motionTitle: '=关于改善教师午餐的建议',
      motionReasons: 'r',
      motionProposals: 'p',
      motionCategory: '后勤保障',
      proposerId: fx.d.张老师,
      cosignerIds: [fx.d.李老师, fx.d.王老师],
      submittedOn: '2026-11-01',
    });
    await api.call('congress.motions.review', { id: m.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: '总务处', supportUnits: '工会' });
    await api.call('congress.motions.reply', { id: m.id, replyText: '已办', repliedBy: '总务处', repliedOn: '2026-11-23', implementation: '已落实' });
    await api.call('congress.motions.feedback', { id: m.id, rating: '基本满意', ratingComment: '希望坚持', ratedOn: '2026-11-24' });
  }

  async function rowsOf(buffer: Buffer): Promise<string[][]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('提案汇总表')!;
    const rows: string[][] = [];
    // Dates are real Excel dates (shown 2026年11月1日); they read back as Date and are compared as shown.
    const shown = (v: unknown) =>
      v instanceof Date ? `${v.getUTCFullYear()}年${v.getUTCMonth() + 1}月${v.getUTCDate()}日` : v === null || v === undefined ? '' : String(v);
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(shown)));
    return rows;
  }

  it('writes one row per motion with the columns the office expects, formulas as text', async () => {
    await api.call('settings.update', { schoolName: '实验中学' });
    await filedMotion();
    const file = await api.call('congress.export', { sessionId: fx.session.id });
    expect(file.fileName).toBe('第五届第二次教职工代表大会提案汇总表.xlsx');
    const rows = await rowsOf(Buffer.from(file.contentBase64, 'base64'));
    expect(rows[0]![0]).toBe('实验中学第五届第二次教职工代表大会提案汇总表');
    expect(rows[2]).toEqual([
      '编号',
      '案由',
      '提案人',
      '代表团',
      '附议人',
      '类别',
      '提交日期',
      '审查意见',
      '承办部门',
      '答复期限',
      '答复日期',
      '答复内容',
      '落实情况',
      '办理状态',
      '反馈意见',
    ]);
    expect(rows[3]).toEqual([
      '5-2-001',
      '=关于改善教师午餐的建议',
      '张老师',
      '第一代表团',
      '李老师、王老师',
      '后勤保障',
      '2026年11月1日',
      '立案',
      '总务处（协办：工会）',
      '2026年12月21日',
      '2026年11月23日',
      '已办',
      '已落实',
      '已办结',
      '基本满意：希望坚持',
    ]);
  });

  it('is written by `congress export FILE --db DB --session ID`', async () => {
    await filedMotion();
    const file = path.join(store.dir, '汇总.xlsx');
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
    const dbFile = store.file;
    store.ctx.db.close();
    expect(await runCli(['congress', 'export', file, '--db', dbFile, '--session', String(fx.session.id)], io)).toBe(0);
    expect(out.join('\n')).toContain('已导出提案汇总表');
    expect((await rowsOf(fs.readFileSync(file)))[3]![0]).toBe('5-2-001');
    expect(await runCli(['congress', 'export', file, '--db', dbFile, '--session', '99'], io)).toBe(2);
    expect(err.join('\n')).toContain('找不到该届次');
  });
});
