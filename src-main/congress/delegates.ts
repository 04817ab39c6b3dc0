/**
 * Delegates of a term (本届代表): chosen from members, grouped in delegations, with the teacher share.
 * A delegate who leaves keeps the row (left_on); the one who takes the seat points back at it.
 */
import { AppError } from '../../shared/api/errors';
import { chineseNumber, guessIsTeacher, isCadre, percentOf, teacherShare } from '../../shared/congress/rules';
import type { Delegate, DelegateCandidate, DelegateData, DelegateList } from '../../shared/congress/schema';
import type { z } from 'zod';
import type { delegateBulkSchema, delegateLeaveSchema, delegateUpdateSchema } from '../../shared/congress/schema';
import { nowTimestamp } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { compareNumberedNames } from '../../shared/domain/chinese-numerals';
import { getCongressSettings } from './settings';

type UpdateData = z.output<typeof delegateUpdateSchema>;
type LeaveData = z.output<typeof delegateLeaveSchema>;
type BulkData = z.output<typeof delegateBulkSchema>;

interface DelegateRow {
  id: number;
  term: number;
  member_id: number;
  name: string;
  department: string | null;
  delegation: string | null;
  kind: Delegate['kind'];
  is_teacher: number;
  elected_on: string | null;
  left_on: string | null;
  left_reason: string | null;
  replaces_id: number | null;
  replaces_name: string | null;
  replaced_by_name: string | null;
  notes: string | null;
  motion_count: number;
  gender: string | null;
  position: string | null;
  delegation_order: number | null;
}

const SELECT = `SELECT d.id, d.term, d.member_id, m.name, m.department, d.delegation, d.kind, d.is_teacher, d.elected_on,
  d.left_on, d.left_reason, d.replaces_id, d.notes, m.gender, m.position,
  (SELECT min(x.id) FROM congress_delegates x WHERE x.term = d.term AND x.delegation = d.delegation) AS delegation_order,
  (SELECT pm.name FROM congress_delegates p JOIN members pm ON pm.id = p.member_id WHERE p.id = d.replaces_id) AS replaces_name,
  (SELECT nm.name FROM congress_delegates n JOIN members nm ON nm.id = n.member_id WHERE n.replaces_id = d.id) AS replaced_by_name,
  (SELECT count(*) FROM congress_motions x WHERE x.proposer_id = d.id) AS motion_count
  FROM congress_delegates d JOIN members m ON m.id = d.member_id`;

function toDelegate(r: DelegateRow): Delegate {
  return {
    id: r.id,
    term: r.term,
    memberId: r.member_id,
    name: r.name,
    department: r.department,
    delegation: r.delegation,
    kind: r.kind,
    isTeacher: r.is_teacher === 1,
    electedOn: r.elected_on,
    leftOn: r.left_on,
    leftReason: r.left_reason,
    replacesId: r.replaces_id,
    replacesName: r.replaces_name,
    replacedByName: r.replaced_by_name,
    notes: r.notes,
    motionCount: r.motion_count,
    gender: r.gender,
    position: r.position,
    cadre: isCadre(r.position),
  };
}

