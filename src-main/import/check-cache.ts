/**
 * The last dry run's checked rows, kept so that committing the same rows right after does not
 * check every row again (50,000 visits took seconds to check twice). A commit reuses them only
 * when nothing that checking reads has changed in between:
 *   - the same record set, options, headers, mapping and rows (a hash of the whole input: any fix
 *     made in the review grid changes it);
 *   - the same store: PRAGMA data_version moves when another connection commits, total_changes()
 *     when this one writes anything (even in a transaction rolled back since);
 *   - the same day (a visit dated today is in the future yesterday).
 * One entry per connection, taken by the commit that uses it; anything else checks again.
 */
import { createHash } from 'node:crypto';
import { todayIso } from '../../shared/domain/dates';
import type { Db } from '../db/types';

interface Entry<T> {
  key: string;
  stamp: string;
  value: T;
}

const last = new WeakMap<Db, Entry<unknown>>();

/** The input's fingerprint: what was checked, not the commit's own fields (file name, skipInvalid). */
export function checkKey(input: { set: string; options: unknown; headers: unknown; mapping: unknown; rows: unknown }): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([input.set, input.options, input.headers, input.mapping]));
  hash.update(JSON.stringify(input.rows));
  return hash.digest('hex');
}

function storeStamp(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()!.n;
  return `${version}:${changes}:${todayIso()}`;
}

export function rememberCheck<T>(db: Db, key: string, value: T): void {
  last.set(db, { key, stamp: storeStamp(db), value });
}

/** The remembered check of exactly this input, if the store has not changed since; used once. */
export function takeCheck<T>(db: Db, key: string): T | null {
  const entry = last.get(db);
  last.delete(db);
  if (!entry || entry.key !== key || entry.stamp !== storeStamp(db)) return null;
  return entry.value as T;
}
