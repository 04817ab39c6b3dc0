import type { Migration } from '../types';

/** Tables of the member import batches area. */
export const migration002: Migration = {
  version: 2,
  name: 'member import batches',
  up(db) {
    void db;
  },
};