export function getDelegate(db: Db, id: number): Delegate {
  const row = db.prepare<[number], DelegateRow>(`${SELECT} WHERE d.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该代表，可能已被删除。');
  return toDelegate(row);
}

export function listDelegates(db: Db, term: number): DelegateList {
  const raw = db
    .prepare<[number], DelegateRow>(
      `${SELECT} WHERE d.term = ? ORDER BY d.left_on IS NOT NULL, d.delegation IS NULL, delegation_order, d.kind, m.name_pinyin, d.id`,
    )
    .all(term);
  const rows = raw
    .map(toDelegate)
    // Delegations by their number (第一, 第二 … 第十), which SQL's text order gets wrong; the sort
    // is stable, so the order within a delegation stays SQL's.
    .sort((a, b) => Number(a.leftOn !== null) - Number(b.leftOn !== null) || compareNumberedNames(a.delegation, b.delegation));
  const delegations: DelegateList['delegations'] = [];
  for (const r of raw) {
    if (r.left_on !== null || r.delegation === null) continue;
    let entry = delegations.find((x) => x.name === r.delegation);
    if (!entry) delegations.push((entry = { name: r.delegation, count: 0, voting: 0 }));
    entry.count++;
    if (r.kind === '正式') entry.voting++;
  }
  delegations.sort((a, b) => compareNumberedNames(a.name, b.name));
  const voting = rows.filter((d) => d.leftOn === null && d.kind === '正式');
  const teachers = voting.filter((d) => d.isTeacher).length;
  const settings = getCongressSettings(db);
  const share = teacherShare(teachers, voting.length, settings.teacherSharePercent);
  const women = voting.filter((d) => d.gender === '女').length;
  const cadres = voting.filter((d) => d.cadre).length;
  return {
    rows,
    votingCount: voting.length,
    teacherCount: teachers,
    teacherPercent: share.percent,
    teacherShareMin: settings.teacherSharePercent,
    teacherShareOk: share.ok,
    womenCount: women,
    womenPercent: percentOf(women, voting.length),
    womenShareMin: settings.womenSharePercent,
    womenShareOk: voting.length > 0 && women * 100 >= voting.length * settings.womenSharePercent,
    cadreCount: cadres,
    cadrePercent: percentOf(cadres, voting.length),
    cadreShareMax: settings.cadreSharePercent,
    cadreShareOk: cadres * 100 <= voting.length * settings.cadreSharePercent,
    delegations,
  };
}

function memberName(db: Db, memberId: number): { name: string; status: string } {
  const m = db.prepare<[number], { name: string; status: string }>('SELECT name, status FROM members WHERE id = ?').get(memberId);
  if (!m) throw new AppError('NOT_FOUND', '找不到所选会员，可能已被删除。', { memberId: '会员不存在' });
  return m;
}

function assertSeatFree(db: Db, term: number, memberId: number, name: string): void {
  const seat = db
    .prepare<[number, number], { id: number }>('SELECT id FROM congress_delegates WHERE term = ? AND member_id = ? AND left_on IS NULL')
    .get(term, memberId);
  if (seat) throw new AppError('CONFLICT', `${name} 已是第${chineseNumber(term)}届代表，不能重复添加。`, { memberId: '已是本届代表' });
}

const INSERT = `INSERT INTO congress_delegates (term, member_id, delegation, kind, is_teacher, elected_on, replaces_id, notes, created_at, updated_at)
  VALUES (@term, @memberId, @delegation, @delegateKind, @isTeacher, @electedOn, @replacesId, @delegateNotes, @now, @now)`;

function insertDelegate(db: Db, data: DelegateData, replacesId: number | null): number {
  const member = memberName(db, data.memberId);
  if (member.status !== '在册') {
    throw new AppError('VALIDATION', `${member.name} 的会员状态是“${member.status}”，只有在册会员才能当选代表。`, { memberId: '不是在册会员' });
  }
  assertSeatFree(db, data.term, data.memberId, member.name);
  const info = db.prepare(INSERT).run({ ...data, isTeacher: data.isTeacher ? 1 : 0, replacesId, now: nowTimestamp() });
  return Number(info.lastInsertRowid);
}

export function addDelegate(db: Db, data: DelegateData): Delegate {
  return db.transaction(() => getDelegate(db, insertDelegate(db, data, null)))();
}

/** Members on the roll who hold no seat of the term yet, with the defaults of the bulk form. */
export function delegateCandidates(db: Db, term: number, department?: string): DelegateCandidate[] {
  const dept = department?.trim() || null;
  return db
    .prepare<{ term: number; dept: string | null }, { id: number; name: string; gender: string | null; department: string | null; title: string | null; position: string | null }>(
      `SELECT m.id, m.name, m.gender, m.department, m.title, m.position FROM members m
       WHERE m.status = '在册' AND (@dept IS NULL OR m.department = @dept)
         AND NOT EXISTS (SELECT 1 FROM congress_delegates d WHERE d.term = @term AND d.member_id = m.id AND d.left_on IS NULL)
       ORDER BY m.department IS NULL, m.department, m.name_pinyin, m.id`,
    )
    .all({ term, dept })
    .map((m) => ({
      memberId: m.id,
      name: m.name,
      gender: m.gender,
      department: m.department,
      title: m.title,
      position: m.position,
      isTeacherGuess: guessIsTeacher(m.department, m.title, m.position),
      cadre: isCadre(m.position),
    }));
}

/** Adds many delegates at once, all or none: one member who cannot be added stops the whole batch. */
export function addDelegates(db: Db, data: BulkData): { added: number } {
  return db.transaction(() => {
    if (new Set(data.memberIds).size !== data.memberIds.length) {
      throw new AppError('VALIDATION', '所选会员中有重复的人。', { memberIds: '有重复' });
    }
    const teachers = new Set(data.teacherMemberIds);
    for (const memberId of data.memberIds) {
      insertDelegate(
        db,
        {
          term: data.term,
          memberId,
          delegation: data.delegation,
          delegateKind: data.delegateKind,
          isTeacher: teachers.has(memberId),
          electedOn: data.electedOn,
          delegateNotes: null,
        },
        null,
      );
    }
    return { added: data.memberIds.length };
  })();
}

export function updateDelegate(db: Db, data: UpdateData): Delegate {
  return db.transaction(() => {
    getDelegate(db, data.id);
    db.prepare(
      `UPDATE congress_delegates SET delegation = @delegation, kind = @delegateKind, is_teacher = @isTeacher, elected_on = @electedOn,
       notes = @delegateNotes, updated_at = @now WHERE id = @id`,
    ).run({ ...data, isTeacher: data.isTeacher ? 1 : 0, now: nowTimestamp() });
    return getDelegate(db, data.id);
  })();
}

/** A delegate leaves (调离, 退休…); a replacement, if named, takes the same delegation and kind. */
export function leaveDelegate(db: Db, data: LeaveData): Delegate {
  return db.transaction(() => {
    const d = getDelegate(db, data.id);
    if (d.leftOn) throw new AppError('CONFLICT', `${d.name} 已于 ${d.leftOn} 离任。`);
    if (d.electedOn && data.leftOn < d.electedOn) {
      throw new AppError('VALIDATION', '离任日期不能早于当选日期。', { leftOn: '早于当选日期' });
    }
    db.prepare('UPDATE congress_delegates SET left_on = ?, left_reason = ?, updated_at = ? WHERE id = ?').run(
      data.leftOn,
      data.leftReason,
      nowTimestamp(),
      d.id,
    );
    if (data.replacementMemberId !== null) {
      const newId = insertDelegate(
        db,
        {
          term: d.term,
          memberId: data.replacementMemberId,
          delegation: d.delegation,
          delegateKind: d.kind,
          isTeacher: data.replacementIsTeacher ?? d.isTeacher,
          electedOn: data.leftOn,
          delegateNotes: null,
        },
        d.id,
      );
      return getDelegate(db, newId);
    }
    return getDelegate(db, d.id);
  })();
}

export function deleteDelegate(db: Db, id: number): void {
  db.transaction(() => {
    const d = getDelegate(db, id);
    const uses = db
      .prepare<[number, number, number, number], { proposed: number; cosigned: number; attended: number; successors: number }>(
        `SELECT (SELECT count(*) FROM congress_motions WHERE proposer_id = ?) AS proposed,
                (SELECT count(*) FROM congress_motion_cosigners WHERE delegate_id = ?) AS cosigned,
                (SELECT count(*) FROM congress_vote_attendance WHERE delegate_id = ?) AS attended,
                (SELECT count(*) FROM congress_delegates WHERE replaces_id = ?) AS successors`,
      )
      .get(id, id, id, id)!;
    const parts: string[] = [];
    if (uses.proposed) parts.push(`提出了 ${uses.proposed} 件提案`);
    if (uses.cosigned) parts.push(`附议了 ${uses.cosigned} 件提案`);
    if (uses.attended) parts.push(`参加了 ${uses.attended} 项票决`);
    if (uses.successors) parts.push('已有递补代表接替其席位');
    if (parts.length) {
      throw new AppError(
        'IN_USE',
        `代表 ${d.name} ${parts.join('、')}，不能删除，否则这些记录将无从查考。如该代表已离开，请使用“离任/替换”，记录会保留。`,
      );
    }
    db.prepare('DELETE FROM congress_delegates WHERE id = ?').run(id);
  })();
}
