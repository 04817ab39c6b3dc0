/**
 * Small helpers for building SQL with parameters, written once so every area builds its filters
 * the same way (values always travel as named parameters, never spliced into the text).
 */

/** A list of AND-ed conditions and the named parameters they use. */
export interface Where<V extends string | number = string | number> {
  clauses: string[];
  params: Record<string, V>;
}

/** Escapes `\`, `%` and `_` for a LIKE pattern written with `ESCAPE '\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Adds `column IN (@prefix0, @prefix1, …)` with one named parameter per value; nothing when the
 * list is empty or missing (no filter).
 */
export function inList(where: Where, column: string, prefix: string, values: readonly string[] | undefined): void {
  if (!values || values.length === 0) return;
  const names = values.map((v, i) => {
    where.params[`${prefix}${i}`] = v;
    return `@${prefix}${i}`;
  });
  where.clauses.push(`${column} IN (${names.join(', ')})`);
}

/** `WHERE a AND b …`, or nothing when there are no conditions. */
export function whereClause(clauses: readonly string[]): string {
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

/** The `code` of an error thrown by better-sqlite3 or Node (`SQLITE_BUSY`, `EACCES`), or ''. */
export function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}
