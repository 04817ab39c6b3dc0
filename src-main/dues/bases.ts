/** 缴费基数: each member's monthly salary base for a year; null clears it. All rows in one transaction. */
import { AppError } from '../../shared/api/errors';
import { nowTimestamp } from '../../shared/domain/dates';
import type { Db } from '../db/types';

export function setBases(db: Db, year: number, items: { memberId: number; baseFen: number | null }[]): { saved: number; cleared: number } {
  return db.transaction(() => {
    const exists = db.prepare<[number], { id: number }>('SELECT id FROM members WHERE id = ?');
    const upsert = db.prepare(
      `INSERT INTO dues_bases (member_id, year, base_fen, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (member_id, year) DO UPDATE SET base_fen = excluded.base_fen, updated_at = excluded.updated_at`,
    );
    const clear = db.prepare('DELETE FROM dues_bases WHERE member_id = ? AND year = ?');
    const now = nowTimestamp();
    let saved = 0;
    let cleared = 0;
    for (const item of items) {
      if (!exists.get(item.memberId)) throw new AppError('NOT_FOUND', `会员（编号 ${item.memberId}）不存在，可能已被删除；未保存任何基数`);
      if (item.baseFen === null) cleared += clear.run(item.memberId, year).changes;
      else {
        upsert.run(item.memberId, year, item.baseFen, now);
        saved++;
      }
    }
    return { saved, cleared };
  })();
}

export function copyBases(db: Db, year: number): { saved: number; cleared: number } {
  const info = db
    .prepare(
      `INSERT INTO dues_bases (member_id, year, base_fen, updated_at)
       SELECT member_id, @year, base_fen, @now FROM dues_bases WHERE year = @year - 1 AND true
       ON CONFLICT (member_id, year) DO NOTHING`,
    )
    .run({ year, now: nowTimestamp() });
  if (info.changes === 0 && !db.prepare<[number], { n: number }>('SELECT 1 AS n FROM dues_bases WHERE year = ? LIMIT 1').get(year - 1)) {
    throw new AppError('NOT_FOUND', `${year - 1} 年没有填写缴费基数，无法沿用`);
  }
  return { saved: info.changes, cleared: 0 };
}
