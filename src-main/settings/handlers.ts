import type { AreaHandlers } from '../api/define';
import { getGeneralSettings, updateGeneralSettings } from './service';

export const settingsHandlers: AreaHandlers<'settings.'> = {
  'settings.get': ({ db }) => getGeneralSettings(db),
  'settings.update': ({ db }, patch) => updateGeneralSettings(db, patch),
};
