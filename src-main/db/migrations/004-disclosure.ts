import type { Migration } from '../types';

/** Tables of the disclosure area. */
export const migration004: Migration = {
  version: 4,
  name: 'disclosure',
  up(db) {
    void db;
  },
};
