/**
 * The district summary is kept until the store changes: a school added on this connection, a
 * school edited, or a write made by another program on the same file (the CLI beside the
 * window) is seen on the next call; a change rolled back inside a transaction is not kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/db/open';
import { saveSchool } from '../../../src-main/district/schools';
import { districtSummary } from '../../../src-main/district/summary';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
const school = (name: string) => ({ name, type: '小学' as const, contact: null, phone: null, staff: null, notes: null });
beforeAll(() => {
  store = tempStore();
});
afterAll(() => store.close());

describe('district summary kept between calls', () => {
  it('follows every change of the store, from this connection or another', () => {
    const db = store.ctx.db;
    expect(districtSummary(db, 2026).expected).toBe(0);
    saveSchool(db, school('城南小学'));
    expect(districtSummary(db, 2026).missing.map((m) => m.name)).toEqual(['城南小学']);

    const other = openStore(store.file);
    try {
      saveSchool(other, school('城北小学'));
      expect(districtSummary(db, 2026).expected).toBe(2);
    } finally {
      other.close();
    }

    const south = districtSummary(db, 2026).schools.find((r) => r.name === '城南小学')!;
    saveSchool(db, { ...school('城南小学'), id: south.schoolId, staff: 90 });
    expect(districtSummary(db, 2026).schools.find((r) => r.name === '城南小学')!.staff).toBe(90);

    expect(() =>
      db.transaction(() => {
        saveSchool(db, school('城西小学'));
        expect(districtSummary(db, 2026).expected).toBe(3);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(districtSummary(db, 2026).expected).toBe(2);
  });
});
