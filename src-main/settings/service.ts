import { generalSettingsSchema, type GeneralSettings } from '../../shared/settings/schema';
import type { Db } from '../db/types';
import { readSettings, writeSettings } from './settings-table';

const KEY = 'general';

export function getGeneralSettings(db: Db): GeneralSettings {
  return readSettings(db, KEY, generalSettingsSchema);
}

export function updateGeneralSettings(db: Db, patch: Partial<GeneralSettings>): GeneralSettings {
  return writeSettings(db, KEY, generalSettingsSchema, patch);
}
