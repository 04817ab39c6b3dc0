import type { AreaHandlers } from '../api/define';
import { getDistrictSettings, updateDistrictSettings } from './settings';
import { deleteSchool, listSchools, saveSchool } from './schools';
import { importSchools, schoolsTemplate } from './schools-import';

export const districtHandlers: AreaHandlers<'district.'> = {
  'district.settings': ({ db }) => getDistrictSettings(db),
  'district.updateSettings': ({ db }, patch) => updateDistrictSettings(db, patch),
  'district.schools.list': ({ db }) => ({ schools: listSchools(db) }),
  'district.schools.save': ({ db }, input) => saveSchool(db, input),
  'district.schools.delete': ({ db }, { id }) => deleteSchool(db, id),
  'district.schools.import': async ({ db }, { fileName, contentBase64, dryRun }) => importSchools(db, fileName, contentBase64, dryRun),
  'district.schools.template': async () => schoolsTemplate(),
};
