import type { AreaHandlers } from '../api/define';
import { commitRecords, listRecordBatches, previewRecords, readRecords, undoRecords } from './records';
import { recordTemplate } from './template';

export const importHandlers: AreaHandlers<'import.'> = {
  'import.read': (_ctx, input) => readRecords(input),
  'import.preview': ({ db }, input) => previewRecords(db, input),
  'import.commit': ({ db }, input) => commitRecords(db, input),
  'import.batches': ({ db }, { set }) => listRecordBatches(db, set),
  'import.undo': ({ db }, { id }) => undoRecords(db, id),
  'import.template': (_ctx, { set }) => recordTemplate(set),
};
