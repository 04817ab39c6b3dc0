import type { AreaHandlers } from '../api/define';
import { updateCalendarAndReschedule } from '../disclosure/reschedule';
import { getCalendarSettings } from './calendar';
import { departmentsByPinyin, departmentsInRosterOrder, getDepartmentOrder, setDepartmentOrder } from './department-order';
import { getGeneralSettings, updateGeneralSettings } from './service';

export const settingsHandlers: AreaHandlers<'settings.'> = {
  'settings.get': ({ db }) => getGeneralSettings(db),
  'settings.update': ({ db }, patch) => updateGeneralSettings(db, patch),
  'settings.calendar': ({ db }) => getCalendarSettings(db),
  'settings.updateCalendar': ({ db }, input) => updateCalendarAndReschedule(db, input),
  'settings.departmentOrder': ({ db }) => getDepartmentOrder(db),
  'settings.setDepartmentOrder': ({ db }, input) => setDepartmentOrder(db, input.orderedDepartments),
  'settings.departmentsByPinyin': ({ db }) => ({ orderedDepartments: departmentsByPinyin(db) }),
  'settings.departmentsInRosterOrder': ({ db }) => ({ orderedDepartments: departmentsInRosterOrder(db) }),
};
