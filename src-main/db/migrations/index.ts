/**
 * The ordered list of schema migrations. PRAGMA user_version holds the number of the last one
 * applied; each runs in its own transaction together with the version bump.
 */
import { AppError } from '../../../shared/api/errors';
import type { Db, Migration } from '../types';
import { migration001 } from './001-members-settings';
import { migration002 } from './002-roster';
import { migration003 } from './003-congress';
import { migration004 } from './004-disclosure';
import { migration005 } from './005-welfare';
import { migration006 } from './006-member-search';
import { migration007 } from './007-office-order';
import { migration008 } from './008-import-batches';
import { migration009 } from './009-report-indexes';
import { migration010 } from './010-congress-corrections';
import { migration011 } from './011-activities';
import { migration012 } from './012-honours';
import { migration013 } from './013-dues-rubric';
import { migration014 } from './014-district';
import { migration015 } from './015-import-updates';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015];

export const LATEST_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the store up to `target` (default: latest). Returns the versions applied. */
export function migrate(db: Db, target: number = LATEST_VERSION): number[] {
  MIGRATIONS.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration list out of order at ${m.version}`);
  });
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new AppError(
      'STORE_BROKEN',
      `数据文件由更新版本的工会台账创建（数据结构版本 ${current}，本程序支持到 ${LATEST_VERSION}），请升级程序后再打开。`,
    );
  }
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
