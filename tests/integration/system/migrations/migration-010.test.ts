/**
 * Migration 010 on a store written before it: motions, steps and votes keep what they had, steps
 * become actions of their own, and a step recorded before the upgrade says plainly that it cannot be
 * withdrawn while a later one can.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { getMotionDetail } from '../../../../src-main/congress/motions';
import { replyMotion } from '../../../../src-main/congress/review';
import { getVote } from '../../../../src-main/congress/votes';
import { withdrawLast } from '../../../../src-main/congress/withdraw';
import { migrate, schemaVersion } from '../../../../src-main/db/migrations';
import { CONGRESS_CORRECTIONS_VERSION } from '../../../../src-main/db/migrations/010-congress-corrections';
import type { Db } from '../../../../src-main/db/types';
import { tempDir } from '../../../helpers/store';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function storeBefore010(): Db {
  const t = tempDir();
  const db = new Database(path.join(t.dir, 'union-ledger.db'));
  db.pragma('foreign_keys = ON');
  cleanups.push(() => {
    if (db.open) db.close();
    t.cleanup();
  });
  migrate(db, CONGRESS_CORRECTIONS_VERSION - 1);
  const at = '2026-11-01 08:00:00';
  db.exec(`
    INSERT INTO members (id, name, name_pinyin, name_initials, status, created_at, updated_at) VALUES
      (1, '张老师', 'zhanglaoshi', 'zls', '在册', '${at}', '${at}'), (2, '李老师', 'lilaoshi', 'lls', '在册', '${at}', '${at}');
    INSERT INTO congress_sessions (id, term, meeting, kind, start_date, motion_close, reply_days, created_at, updated_at)
      VALUES (1, 5, 2, '代表大会', '2026-11-20', '2026-11-10', 30, '${at}', '${at}');
    INSERT INTO congress_delegates (id, term, member_id, kind, is_teacher, created_at, updated_at) VALUES
      (1, 5, 1, '正式', 1, '${at}', '${at}'), (2, 5, 2, '正式', 1, '${at}', '${at}');
    INSERT INTO congress_motions (id, session_id, seq, number, title, reasons, proposals, category, proposer_id, submitted_on, state,
      decision, decided_on, lead_unit, deadline, created_at, updated_at)
      VALUES (1, 1, 1, '5-2-001', '关于午餐', '理由', '建议', '后勤保障', 1, '2026-11-05', '办理中', '立案', '2026-11-21', '总务处', '2026-12-21', '${at}', '${at}');
    INSERT INTO congress_motion_steps (motion_id, kind, step_date, recorded_at) VALUES (1, '提交', '2026-11-05', '${at}');
    INSERT INTO congress_motion_steps (motion_id, kind, step_date, decision, lead_unit, deadline, recorded_at)
      VALUES (1, '审查', '2026-11-21', '立案', '总务处', '2026-12-21', '${at}');
    INSERT INTO congress_votes (id, session_id, item, voted_on, method, due, present, votes_for, votes_against, abstain, invalid,
      quorum_needed, pass_needed, result, rule_text, created_at)
      VALUES (1, 1, '绩效工资分配方案', '2026-11-20', '举手表决', 2, 2, 2, 0, 0, 0, 2, 2, '通过', '规则', '${at}');
  `);
  return db;
}

it('brings an older store up to migration 010 and keeps its congress records usable', () => {
  const db = storeBefore010();
  expect(migrate(db)).toContain(CONGRESS_CORRECTIONS_VERSION);
  expect(schemaVersion(db)).toBeGreaterThanOrEqual(CONGRESS_CORRECTIONS_VERSION);
  const before = getMotionDetail(db, 1, '2026-11-25');
  expect(before).toMatchObject({ state: '办理中', deadline: '2026-12-21', originalDeadline: '2026-12-21', withdrawable: null });
  expect(before.steps.map((s) => s.op)).toEqual(before.steps.map((s) => s.id));
  expect(() => withdrawLast(db, { id: 1, withdrawnOn: '2026-11-25', withdrawReason: '误点' })).toThrow(
    '提案 5-2-001 的办理记录登记于本程序升级之前，无法自动撤销；如确需更正，请在备注中说明。',
  );
  // A step recorded after the upgrade can be withdrawn, back to the state the old steps left.
  replyMotion(db, { id: 1, replyText: '已改善', repliedBy: '总务处', repliedOn: '2026-11-28', implementation: '已落实', implementationNote: null });
  expect(withdrawLast(db, { id: 1, withdrawnOn: '2026-11-29', withdrawReason: '答错' })).toMatchObject({ state: '办理中', replyRound: 0 });
  expect(getVote(db, 1)).toMatchObject({ result: '通过', ballotsIssued: null, updatedAt: null, valid: 2 });
  expect(db.pragma('foreign_key_check')).toEqual([]);
});
