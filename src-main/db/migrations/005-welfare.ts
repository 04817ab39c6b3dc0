import type { Migration } from '../types';

/** Tables of the welfare area. */
export const migration005: Migration = {
  version: 5,
  name: 'welfare',
  up(db) {
    void db;
  },
};
