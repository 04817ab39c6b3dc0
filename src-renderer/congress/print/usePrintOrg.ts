import { useApiQuery } from '../../api/hooks';

/**
 * The school's name printed above each form (or the union's when the school is not set), and the
 * 提案工作委员会 from 设置 → 教代会 for the committee's signature lines. `settings.data` is there once
 * both are loaded, so a print view that waits for it has both.
 */
export function usePrintOrg() {
  const general = useApiQuery('settings.get', undefined);
  const congress = useApiQuery('congress.settings.get', undefined);
  const settings = { data: general.data && congress.data ? general.data : undefined, error: general.error ?? congress.error };
  return {
    settings,
    org: general.data ? general.data.schoolName || general.data.unionName : '',
    committee: congress.data?.committee ?? [],
  };
}
