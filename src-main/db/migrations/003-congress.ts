import type { Migration } from '../types';

/** Tables of the congress area. */
export const migration003: Migration = {
  version: 3,
  name: 'congress',
  up(db) {
    void db;
  },
};
