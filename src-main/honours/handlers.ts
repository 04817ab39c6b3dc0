import type { AreaHandlers } from '../api/define';
import { createHonour, deleteHonour, getHonour, listHonours, memberHonours, updateHonour } from './honours';
import { exportHonours } from './sheet';
import { honourTitles, updateHonourTitles } from './titles';

const deleted = { deleted: true } as const;

export const honoursHandlers: AreaHandlers<'honours.'> = {
  'honours.list': ({ db }, query) => listHonours(db, query),
  'honours.get': ({ db }, { id }) => getHonour(db, id),
  'honours.create': ({ db }, data) => createHonour(db, data),
  'honours.update': ({ db }, { id, data }) => updateHonour(db, id, data),
  'honours.delete': ({ db }, { id }) => (deleteHonour(db, id), deleted),
  'honours.ofMember': ({ db }, { memberId }) => memberHonours(db, memberId),
  'honours.titles.get': ({ db }) => honourTitles(db),
  'honours.titles.update': ({ db }, { titles }) => updateHonourTitles(db, titles),
  'honours.export': ({ db }, { year }) => exportHonours(db, year),
};
