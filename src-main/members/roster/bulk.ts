/**
 * Writing the members of one import. insertMember and updateMember prepare their statements and
 * read the row back on every call (about 0.4 ms a member), which is right for a form and too slow
 * for 50,000 rows; here each statement is prepared once per import. The rules are the member
 * service's own: applyIdDerivations and the pinyin keys. An ID already in the store cannot slip
 * through: planRows matched it to that member, and the column's UNIQUE constraint would abort the
 * whole transaction if it did.
 */
import type { MemberData } from '../../../shared/members/schema';
import type { Db } from '../../db/types';
import { pinyinKeys } from '../pinyin';
import { applyIdDerivations } from '../service';

const INSERT = `INSERT INTO members (name, name_pinyin, name_initials, gender, ethnicity, birth_date, id_number,
  political_status, education, title, department, position, phone, employment_type, join_date, status, notes,
  created_at, updated_at)
  VALUES (@name, @namePinyin, @nameInitials, @gender, @ethnicity, @birthDate, @idNumber, @politicalStatus,
  @education, @title, @department, @position, @phone, @employmentType, @joinDate, '在册', @notes, @now, @now)`;

const UPDATE = `UPDATE members SET name = @name, name_pinyin = @namePinyin, name_initials = @nameInitials,
  gender = @gender, ethnicity = @ethnicity, birth_date = @birthDate, id_number = @idNumber,
  political_status = @politicalStatus, education = @education, title = @title, department = @department,
  position = @position, phone = @phone, employment_type = @employmentType, join_date = @joinDate,
  notes = @notes, updated_at = @now WHERE id = @id`;

export interface MemberWriter {
  /** Returns the new member's id. */
  insert(data: MemberData): number;
  /** Returns the data as stored (after the ID's derivations). */
  update(id: number, data: MemberData): MemberData;
}

export function memberWriter(db: Db, now: string): MemberWriter {
  const insert = db.prepare(INSERT);
  const update = db.prepare(UPDATE);
  const bind = (data: MemberData) => {
    const keys = pinyinKeys(data.name);
    return { ...data, namePinyin: keys.full, nameInitials: keys.initials, now };
  };
  return {
    insert: (input) => Number(insert.run(bind(applyIdDerivations(input))).lastInsertRowid),
    update: (id, input) => {
      const data = applyIdDerivations(input);
      update.run({ ...bind(data), id });
      return data;
    },
  };
}

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
