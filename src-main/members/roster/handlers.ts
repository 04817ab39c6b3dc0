import type { AreaHandlers } from '../../api/define';
import { exportRoster, rosterTemplate } from './export';
import { commitRoster, listBatches, previewRoster, readRoster, undoBatch } from './service';

export const rosterHandlers: AreaHandlers<'roster.'> = {
  'roster.read': (_ctx, input) => readRoster(input),
  'roster.preview': ({ db }, input) => previewRoster(db, input),
  'roster.commit': ({ db }, input) => commitRoster(db, input),
  'roster.batches': ({ db }) => listBatches(db),
  'roster.undo': ({ db }, { id }) => undoBatch(db, id),
  'roster.template': () => rosterTemplate(),
  'roster.export': ({ db }, input) => exportRoster(db, input),
};
