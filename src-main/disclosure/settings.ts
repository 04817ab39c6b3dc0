/**
 * The area's settings under the key 'disclosure': default 公示 length, the category list, the
 * default way to raise objections and the issuing body printed on boards.
 */
import type { z } from 'zod';
import { disclosureSettingsSchema, type DisclosureSettings, type disclosureSettingsPatchSchema } from '../../shared/disclosure/schema';
import type { Db } from '../db/types';
import { readSettings, writeSettings } from '../settings/settings-table';

const KEY = 'disclosure';

export function readDisclosureSettings(db: Db): DisclosureSettings {
  return readSettings(db, KEY, disclosureSettingsSchema);
}

export function updateDisclosureSettings(db: Db, patch: z.output<typeof disclosureSettingsPatchSchema>): DisclosureSettings {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<DisclosureSettings>;
  return writeSettings(db, KEY, disclosureSettingsSchema, defined);
}
