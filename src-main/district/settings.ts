/** 本机用途 and the district's check threshold, kept under the settings key 'district'. */
import { districtSettingsSchema, type DistrictSettings } from '../../shared/district/schema';
import type { Db } from '../db/types';
import { readSettings, writeSettings } from '../settings/settings-table';

const KEY = 'district';

export function getDistrictSettings(db: Db): DistrictSettings {
  return readSettings(db, KEY, districtSettingsSchema);
}

export function updateDistrictSettings(db: Db, patch: Partial<DistrictSettings>): DistrictSettings {
  return writeSettings(db, KEY, districtSettingsSchema, patch);
}
