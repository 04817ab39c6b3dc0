import type { AreaHandlers } from '../api/define';
import { exportHardship, exportMotions, exportSummary } from './exports';
import { districtSummary, schoolReport } from './summary';
import { reportProgress } from '../../shared/jobs/progress';
import { commitReceive, previewReceive, type ProgressFn } from './receive';

const toJobProgress: ProgressFn = (p) => reportProgress(p.phase, p.done, p.total);
import { reportHistory } from './reports';
import { sendLedger, sendPreview } from './send';
import { getDistrictSettings, updateDistrictSettings } from './settings';
import { deleteSchool, listSchools, saveSchool } from './schools';

export const districtHandlers: AreaHandlers<'district.'> = {
  'district.settings': ({ db }) => getDistrictSettings(db),
  'district.updateSettings': ({ db }, patch) => updateDistrictSettings(db, patch),
  'district.schools.list': ({ db }) => ({ schools: listSchools(db) }),
  'district.schools.save': ({ db }, input) => saveSchool(db, input),
  'district.schools.delete': ({ db }, { id }) => deleteSchool(db, id),
  'district.send.preview': async ({ db }, { year }) => sendPreview(db, year),
  'district.send': async ({ db, appVersion }, { year }) => sendLedger(db, year, appVersion),
  // Run as jobs when many files come at once (src-main/jobs/kinds.ts): the steps reach the progress bar.
  'district.receive.preview': async ({ db }, { year, files }) => previewReceive(db, year, files, toJobProgress),
  'district.receive.commit': async ({ db }, { year, files }) => commitReceive(db, year, files, toJobProgress),
  'district.reports.history': ({ db }, filter) => ({ items: reportHistory(db, filter) }),
  'district.summary': ({ db }, { year }) => districtSummary(db, year),
  'district.school': ({ db }, { schoolId, year }) => schoolReport(db, schoolId, year),
  'district.export.summary': async ({ db }, { year }) => exportSummary(db, year),
  'district.export.hardship': async ({ db }, { year }) => exportHardship(db, year),
  'district.export.motions': async ({ db }, { year }) => exportMotions(db, year),
};
