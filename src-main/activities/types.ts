/** The editable list of activity types (设置 under key 'activities'). */
import { activitySettingsSchema } from '../../shared/activities/schema';
import type { Db } from '../db/types';
import { readSettings, writeSettings } from '../settings/settings-table';

const KEY = 'activities';

export function activityTypes(db: Db): string[] {
  return readSettings(db, KEY, activitySettingsSchema).types;
}

export function updateActivityTypes(db: Db, types: string[]): string[] {
  return writeSettings(db, KEY, activitySettingsSchema, { types }).types;
}
