/**
 * The school's department order (设置 → 部门顺序). One rule for every list: SQL sorts a department
 * column with `departmentOrderBy`, JavaScript with `departmentComparator`, both reading the
 * department_order table (migration 007): the user's order, departments it does not know after the
 * known ones by name, empty last.
 */
import { pinyin } from 'pinyin-pro';
import { AppError } from '../../shared/api/errors';
import type { DepartmentOrderView } from '../../shared/settings/department-order';
import type { Db } from '../db/types';

/** Sorts past every real position: departments not (yet) in the table come after the known ones. */
const UNKNOWN = 1_000_000_000;

/**
 * ORDER BY terms for a department column (a column name written in code, never user input):
 * empty last, then the school's order, then the name for departments the table does not hold.
 */
export function departmentOrderBy(column: string): string {
  return `${column} IS NULL, ${departmentRank(column)}, ${column}`;
}

/** The position alone, for callers that add their own direction. */
export function departmentRank(column: string): string {
  return `coalesce((SELECT position FROM department_order WHERE name = ${column}), ${UNKNOWN})`;
}

/** The same rule for rows already in memory (chart data, grouped sheets). */
export function departmentComparator(db: Db): (a: string | null, b: string | null) => number {
  const rank = new Map(
    db
      .prepare<[], { name: string; position: number }>('SELECT name, position FROM department_order')
      .all()
      .map((r) => [r.name, r.position]),
  );
  return (a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    const d = (rank.get(a) ?? UNKNOWN) - (rank.get(b) ?? UNKNOWN);
    return d !== 0 ? d : a < b ? -1 : 1;
  };
}

/** The departments in use (on a member), in the school's order, with how many members each has. */
export function getDepartmentOrder(db: Db): DepartmentOrderView {
  const rows = db
    .prepare<[], { name: string; memberCount: number }>(
      `SELECT m.department AS name, count(*) AS memberCount FROM members m
       WHERE m.department IS NOT NULL GROUP BY m.department ORDER BY ${departmentOrderBy('m.department')}`,
    )
    .all();
  return { departments: rows };
}

function pinyinKey(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').toLowerCase();
}

/** The departments in use sorted by their pinyin (按拼音排序), for the page to show before saving. */
export function departmentsByPinyin(db: Db): string[] {
  return getDepartmentOrder(db)
    .departments.map((d) => ({ name: d.name, key: pinyinKey(d.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.name < b.name ? -1 : 1))
    .map((d) => d.name);
}

/** The order the roster listed them: first appearance among the members (lowest id). */
export function departmentsInRosterOrder(db: Db): string[] {
  return db
    .prepare<[], { name: string }>(
      'SELECT department AS name FROM members WHERE department IS NOT NULL GROUP BY department ORDER BY min(id)',
    )
    .all()
    .map((r) => r.name);
}

/**
 * Saves the order: the names given take positions 1…n; departments not named (no longer in use, or
 * added meanwhile by another window) keep their relative order after them. One transaction.
 */
export function setDepartmentOrder(db: Db, names: readonly string[]): DepartmentOrderView {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new AppError('VALIDATION', `部门“${name}”在顺序中出现了两次。`, { orderedDepartments: '部门重复' });
    seen.add(name);
  }
  db.transaction(() => {
    const rest = db
      .prepare<[], { name: string }>('SELECT name FROM department_order ORDER BY position')
      .all()
      .map((r) => r.name)
      .filter((n) => !seen.has(n));
    db.prepare('DELETE FROM department_order').run();
    const insert = db.prepare('INSERT INTO department_order (name, position) VALUES (?, ?)');
    [...names, ...rest].forEach((name, i) => insert.run(name, i + 1));
    db.prepare('UPDATE members SET department_rank = (SELECT position FROM department_order WHERE name = members.department) WHERE department IS NOT NULL').run();
  })();
  return getDepartmentOrder(db);
}
