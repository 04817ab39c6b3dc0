import { useApiQuery } from '../../api/hooks';

/** The school's name printed above each form (or the union's when the school is not set). */
export function usePrintOrg() {
  const settings = useApiQuery('settings.get', undefined);
  return { settings, org: settings.data ? settings.data.schoolName || settings.data.unionName : '' };
}
