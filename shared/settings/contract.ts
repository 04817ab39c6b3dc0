import { emptyInput } from '../api/common';
import { defineMethods } from '../api/define';
import { calendarSettingsOutput, calendarSettingsSchema, calendarUpdateOutput } from './calendar';
import { departmentOrderView, departmentSuggestionOutput, setDepartmentOrderInput } from './department-order';
import { generalSettingsOutput, generalSettingsPatchSchema } from './schema';

export const settingsContract = defineMethods({
  'settings.get': { input: emptyInput, output: generalSettingsOutput },
  'settings.update': { input: generalSettingsPatchSchema, output: generalSettingsOutput },
  'settings.calendar': { input: emptyInput, output: calendarSettingsOutput },
  'settings.updateCalendar': { input: calendarSettingsSchema, output: calendarUpdateOutput },
  'settings.departmentOrder': { input: emptyInput, output: departmentOrderView },
  'settings.setDepartmentOrder': { input: setDepartmentOrderInput, output: departmentOrderView },
  /** Suggestions the page shows before the user saves: by pinyin, or as the roster listed them. */
  'settings.departmentsByPinyin': { input: emptyInput, output: departmentSuggestionOutput },
  'settings.departmentsInRosterOrder': { input: emptyInput, output: departmentSuggestionOutput },
});
