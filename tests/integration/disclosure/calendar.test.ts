/**
 * The working-day calendar through the API: the 公示期 over the 2026 National Day holiday, the
 * user's own days for 2027 in 设置, and motion reply deadlines in 工作日.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noticeInputSchema, type NoticeInput } from '../../../shared/disclosure/schema';
import { createNotice } from '../../../src-main/disclosure/notices';
import { disclosureDashboard } from '../../../src-main/disclosure/register';
import { approveNotice, publishNotice } from '../../../src-main/disclosure/states';
import { apiOn, refused } from '../../helpers/api';
import { congressFixture } from '../../helpers/congress';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

function notice(over: Partial<NoticeInput>) {
  return noticeInputSchema.parse({
    noticeTitle: '2026年度优秀教师评选结果',
    noticeCategory: '评先评优',
    noticeScope: '对内',
    noticeKind: '即时',
    noticeBody: '<p>拟评为优秀教师：张三</p>',
    publishDate: '2026-09-30',
    periodWorkingDays: 5,
    objectionContact: '校工会办公室',
    ...over,
  });
}

describe('公示期 on the real 2026 calendar', () => {
  it('published 2026-09-30 with 5 working days ends 2026-10-13, after National Day (10-10 is a 调休 workday)', async () => {
    const api = apiOn(store);
    const n = await api.call('disclosure.notices.create', notice({}));
    expect(n.endDate).toBe('2026-10-13');
    const db = store.ctx.db;
    approveNotice(db, { id: n.id, stateDate: '2026-09-29', stateNote: null }, '2026-09-29');
    const p = publishNotice(db, { id: n.id, publishDate: null }, '2026-09-30');
    expect(p.endDate).toBe('2026-10-13');
    // The countdown on the dashboard: 5 on the day of posting, still 5 during the holiday.
    expect(disclosureDashboard(db, '2026-09-30').inPeriod[0]!.workingDaysLeft).toBe(5);
    expect(disclosureDashboard(db, '2026-10-06').inPeriod[0]!.workingDaysLeft).toBe(5);
    expect(disclosureDashboard(db, '2026-10-09').inPeriod[0]!.workingDaysLeft).toBe(3);
  });

  it('the user’s days for 2027 move a period that reaches into it', async () => {
    const api = apiOn(store);
    const before = await api.call('disclosure.notices.create', notice({ publishDate: '2026-12-30', periodWorkingDays: 3 }));
    // Without a 2027 schedule only the weekend is skipped: 12-31, 01-01 (Fri), 01-04.
    expect(before.endDate).toBe('2027-01-04');
    const saved = await api.call('settings.updateCalendar', {
      days: [
        { date: '2027-01-01', kind: '休息日', note: '元旦' },
        { date: '2027-01-02', kind: '休息日', note: '元旦' },
      ],
    });
    expect(saved.days).toHaveLength(2);
    expect(saved.builtInYears).toContain(2026);
    const after = createNotice(store.ctx.db, notice({ publishDate: '2026-12-30', periodWorkingDays: 3 }), '2026-12-01');
    expect(after.endDate).toBe('2027-01-05');
    expect((await api.call('settings.calendar', undefined)).days.map((d) => d.date)).toEqual(['2027-01-01', '2027-01-02']);
  });

  it('a calendar change counts again the periods still ahead or running, keeps ended and hand-set ones, and says so in the history', async () => {
    const api = apiOn(store);
    const db = store.ctx.db;
    const today = new Date().toISOString().slice(0, 10);
    const future = '2099-12-29'; // a Tuesday far ahead: published, its period still to come
    const draft = await api.call('disclosure.notices.create', notice({ publishDate: future, periodWorkingDays: 3 }));
    const running = createNotice(db, notice({ publishDate: future, periodWorkingDays: 3 }), today);
    approveNotice(db, { id: running.id, stateDate: today, stateNote: null }, today);
    publishNotice(db, { id: running.id, publishDate: null }, today);
    const handSet = await api.call('disclosure.notices.create', notice({ publishDate: future, periodWorkingDays: 3, periodEndDate: '2100-01-08' }));
    // Over long ago: 2026-03-02 + 5 working days = 03-09; a day off on 03-03 would move it, but it stays.
    const ended = createNotice(db, notice({ publishDate: '2026-03-02', periodWorkingDays: 5 }), '2026-03-01');
    approveNotice(db, { id: ended.id, stateDate: '2026-03-01', stateNote: null }, '2026-03-01');
    publishNotice(db, { id: ended.id, publishDate: null }, '2026-03-02');
    expect([draft.endDate, running.endDate, ended.endDate]).toEqual(['2100-01-01', '2100-01-01', '2026-03-09']);

    const saved = await api.call('settings.updateCalendar', {
      days: [
        { date: '2026-03-03', kind: '休息日' },
        { date: '2099-12-31', kind: '休息日' },
      ],
    });
    expect(saved.rescheduledNotices.map((n) => [n.id, n.from, n.to])).toEqual([
      [draft.id, '2100-01-01', '2100-01-04'],
      [running.id, '2100-01-01', '2100-01-04'],
    ]);
    expect((await api.call('disclosure.notices.get', { id: running.id })).endDate).toBe('2100-01-04');
    expect((await api.call('disclosure.notices.get', { id: handSet.id })).endDate).toBe('2100-01-08');
    expect((await api.call('disclosure.notices.get', { id: ended.id })).endDate).toBe('2026-03-09');
    const history = (await api.call('disclosure.notices.get', { id: running.id })).history.at(-1)!;
    expect(history).toMatchObject({ fromState: '已发布', toState: '已发布' });
    expect(history.reason).toBe('节假日与调休设置变更，公示期截止日期由2100年1月1日改为2100年1月4日');
  });

  it('refuses a day entered twice, naming it in Chinese', async () => {
    const api = apiOn(store);
    const error = await refused(
      api.call('settings.updateCalendar', {
        days: [
          { date: '2027-01-01', kind: '休息日' },
          { date: '2027-01-01', kind: '调休上班日' },
        ],
      }),
    );
    expect(error.message).toContain('2027年1月1日录入了两次');
    expect((await api.call('settings.calendar', undefined)).days).toEqual([]);
  });
});

describe('motion reply deadlines', () => {
  it('count calendar days by default, and working days when 设置 says 工作日', async () => {
    const db = store.ctx.db;
    const f = congressFixture(db);
    const api = apiOn(store);
    const settings = await api.call('congress.settings.get', undefined);
    expect(settings.replyDayKind).toBe('自然日');
    const session = await api.call('congress.sessions.update', {
      id: f.session.id,
      data: {
        term: 5,
        meeting: 2,
        sessionKind: '代表大会',
        sessionStart: '2026-11-20',
        motionOpen: '2026-09-01',
        motionClose: '2026-11-10',
        replyDays: 5,
      },
    });
    expect(session.replyDays).toBe(5);
    const submit = (title: string) =>
      api.call('congress.motions.create', {
        sessionId: f.session.id,
        motionTitle: title,
        motionReasons: '食堂排队时间过长，影响午休。',
        motionProposals: '增设窗口，错峰就餐。',
        motionCategory: '后勤保障',
        proposerId: f.d.张老师,
        cosignerIds: [f.d.李老师, f.d.王老师],
        submittedOn: '2026-09-25',
      });
    const a = await submit('关于改善食堂就餐的提案');
    const calendarDays = await api.call('congress.motions.review', { id: a.id, decision: '立案', decidedOn: '2026-09-30', leadUnit: '总务处' });
    expect(calendarDays.deadline).toBe('2026-10-05');
    await api.call('congress.settings.update', { replyDayKind: '工作日' });
    const b = await submit('关于增设教工书屋的提案');
    const workingDays = await api.call('congress.motions.review', { id: b.id, decision: '立案', decidedOn: '2026-09-30', leadUnit: '总务处' });
    expect(workingDays.deadline).toBe('2026-10-13');
  });
});
