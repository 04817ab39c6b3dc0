/**
 * Objections (异议) raised while a notice is posted. A named objection is accepted and must be
 * answered (待处理 → 已办结); an anonymous one is recorded but not formally accepted (匿名未受理),
 * so it never holds up archiving.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { formatDateCn, nowTimestamp, todayIso } from '../../shared/domain/dates';
import type { Objection, objectionInputSchema, objectionUpdateSchema, resolveObjectionSchema } from '../../shared/disclosure/schema';
import type { Db } from '../db/types';
import { getNotice } from './notices';

interface ObjectionRow {
  id: number;
  notice_id: number;
  notice_title: string;
  received_on: string;
  anonymous: number;
  objector_name: string | null;
  objector_contact: string | null;
  content: string;
  handling: string | null;
  result: string | null;
  resolved_on: string | null;
  status: Objection['status'];
  created_at: string;
}

const SELECT = `SELECT o.*, n.title AS notice_title FROM disclosure_objections o JOIN disclosure_notices n ON n.id = o.notice_id`;

function toObjection(r: ObjectionRow): Objection {
  return {
    id: r.id,
    noticeId: r.notice_id,
    noticeTitle: r.notice_title,
    receivedOn: r.received_on,
    anonymous: r.anonymous === 1,
    objectorName: r.objector_name,
    objectorContact: r.objector_contact,
    content: r.content,
    handling: r.handling,
    result: r.result,
    resolvedOn: r.resolved_on,
    status: r.status,
    createdAt: r.created_at,
  };
}

export function listObjectionsOf(db: Db, noticeId: number): Objection[] {
  return db.prepare<[number], ObjectionRow>(`${SELECT} WHERE o.notice_id = ? ORDER BY o.received_on, o.id`).all(noticeId).map(toObjection);
}

export function listPendingObjections(db: Db): Objection[] {
  return db.prepare<[], ObjectionRow>(`${SELECT} WHERE o.status = '待处理' ORDER BY o.received_on, o.id`).all().map(toObjection);
}

export function getObjection(db: Db, id: number): Objection {
  const row = db.prepare<[number], ObjectionRow>(`${SELECT} WHERE o.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该异议记录，可能已被删除。');
  return toObjection(row);
}

/** Objections belong to the posting: not before it starts, not after the period closes. */
function checkReceivedOn(db: Db, noticeId: number, receivedOn: string, today: string): void {
  const notice = getNotice(db, noticeId, today);
  if (notice.storedState !== '已发布') {
    const why = notice.storedState === '草稿' || notice.storedState === '已审核' ? '尚未发布' : `已${notice.storedState.replace('已', '')}`;
    throw new AppError('CONFLICT', `这则公示${why}，不能登记异议。异议只能针对正在公示或已公示的事项。`);
  }
  if (receivedOn < notice.publishDate || receivedOn > notice.endDate) {
    throw new AppError(
      'VALIDATION',
      `收到日期应在公示期内（${formatDateCn(notice.publishDate)}至${formatDateCn(notice.endDate)}）。公示期外收到的意见请按来信来访另行处理。`,
      { objectionReceivedOn: '不在公示期内' },
    );
  }
  if (receivedOn > today) throw new AppError('VALIDATION', '收到日期不能晚于今天。', { objectionReceivedOn: '不能晚于今天' });
}

export function addObjection(db: Db, input: z.output<typeof objectionInputSchema>, today: string = todayIso()): Objection {
  return db.transaction(() => {
    checkReceivedOn(db, input.noticeId, input.objectionReceivedOn, today);
    const now = nowTimestamp();
    const info = db
      .prepare(
        `INSERT INTO disclosure_objections (notice_id, received_on, anonymous, objector_name, objector_contact, content, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.noticeId,
        input.objectionReceivedOn,
        input.anonymous ? 1 : 0,
        input.anonymous ? null : input.objectorName,
        input.objectorContact,
        input.objectionContent,
        input.anonymous ? '匿名未受理' : '待处理',
        now,
        now,
      );
    return getObjection(db, Number(info.lastInsertRowid));
  })();
}

export function updateObjection(db: Db, input: z.output<typeof objectionUpdateSchema>, today: string = todayIso()): Objection {
  return db.transaction(() => {
    const current = getObjection(db, input.id);
    if (current.status === '已办结') throw new AppError('CONFLICT', '这条异议已办结，登记内容不能再修改。');
    if (!input.anonymous && !input.objectorName) {
      throw new AppError('VALIDATION', '实名提出的异议须填写异议人姓名。', { objectorName: '必须填写' });
    }
    checkReceivedOn(db, current.noticeId, input.objectionReceivedOn, today);
    db.prepare(
      `UPDATE disclosure_objections SET received_on = ?, anonymous = ?, objector_name = ?, objector_contact = ?, content = ?,
        status = ?, updated_at = ? WHERE id = ?`,
    ).run(
      input.objectionReceivedOn,
      input.anonymous ? 1 : 0,
      input.anonymous ? null : input.objectorName,
      input.objectorContact,
      input.objectionContent,
      input.anonymous ? '匿名未受理' : '待处理',
      nowTimestamp(),
      input.id,
    );
    return getObjection(db, input.id);
  })();
}

export function resolveObjection(db: Db, input: z.output<typeof resolveObjectionSchema>, today: string = todayIso()): Objection {
  return db.transaction(() => {
    const current = getObjection(db, input.id);
    if (current.status === '匿名未受理') {
      throw new AppError('CONFLICT', '匿名异议不作正式受理，无需办结。如需核实，可在“处理情况”之外另行记录。');
    }
    if (input.objectionResolvedOn < current.receivedOn) {
      throw new AppError('VALIDATION', `办结日期不能早于收到日期（${formatDateCn(current.receivedOn)}）。`, { objectionResolvedOn: '早于收到日期' });
    }
    if (input.objectionResolvedOn > today) throw new AppError('VALIDATION', '办结日期不能晚于今天。', { objectionResolvedOn: '不能晚于今天' });
    const notice = getNotice(db, current.noticeId, today);
    if (notice.storedState === '已归档') throw new AppError('CONFLICT', '公示已归档，异议记录不能再修改。');
    db.prepare(
      `UPDATE disclosure_objections SET handling = ?, result = ?, resolved_on = ?, status = '已办结', updated_at = ? WHERE id = ?`,
    ).run(input.objectionHandling, input.objectionResult, input.objectionResolvedOn, nowTimestamp(), input.id);
    return getObjection(db, input.id);
  })();
}

export function deleteObjection(db: Db, id: number, today: string = todayIso()): void {
  db.transaction(() => {
    const current = getObjection(db, id);
    if (current.status === '已办结') throw new AppError('CONFLICT', '已办结的异议是台账的一部分，不能删除。');
    const notice = getNotice(db, current.noticeId, today);
    if (notice.storedState === '已归档') throw new AppError('CONFLICT', '公示已归档，异议记录不能删除。');
    db.prepare('DELETE FROM disclosure_objections WHERE id = ?').run(id);
  })();
}
