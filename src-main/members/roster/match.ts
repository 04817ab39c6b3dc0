/**
 * Which rows of an import are new members and which update members already in the store: the same
 * ID number, or (without one) the same name and birth date. Updates only fill in what the file
 * has: an empty cell never erases what the store knows.
 */
import type { Member, MemberData } from '../../../shared/members/schema';
import { IMPORT_FIELDS } from '../../../shared/members/roster/fields';
import type { FieldChange } from '../../../shared/members/roster/schema';
import type { Db } from '../../db/types';
import { rowToMember } from '../service';

/** What a checked line does to the roll. */
export type MemberPlan =
  | { action: 'create' }
  | { action: 'unchanged'; member: Member }
  /** `data`: the member's data after the import, the store's values overlaid with the file's. */
  | { action: 'update'; member: Member; data: MemberData; changes: FieldChange[] };

type MemberRow = Parameters<typeof rowToMember>[0];

export interface MemberIndex {
  byId: Map<string, Member>;
  byNameBirth: Map<string, Member[]>;
  /** Members with neither ID nor birth date, by name: a row as bare can only be told by its name. */
  bareByName: Map<string, Member[]>;
}

function nameBirthKey(name: string, birthDate: string | null): string | null {
  return birthDate ? `${name}\u0000${birthDate}` : null;
}

export function loadMemberIndex(db: Db): MemberIndex {
  const byId = new Map<string, Member>();
  const byNameBirth = new Map<string, Member[]>();
  const bareByName = new Map<string, Member[]>();
  for (const row of db.prepare<[], MemberRow>('SELECT * FROM members').iterate()) {
    const m = rowToMember(row);
    if (m.idNumber) byId.set(m.idNumber, m);
    const key = nameBirthKey(m.name, m.birthDate);
    if (key) {
      const list = byNameBirth.get(key);
      if (list) list.push(m);
      else byNameBirth.set(key, [m]);
    } else if (!m.idNumber) {
      const list = bareByName.get(m.name);
      if (list) list.push(m);
      else bareByName.set(m.name, [m]);
    }
  }
  return { byId, byNameBirth, bareByName };
}

export function memberData(member: Member): MemberData {
  const data = {} as Record<string, unknown>;
  for (const field of IMPORT_FIELDS) data[field] = member[field];
  return data as MemberData;
}

function findMatch(index: MemberIndex, data: MemberData): Member | null {
  if (data.idNumber) {
    const byId = index.byId.get(data.idNumber);
    if (byId) return byId;
  }
  const key = nameBirthKey(data.name, data.birthDate);
  if (!key) {
    // Neither ID nor birth date on either side: re-importing such a member must not add them twice.
    const bare = data.idNumber ? [] : (index.bareByName.get(data.name) ?? []);
    return bare.length === 1 ? bare[0]! : null;
  }
  // A name and birth date shared by two members says nothing about which one is meant.
  const candidates = (index.byNameBirth.get(key) ?? []).filter((m) => !data.idNumber || !m.idNumber);
  return candidates.length === 1 ? candidates[0]! : null;
}

export function planMember(index: MemberIndex, data: MemberData): MemberPlan {
  const member = findMatch(index, data);
  if (!member) return { action: 'create' };
  const before = memberData(member);
  const after = { ...before } as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of IMPORT_FIELDS) {
    const value = data[field];
    if (value === null || value === before[field]) continue;
    after[field] = value;
    changes.push({ field, from: before[field], to: value });
  }
  return changes.length ? { action: 'update', member, data: after as MemberData, changes } : { action: 'unchanged', member };
}
