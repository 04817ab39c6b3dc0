import type { Delegate } from '../../shared/congress/schema';
import { useApiQuery } from '../api/hooks';

/** Delegates of a term in office, as select options: 张三（第一代表团）. */
export function useDelegateOptions(term: number, filter: (d: Delegate) => boolean = () => true) {
  const list = useApiQuery('congress.delegates.list', { term });
  const active = (list.data?.rows ?? []).filter((d) => d.leftOn === null && filter(d));
  return {
    list,
    options: active.map((d) => ({
      value: d.id,
      label: `${d.name}${d.delegation ? `（${d.delegation}）` : ''}${d.kind === '正式' ? '' : `【${d.kind}】`}`,
    })),
  };
}
