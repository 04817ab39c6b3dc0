/**
 * 撤销计划: withdrawing a status change scheduled for a later date, as the members service does it
 * (the API handler only calls it).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memberInputSchema } from '../../../shared/members/schema';
import { cancelScheduledMemberStatus, changeMemberStatus, getMemberDetail, insertMember } from '../../../src-main/members/service';
import { scheduledOf } from '../../../src-main/members/scheduled';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

const member = (name: string) => insertMember(store.ctx.db, memberInputSchema.parse({ name, department: '语文组', joinDate: '2000-09-01' }));

describe('cancelling a scheduled status change', () => {
  it('removes the plan, keeps the status and the history, and lets another change be registered', () => {
    const db = store.ctx.db;
    const m = member('张三');
    changeMemberStatus(db, { id: m.id, status: '退休', date: '2027-06-30', reason: '到龄退休' }, '2026-12-01');
    const after = cancelScheduledMemberStatus(db, m.id);
    expect(after.status).toBe('在册');
    expect(after.scheduledStatus).toBeNull();
    expect(getMemberDetail(db, m.id).statusHistory).toEqual([]);
    expect(changeMemberStatus(db, { id: m.id, status: '调出', date: '2026-11-30', reason: null }, '2026-12-01').status).toBe('调出');
  });

  it('says so in Chinese when there is no plan to cancel, or no such member', () => {
    const db = store.ctx.db;
    const m = member('李四');
    expect(() => cancelScheduledMemberStatus(db, m.id)).toThrow('该会员没有计划中的状态变更，可能已经生效或已被撤销。');
    expect(() => cancelScheduledMemberStatus(db, m.id + 1000)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('finds the plans of a whole roll of 50,000 members at once (the roster export asks for all)', () => {
    const db = store.ctx.db;
    const m = member('王五');
    changeMemberStatus(db, { id: m.id, status: '退休', date: '2027-06-30', reason: '到龄退休' }, '2026-12-01');
    // More ids than SQLite takes parameters in one statement (32,766).
    const ids = [...Array.from({ length: 50_000 }, (_, i) => m.id + 1 + i), m.id];
    const found = scheduledOf(db, ids);
    expect([...found.keys()]).toEqual([m.id]);
    expect(found.get(m.id)).toEqual({ status: '退休', date: '2027-06-30', reason: '到龄退休' });
  });
});
