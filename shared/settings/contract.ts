import { emptyInput } from '../api/common';
import { defineMethods } from '../api/define';
import { generalSettingsOutput, generalSettingsPatchSchema } from './schema';

export const settingsContract = defineMethods({
  'settings.get': { input: emptyInput, output: generalSettingsOutput },
  'settings.update': { input: generalSettingsPatchSchema, output: generalSettingsOutput },
});
