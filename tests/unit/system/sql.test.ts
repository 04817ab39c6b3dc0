import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { escapeLike, inList, sqliteCode, whereClause, type Where } from '../../../src-main/db/sql';

describe('SQL helpers', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE t (name TEXT); INSERT INTO t VALUES ('100%'), ('1000'), ('a_b'), ('axb'), ('c\\d')`);
  const like = (q: string) =>
    db.prepare<[string], { name: string }>(`SELECT name FROM t WHERE name LIKE ? ESCAPE '\\' ORDER BY name`).all(`%${escapeLike(q)}%`).map((r) => r.name);

  it('escapeLike makes %, _ and \\ match only themselves', () => {
    expect(like('0%')).toEqual(['100%']);
    expect(like('_')).toEqual(['a_b']);
    expect(like('\\')).toEqual(['c\\d']);
  });

  it('inList adds one named parameter per value, and nothing for an empty list', () => {
    const where: Where = { clauses: [], params: {} };
    inList(where, 'name', 'n', ['axb', '1000']);
    inList(where, 'name', 'm', []);
    inList(where, 'name', 'k', undefined);
    expect(where.clauses).toEqual(['name IN (@n0, @n1)']);
    const rows = db.prepare(`SELECT name FROM t ${whereClause(where.clauses)} ORDER BY name`).all(where.params);
    expect(rows).toEqual([{ name: '1000' }, { name: 'axb' }]);
    expect(whereClause([])).toBe('');
  });

  it('sqliteCode reads the code of a SQLite error', () => {
    let error: unknown;
    try {
      db.exec('INSERT INTO nowhere VALUES (1)');
    } catch (e) {
      error = e;
    }
    expect(sqliteCode(error)).toBe('SQLITE_ERROR');
    expect(sqliteCode(new Error('plain'))).toBe('');
    expect(sqliteCode(null)).toBe('');
  });
});
