/**
 * The words for a status change scheduled for a later date, on the list and in the detail:
 * 将于2027年6月30日退休. Shared so the renderer and the service's messages read the same.
 */
import { formatDateCn } from '../domain/dates';
import type { Member } from './schema';

export function scheduledStatusText(s: { status: Member['status']; date: string }): string {
  return `将于${formatDateCn(s.date)}${s.status === '在册' ? '恢复在册' : s.status}`;
}
