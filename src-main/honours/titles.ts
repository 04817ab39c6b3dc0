/** The editable list of honour titles (设置 under key 'honours'). */
import { honourSettingsSchema } from '../../shared/honours/schema';
import type { Db } from '../db/types';
import { readSettings, writeSettings } from '../settings/settings-table';

const KEY = 'honours';

export function honourTitles(db: Db): string[] {
  return readSettings(db, KEY, honourSettingsSchema).titles;
}

export function updateHonourTitles(db: Db, titles: string[]): string[] {
  return writeSettings(db, KEY, honourSettingsSchema, { titles }).titles;
}
