import { deleted, type AreaHandlers } from '../api/define';
import { checkBatch, createBatch, deleteBatch, listBatches, listPeople } from './batches';
import { exportRegister, signoffSheet } from './export';
import {
  createHardshipFile,
  deleteHardshipFile,
  getHardshipFile,
  listHardshipFiles,
  reverifyHardshipFile,
  updateHardshipFile,
} from './hardship';
import { exportHardship } from './hardship-export';
import { getStandards, resetStandards, updateStandards } from './standards';
import { welfareStats, yearlyTotals } from './stats';
import { checkStandard, createVisit, deleteVisit, getVisit, listVisits, memberVisits, updateVisit, visitDepartments } from './visits';

export const welfareHandlers: AreaHandlers<'welfare.'> = {
  'welfare.visits.list': ({ db }, query) => listVisits(db, query),
  'welfare.visits.get': ({ db }, { id }) => getVisit(db, id),
  'welfare.visits.check': ({ db }, input) => checkStandard(db, input),
  'welfare.visits.create': ({ db }, data) => createVisit(db, data),
  'welfare.visits.update': ({ db }, { id, data }) => updateVisit(db, id, data),
  'welfare.visits.delete': ({ db }, { id }) => deleted(() => deleteVisit(db, id)),
  'welfare.visits.departments': ({ db }) => visitDepartments(db),
  'welfare.memberVisits': ({ db }, { memberId }) => memberVisits(db, memberId),

  'welfare.people': ({ db }, query) => listPeople(db, query),
  'welfare.batches.list': ({ db }) => listBatches(db),
  'welfare.batches.check': ({ db }, data) => checkBatch(db, data),
  'welfare.batches.create': ({ db }, data) => createBatch(db, data),
  'welfare.batches.delete': ({ db }, { id }) => deleted(() => deleteBatch(db, id)),

  'welfare.standards.get': ({ db }) => getStandards(db),
  'welfare.standards.update': ({ db }, { items }) => updateStandards(db, items),
  'welfare.standards.reset': ({ db }) => resetStandards(db),

  'welfare.hardship.list': ({ db }, query) => listHardshipFiles(db, query),
  'welfare.hardship.get': ({ db }, { id }) => getHardshipFile(db, id),
  'welfare.hardship.create': ({ db }, data) => createHardshipFile(db, data),
  'welfare.hardship.export': ({ db }, query) => exportHardship(db, query),
  'welfare.hardship.update': ({ db }, { id, data }) => updateHardshipFile(db, id, data),
  'welfare.hardship.reverify': ({ db }, input) => reverifyHardshipFile(db, input),
  'welfare.hardship.delete': ({ db }, { id }) => deleted(() => deleteHardshipFile(db, id)),

  'welfare.stats': ({ db }, { year }) => welfareStats(db, year),
  'welfare.stats.years': ({ db }) => yearlyTotals(db),
  'welfare.signoff': ({ db }, input) => signoffSheet(db, input),
  'welfare.export': ({ db }, input) => exportRegister(db, input),
};
