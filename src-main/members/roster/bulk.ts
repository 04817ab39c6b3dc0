/**
 * Large imports: the work the members table's insert triggers do row by row, done once.
 */
import type { Db } from '../../db/types';

/** Below this many new members the per-row triggers are cheaper than the set-wide statements. */
const BULK_FROM = 500;
const SEARCH_TRIGGER = 'members_search_insert';
const ORDER_TRIGGER = 'members_department_order_insert';

function triggerSql(db: Db, name: string): string | null {
  return db.prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name)?.sql ?? null;
}

/**
 * New departments of the members inserted after `lastIdBefore` get the next positions in the order
 * they first appear, and each new member its department's position: what migration 007's insert
 * trigger does for one row at a time.
 */
function rankNewMembers(db: Db, lastIdBefore: number): void {
  const top = db.prepare<[], { n: number }>('SELECT coalesce(max(position), 0) AS n FROM department_order').get()!.n;
  db.prepare(
    `INSERT INTO department_order (name, position)
     SELECT department, @top + row_number() OVER (ORDER BY min(id)) FROM members
     WHERE id > @last AND department IS NOT NULL AND department NOT IN (SELECT name FROM department_order)
     GROUP BY department`,
  ).run({ top, last: lastIdBefore });
  db.prepare(
    `UPDATE members SET department_rank = (SELECT position FROM department_order WHERE name = members.department)
     WHERE id > ? AND department IS NOT NULL`,
  ).run(lastIdBefore);
}

/**
 * Runs the inserts of a large import with the members table's two insert triggers set aside and
 * their work done once at the end: the search index (migration 006's trigram FTS table) rebuilt,
 * and the new members' department positions (migration 007) set in one statement each. For
 * 50,000 new members the triggers cost seconds; the statements a fraction of one. The triggers'
 * own SQL is read from the schema and put back unchanged, inside the caller's transaction, so a
 * failure restores them with everything else. Outside a transaction, for a small import, or on a
 * store without them, the inserts run as they are.
 */
export function withInsertTriggersDeferred<T>(db: Db, newMembers: number, run: () => T): T {
  const search = triggerSql(db, SEARCH_TRIGGER);
  const order = triggerSql(db, ORDER_TRIGGER);
  const index = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'member_search'").get()!;
  if (!db.inTransaction || newMembers < BULK_FROM || !search || !order || index.n === 0) return run();
  const lastIdBefore = db.prepare<[], { n: number }>('SELECT coalesce(max(id), 0) AS n FROM members').get()!.n;
  db.exec(`DROP TRIGGER ${SEARCH_TRIGGER}`);
  db.exec(`DROP TRIGGER ${ORDER_TRIGGER}`);
  const result = run();
  rankNewMembers(db, lastIdBefore);
  db.exec("INSERT INTO member_search (member_search) VALUES ('rebuild')");
  db.exec(search);
  db.exec(order);
  return result;
}
