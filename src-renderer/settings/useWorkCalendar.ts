/**
 * The working-day calendar in the renderer: the built-in table plus the user's entries from
 * 设置 → 节假日与调休, so a form counts exactly as the service will. Until the entries arrive
 * the built-in table is used.
 */
import { useMemo } from 'react';
import { BUILT_IN_CALENDAR, buildCalendar, type WorkCalendar } from '../../shared/domain/workdays';
import { useApiQuery } from '../api/hooks';

export function useWorkCalendar(): WorkCalendar {
  const settings = useApiQuery('settings.calendar', undefined);
  const days = settings.data?.days;
  return useMemo(() => (days ? buildCalendar(days) : BUILT_IN_CALENDAR), [days]);
}
