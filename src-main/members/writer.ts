/**
 * The one place member rows are written. A writer prepares its statements once, so an import of
 * 50,000 rows pays for them once; a form's single save makes a writer for one call. Every write
 * applies the ID's derivations (gender, birth date) and stores the name's pinyin keys.
 */
import type { MemberData } from '../../shared/members/schema';
import type { Db } from '../db/types';
import { applyIdDerivations } from './id-derivations';
import { pinyinKeys } from './pinyin';

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
