/**
 * Board issues (校务公开栏 第N期): a numbered group of notices printed together. Numbers run per
 * year of the issue date.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import type { Issue, issueInputSchema } from '../../shared/disclosure/schema';
import type { Db } from '../db/types';
import { NOTICE_SELECT, rowToNotice, type NoticeRow } from './notices';

type IssueData = z.output<typeof issueInputSchema>;

interface IssueRow {
  id: number;
  number: number;
  year: number;
  issue_date: string;
  created_at: string;
  updated_at: string;
}

function noticesOf(db: Db, issueId: number, today: string) {
  return db
    .prepare<{ issueId: number; today: string }, NoticeRow>(
      `${NOTICE_SELECT} JOIN disclosure_issue_notices x ON x.notice_id = n.id WHERE x.issue_id = @issueId ORDER BY x.position`,
    )
    .all({ issueId, today })
    .map(rowToNotice);
}

function toIssue(db: Db, r: IssueRow, today: string): Issue {
  return {
    id: r.id,
    number: r.number,
    year: r.year,
    issueDate: r.issue_date,
    notices: noticesOf(db, r.id, today),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getIssue(db: Db, id: number, today: string = todayIso()): Issue {
  const row = db.prepare<[number], IssueRow>('SELECT * FROM disclosure_issues WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到这一期校务公开栏，可能已被删除。');
  return toIssue(db, row, today);
}

export function listIssues(db: Db, today: string = todayIso()): Issue[] {
  return db
    .prepare<[], IssueRow>('SELECT * FROM disclosure_issues ORDER BY year DESC, number DESC')
    .all()
    .map((r) => toIssue(db, r, today));
}

export function nextIssueNumber(db: Db, year: number): number {
  return db.prepare<[number], { n: number }>('SELECT coalesce(max(number), 0) + 1 AS n FROM disclosure_issues WHERE year = ?').get(year)!.n;
}

function check(db: Db, data: IssueData, exceptId: number | null, today: string): void {
  if (data.noticeIds.length === 0) {
    throw new AppError('VALIDATION', '这一期校务公开栏还没有选择任何公示，至少要放一则。', { noticeIds: '至少选择一则公示' });
  }
  if (new Set(data.noticeIds).size !== data.noticeIds.length) {
    throw new AppError('VALIDATION', '同一则公示在这一期中出现了两次。', { noticeIds: '有重复的公示' });
  }
  const year = Number(data.issueDate.slice(0, 4));
  const clash = db
    .prepare<[number, number], { id: number }>('SELECT id FROM disclosure_issues WHERE year = ? AND number = ?')
    .get(year, data.issueNumber);
  if (clash && clash.id !== exceptId) {
    throw new AppError('CONFLICT', `${year}年第${data.issueNumber}期已经存在，请换一个期号（建议用第${nextIssueNumber(db, year)}期）。`, {
      issueNumber: '期号已被使用',
    });
  }
  for (const id of data.noticeIds) {
    const row = db.prepare<{ id: number; today: string }, NoticeRow>(`${NOTICE_SELECT} WHERE n.id = @id`).get({ id, today });
    if (!row) throw new AppError('NOT_FOUND', '所选的公示中有一则已被删除，请刷新后重新选择。');
    if (row.state === '草稿') {
      throw new AppError('VALIDATION', `“${row.title}”还是草稿，须经审核后才能上公示栏。`, { noticeIds: '含未审核的公示' });
    }
    if (row.state === '已撤回') {
      throw new AppError('VALIDATION', `“${row.title}”已撤回，不能再上公示栏。`, { noticeIds: '含已撤回的公示' });
    }
  }
}

function writeNotices(db: Db, issueId: number, noticeIds: number[]): void {
  db.prepare('DELETE FROM disclosure_issue_notices WHERE issue_id = ?').run(issueId);
  const insert = db.prepare('INSERT INTO disclosure_issue_notices (issue_id, notice_id, position) VALUES (?, ?, ?)');
  noticeIds.forEach((id, i) => insert.run(issueId, id, i + 1));
}

export function createIssue(db: Db, data: IssueData, today: string = todayIso()): Issue {
  return db.transaction(() => {
    check(db, data, null, today);
    const now = nowTimestamp();
    const info = db
      .prepare('INSERT INTO disclosure_issues (number, year, issue_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(data.issueNumber, Number(data.issueDate.slice(0, 4)), data.issueDate, now, now);
    const id = Number(info.lastInsertRowid);
    writeNotices(db, id, data.noticeIds);
    return getIssue(db, id, today);
  })();
}

export function updateIssue(db: Db, id: number, data: IssueData, today: string = todayIso()): Issue {
  return db.transaction(() => {
    getIssue(db, id, today);
    check(db, data, id, today);
    db.prepare('UPDATE disclosure_issues SET number = ?, year = ?, issue_date = ?, updated_at = ? WHERE id = ?').run(
      data.issueNumber,
      Number(data.issueDate.slice(0, 4)),
      data.issueDate,
      nowTimestamp(),
      id,
    );
    writeNotices(db, id, data.noticeIds);
    return getIssue(db, id, today);
  })();
}

export function deleteIssue(db: Db, id: number): void {
  db.transaction(() => {
    getIssue(db, id);
    db.prepare('DELETE FROM disclosure_issues WHERE id = ?').run(id);
  })();
}
