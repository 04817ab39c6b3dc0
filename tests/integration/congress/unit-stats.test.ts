/**
 * Issue 14, item 8 (statistics per handling unit): received, answered, answered on time, open,
 * overdue and the ratings, per 主办部门; a merged motion counts with its lead.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { feedbackMotion } from '../../../src-main/congress/review';
import { unitStats } from '../../../src-main/congress/unit-stats';
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

it('counts received, answered, on time, open, overdue and ratings per handling unit', () => {
  const a = file('午餐', '总务处');
  file('晚餐', null, a);
  const b = file('空调', '总务处');
  const c = file('排课', '教务处');
  file('教研', '教务处');
  reply(a, '2026-12-01'); // on time (deadline 2026-12-21)
  feedbackMotion(store.ctx.db, { id: a, rating: '满意', ratingComment: null, ratedOn: '2026-12-02' });
  reply(b, '2026-12-25'); // late
  feedbackMotion(store.ctx.db, { id: b, rating: '不满意', ratingComment: '未装', ratedOn: '2026-12-26' });
  reply(c, '2026-12-20');
  expect(unitStats(store.ctx.db, fx.session.id, '2027-01-10')).toEqual([
    { unit: '总务处', received: 2, answered: 2, onTime: 1, open: 1, overdue: 0, satisfied: 1, basicallySatisfied: 0, unsatisfied: 1 },
    { unit: '教务处', received: 2, answered: 1, onTime: 1, open: 1, overdue: 1, satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 },
  ]);
});
