import type { Migration } from '../types';

/**
 * Indexes for the year report (年度台账), so report.year stays within 100 ms on 50,000 members
 * (bench/report.bench.ts):
 * - the year-end roll reads status, join date and the breakdown columns from one covering index
 *   instead of 50,000 whole member rows;
 * - joins of a year by join date;
 * - leaves of a year by the status history's date.
 */
export const migration009: Migration = {
  version: 9,
  name: 'report indexes',
  up(db) {
    db.exec(`
      CREATE INDEX members_roll ON members (status, join_date, gender, employment_type, department, birth_date);
      CREATE INDEX members_join_date ON members (join_date);
      CREATE INDEX member_status_history_changed ON member_status_history (changed_on, from_status, to_status, member_id);
    `);
  },
};
