/**
 * The working-day calendar of this store: the built-in table plus the user's entries from
 * 设置 → 节假日与调休. Every working-day count in the main process takes its calendar from here.
 */
import { calendarSettingsSchema, type CalendarSettings, type CalendarSettingsView } from '../../shared/settings/calendar';
import { buildCalendar, builtInYears, type WorkCalendar } from '../../shared/domain/workdays';
import type { Db } from '../db/types';
import { readSettings, writeSettings } from './settings-table';

const KEY = 'calendar';

function view(settings: CalendarSettings): CalendarSettingsView {
  return { days: settings.days, builtInYears: builtInYears() };
}

export function getCalendarSettings(db: Db): CalendarSettingsView {
  return view(readSettings(db, KEY, calendarSettingsSchema));
}

export function updateCalendarSettings(db: Db, input: CalendarSettings): CalendarSettingsView {
  return view(writeSettings(db, KEY, calendarSettingsSchema, input));
}

export function storeCalendar(db: Db): WorkCalendar {
  return buildCalendar(readSettings(db, KEY, calendarSettingsSchema).days);
}
