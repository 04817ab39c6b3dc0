/**
 * Issue 14, item 8 (the committee's paperwork): the 提案工作委员会 kept in 设置 → 教代会, the 催办单
 * per handling unit with days overdue in working days on the store's calendar, and the delegate
 * form's 是否教师 guess from the member's post.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guessIsTeacher } from '../../../shared/congress/rules';
import { memberInputSchema } from '../../../shared/members/schema';
import { dispatch } from '../../../src-main/api/dispatch';
import { delegateCandidates } from '../../../src-main/congress/delegates';
import { feedbackMotion } from '../../../src-main/congress/review';
import { getCongressSettings, updateCongressSettings } from '../../../src-main/congress/settings';
import { urgeSheet } from '../../../src-main/congress/urge';
import { insertMember } from '../../../src-main/members/service';
import { updateCalendarSettings } from '../../../src-main/settings/calendar';
import { congressFixture, fileReviewedMotion, replyDone, type CongressFixture } from '../../helpers/congress';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let fx: CongressFixture;
beforeEach(() => {
  store = tempStore();
  fx = congressFixture(store.ctx.db);
});
afterEach(() => store.close());

const file = (title: string, unit: string | null, mergeInto?: number) => fileReviewedMotion(store.ctx.db, fx, title, unit, mergeInto);
const reply = (id: number, on: string) => replyDone(store.ctx.db, id, on);

describe('提案工作委员会 in settings', () => {
  it('keeps members with their roles, taken from the register or typed, through the API', async () => {
    const r = await dispatch(store.ctx, 'congress.settings.update', {
      committee: [
        { committeeName: '张老师', committeeRole: '主任', memberId: null },
        { committeeName: ' 钱校外 ', committeeRole: '委员' },
      ],
    }, () => undefined);
    expect(r.ok).toBe(true);
    expect(getCongressSettings(store.ctx.db).committee).toEqual([
      { committeeName: '张老师', committeeRole: '主任', memberId: null },
      { committeeName: '钱校外', committeeRole: '委员', memberId: null },
    ]);
    // Other settings are untouched by a committee change.
    expect(getCongressSettings(store.ctx.db).cosignerMin).toBe(2);
  });

  it('refuses two 主任, a repeated name, an unknown role and an empty name, in Chinese', async () => {
    const bad = async (committee: unknown) => {
      const r = await dispatch(store.ctx, 'congress.settings.update', { committee }, () => undefined);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.error.message;
    };
    expect(await bad([{ committeeName: '甲', committeeRole: '主任' }, { committeeName: '乙', committeeRole: '主任' }])).toContain('只能有一位主任');
    expect(await bad([{ committeeName: '甲', committeeRole: '委员' }, { committeeName: '甲', committeeRole: '副主任' }])).toContain('不能重复');
    expect(await bad([{ committeeName: '甲', committeeRole: '秘书长' }])).toContain('职务只能是');
    expect(await bad([{ committeeName: '  ', committeeRole: '委员' }])).toContain('请填写姓名');
    expect(getCongressSettings(store.ctx.db).committee).toEqual([]);
  });

  it('a store written before the committee existed reads an empty committee', () => {
    updateCongressSettings(store.ctx.db, { cosignerMin: 3 });
    expect(getCongressSettings(store.ctx.db)).toMatchObject({ cosignerMin: 3, committee: [] });
  });
});

describe('催办单', () => {
  it('lists per handling unit the open filed motions past their deadline, days overdue in working days on the store calendar', () => {
    const a = file('午餐', '总务处');
    file('晚餐', null, a); // merged: chased through its lead only
    const b = file('空调', '总务处');
    file('排课', '教务处');
    const d = file('教研', '教务处');
    reply(d, '2026-12-10'); // answered: nothing to chase
    reply(b, '2026-12-10');
    feedbackMotion(store.ctx.db, { id: b, rating: '不满意', ratingComment: '未装', ratedOn: '2026-12-11' }); // back to 办理中
    // 2027 is not in the built-in table: the user enters 元旦 as a day off.
    updateCalendarSettings(store.ctx.db, { days: [{ date: '2027-01-01', kind: '休息日', note: '元旦' }] });

    const sheet = urgeSheet(store.ctx.db, fx.session.id, '2027-01-10');
    expect(sheet.sessionName).toBe(fx.session.name);
    // 空调 was sent back on 12-11 with a new period, not yet over; equal counts go in pinyin order.
    expect(sheet.units.map((u) => [u.unit, u.motions.map((m) => m.title)])).toEqual([
      ['教务处', ['排课']],
      ['总务处', ['午餐']],
    ]);
    const lunch = sheet.units[1]!.motions[0]!;
    expect(lunch.deadline).toBe('2026-12-21');
    // 12-22…12-31: 8 weekdays; 2027-01-01 off (the user's entry); 01-04…01-08: 5.
    expect(lunch.workingDaysOverdue).toBe(13);
    expect(lunch.daysOverdue).toBe(20);
    // Later the sent-back one is overdue too, marked as a second reply; the unit with more comes first.
    const later = urgeSheet(store.ctx.db, fx.session.id, '2027-02-20');
    expect(later.units[0]!.unit).toBe('总务处');
    expect(later.units[0]!.motions.find((m) => m.title === '空调')).toMatchObject({ replyRound: 1 });

    // Without the user's entry, 元旦 2027 counts as a working day.
    updateCalendarSettings(store.ctx.db, { days: [] });
    expect(urgeSheet(store.ctx.db, fx.session.id, '2027-01-10').units[1]!.motions[0]!.workingDaysOverdue).toBe(14);
  });

  it('skips statutory holidays from the built-in table and has nothing before the deadline', () => {
    const a = file('午餐', '总务处');
    expect(urgeSheet(store.ctx.db, fx.session.id, '2026-12-21').units).toEqual([]);
    // 2026-12-21 + … the 2026 table: no holiday in late December; one day late is one working day.
    expect(urgeSheet(store.ctx.db, fx.session.id, '2026-12-22').units[0]!.motions[0]).toMatchObject({ id: a, workingDaysOverdue: 1, daysOverdue: 1 });
    // A weekend adds calendar days, not working days: Sat 12-26 and Sun 12-27.
    expect(urgeSheet(store.ctx.db, fx.session.id, '2026-12-27').units[0]!.motions[0]).toMatchObject({ workingDaysOverdue: 4, daysOverdue: 6 });
  });

  it('is served through the API and says so for a session that does not exist', async () => {
    file('午餐', '总务处');
    const ok = await dispatch(store.ctx, 'congress.urgeSheet', { sessionId: fx.session.id }, () => undefined);
    expect(ok.ok).toBe(true);
    const missing = await dispatch(store.ctx, 'congress.urgeSheet', { sessionId: 9999 }, () => undefined);
    expect(missing.ok ? '' : missing.error.message).toContain('找不到该届次');
  });
});

describe('是否教师 for a new delegate', () => {
  it('follows the post: 会计, 后勤主任 and 门卫 are not teachers, a 班主任 is, no information means 是', () => {
    expect(guessIsTeacher('教务处', null, '会计')).toBe(false);
    expect(guessIsTeacher(null, null, '后勤主任')).toBe(false);
    expect(guessIsTeacher('语文组', null, '班主任')).toBe(true);
    expect(guessIsTeacher(null, null, null)).toBe(true);
    const db = store.ctx.db;
    const cashier = insertMember(db, memberInputSchema.parse({ name: '出纳员', department: '校长室', position: '出纳' })).id;
    const teacher = insertMember(db, memberInputSchema.parse({ name: '新老师', department: '数学组', title: '二级教师', position: '备课组长' })).id;
    const bare = insertMember(db, memberInputSchema.parse({ name: '无信息' })).id;
    const guess = new Map(delegateCandidates(db, 5).map((c) => [c.memberId, c.isTeacherGuess]));
    expect([guess.get(cashier), guess.get(teacher), guess.get(bare)]).toEqual([false, true, true]);
  });
});
