/**
 * Motion reply deadlines: `days` after a date, in calendar days (自然日, the default) or in China's
 * working days (工作日, holidays skipped and 调休 workdays counted), as 设置 → 教代会 says.
 */
import { addDays } from '../../shared/congress/rules';
import { addWorkingDays } from '../../shared/domain/workdays';
import type { Db } from '../db/types';
import { storeCalendar } from '../settings/calendar';
import { getCongressSettings } from './settings';

export function replyDeadline(db: Db, from: string, days: number): string {
  return getCongressSettings(db).replyDayKind === '工作日' ? addWorkingDays(storeCalendar(db), from, days) : addDays(from, days);
}
