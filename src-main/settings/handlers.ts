import type { AreaHandlers } from '../api/define';
import { reschedulePeriods } from '../disclosure/reschedule';
import { getCalendarSettings, updateCalendarSettings } from './calendar';
import { departmentsByPinyin, departmentsInRosterOrder, getDepartmentOrder, setDepartmentOrder } from './department-order';
import { getGeneralSettings, updateGeneralSettings } from './service';

export const settingsHandlers: AreaHandlers<'settings.'> = {
  'settings.get': ({ db }) => getGeneralSettings(db),
  'settings.update': ({ db }, patch) => updateGeneralSettings(db, patch),
  'settings.calendar': ({ db }) => getCalendarSettings(db),
  // The calendar and the periods counted on it change together or not at all.
  'settings.updateCalendar': ({ db }, input) =>
    db.transaction(() => ({ ...updateCalendarSettings(db, input), rescheduledNotices: reschedulePeriods(db) }))(),
  'settings.departmentOrder': ({ db }) => getDepartmentOrder(db),
  'settings.setDepartmentOrder': ({ db }, input) => setDepartmentOrder(db, input.orderedDepartments),
  'settings.departmentsByPinyin': ({ db }) => ({ orderedDepartments: departmentsByPinyin(db) }),
  'settings.departmentsInRosterOrder': ({ db }) => ({ orderedDepartments: departmentsInRosterOrder(db) }),
};
