/** 会费标准 (the dues rule), kept in the settings table under 'dues': 比例 (default 0.5%) or 定额. */
import { duesSettingsSchema, type DuesSettings } from '../../shared/dues/schema';
import type { Db } from '../db/types';
import { readSettings, writeSettings } from '../settings/settings-table';

const KEY = 'dues';

export function getDuesSettings(db: Db): DuesSettings {
  return readSettings(db, KEY, duesSettingsSchema);
}

export function updateDuesSettings(db: Db, next: DuesSettings): DuesSettings {
  return writeSettings(db, KEY, duesSettingsSchema, next);
}
