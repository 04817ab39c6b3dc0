/**
 * 本机用途 in the renderer: a branch store (基层工会) keeps a school's own registers; a district store
 * (上级教育工会) receives the schools' ledgers. The navigation shows each only what it is for.
 */
import type { Role } from '../../shared/district/schema';
import { useApiQuery } from '../api/hooks';

export const DISTRICT_PATH = '/district';

/**
 * What a district store shows: its roll-up and the settings (where 本机用途 is switched back). A
 * district office keeps no school's roster, motions or visits; the branch areas (and any area added
 * later) stay out of its navigation. Their records are kept, and shown again on switching back.
 */
const DISTRICT_STORE_PATHS = [DISTRICT_PATH, '/settings'];

export function isAreaShown(path: string, role: Role): boolean {
  if (role === '上级教育工会') return DISTRICT_STORE_PATHS.includes(path);
  return path !== DISTRICT_PATH;
}

/** The store's purpose; undefined until known (the navigation then waits rather than flickering). */
export function useStoreRole(): { role: Role | undefined; isDistrict: boolean; loading: boolean } {
  const settings = useApiQuery('district.settings', undefined, { staleTime: 60_000 });
  const role = settings.data?.role ?? (settings.error ? '基层工会' : undefined);
  return { role, isDistrict: role === '上级教育工会', loading: settings.isLoading };
}
