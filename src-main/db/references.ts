/**
 * Finds the rows in other tables that point at a record, by reading the schema's own foreign keys,
 * so a new area's table is covered the moment its migration declares the reference.
 * Tables whose reference cascades (rows owned by the record, like its history) are not counted.
 */
import type { Db } from './types';

/** Chinese names of tables for messages such as “已被 3 条慰问记录引用”. Areas add theirs here. */
export const TABLE_LABELS: Record<string, string> = {
  member_status_history: '会员状态变更记录',
  congress_delegates: '教代会代表',
  welfare_visits: '慰问记录',
  hardship_files: '困难职工档案',
  activity_participants: '活动参加名单',
  honour_members: '评优评先记录',
  dues_payments: '会费收缴记录',
};

export interface Reference {
  table: string;
  label: string;
  count: number;
}

interface ForeignKeyRow {
  from: string;
  on_delete: string;
}

export function findReferences(db: Db, targetTable: string, id: number): Reference[] {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all();
  const found: Reference[] = [];
  for (const { name } of tables) {
    const keys = db
      .prepare<[string, string], ForeignKeyRow>('SELECT "from", on_delete FROM pragma_foreign_key_list(?) WHERE "table" = ?')
      .all(name, targetTable);
    for (const key of keys) {
      if (key.on_delete.toUpperCase() === 'CASCADE') continue;
      // Identifiers come from sqlite_master, never from user input; the id is a bound parameter.
      const sql = `SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}" WHERE "${key.from.replace(/"/g, '""')}" = ?`;
      const { n } = db.prepare<[number], { n: number }>(sql).get(id)!;
      if (n > 0) found.push({ table: name, label: TABLE_LABELS[name] ?? '其他记录', count: n });
    }
  }
  return found;
}
