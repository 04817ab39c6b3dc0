/**
 * Finding the member a register row means: by resident ID when the row has one, else by name,
 * narrowed by department when two members share the name. Loaded once per check.
 */
import { normalizeName, toHalfWidth, trimAll } from '../../shared/domain/text';
import type { Db } from '../db/types';

export interface KnownMember {
  id: number;
  name: string;
  department: string | null;
  status: string;
}

export type MemberMatch =
  | { kind: 'found'; member: KnownMember }
  | { kind: 'none' }
  | { kind: 'ambiguous'; members: KnownMember[] }
  | { kind: 'id-unknown' };

function deptKey(value: string | null): string {
  return trimAll(toHalfWidth(value ?? '')).replace(/\s+/g, '');
}

export class MemberIndex {
  private readonly byName = new Map<string, KnownMember[]>();
  private readonly byId = new Map<string, KnownMember>();
  readonly byMemberId = new Map<number, KnownMember>();

  constructor(db: Db) {
    const rows = db
      .prepare<[], KnownMember & { id_number: string | null }>('SELECT id, name, department, status, id_number FROM members')
      .all();
    for (const r of rows) {
      const m: KnownMember = { id: r.id, name: r.name, department: r.department, status: r.status };
      const key = normalizeName(r.name);
      const list = this.byName.get(key);
      if (list) list.push(m);
      else this.byName.set(key, [m]);
      if (r.id_number) this.byId.set(r.id_number.toUpperCase(), m);
      this.byMemberId.set(m.id, m);
    }
  }

  find(name: string, department: string, idNumber: string): MemberMatch {
    const id = trimAll(toHalfWidth(idNumber)).toUpperCase();
    if (id !== '') {
      const m = this.byId.get(id);
      return m ? { kind: 'found', member: m } : { kind: 'id-unknown' };
    }
    const all = this.byName.get(normalizeName(name)) ?? [];
    if (all.length === 0) return { kind: 'none' };
    if (all.length === 1) return { kind: 'found', member: all[0]! };
    const dept = deptKey(department);
    const narrowed = dept === '' ? [] : all.filter((m) => deptKey(m.department) === dept);
    if (narrowed.length === 1) return { kind: 'found', member: narrowed[0]! };
    return { kind: 'ambiguous', members: narrowed.length > 1 ? narrowed : all };
  }
}

/** “张伟（语文组）、张伟（数学组）” for a message about a shared name. */
export function describeMembers(members: readonly KnownMember[]): string {
  return members.map((m) => `${m.name}（${m.department ?? '未填部门'}）`).join('、');
}
