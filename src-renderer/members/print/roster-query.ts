/**
 * The member list's filter, carried in a print view's address so the printout matches the screen.
 */
import type { MemberListQuery } from '../../../shared/members/schema';

type Filter = Omit<MemberListQuery, 'page' | 'pageSize'>;

export function rosterFilterToParams(filter: Filter, reveal: boolean): string {
  const params = new URLSearchParams();
  if (filter.search) params.set('search', filter.search);
  for (const d of filter.departments ?? []) params.append('department', d);
  for (const s of filter.statuses ?? []) params.append('status', s);
  for (const e of filter.employmentTypes ?? []) params.append('employmentType', e);
  for (const g of filter.genders ?? []) params.append('gender', g);
  if (filter.sortBy) params.set('sortBy', filter.sortBy);
  if (filter.sortOrder) params.set('sortOrder', filter.sortOrder);
  if (reveal) params.set('reveal', '1');
  return params.toString();
}

/** Values are checked again by the API's schema; unknown ones come back as a Chinese error. */
export function rosterFilterFromParams(params: URLSearchParams): { filter: Filter; reveal: boolean } {
  const list = <T extends string>(key: string) => params.getAll(key) as T[];
  const sortBy = params.get('sortBy') as Filter['sortBy'] | null;
  const sortOrder = params.get('sortOrder') as Filter['sortOrder'] | null;
  return {
    filter: {
      search: params.get('search') ?? undefined,
      departments: params.getAll('department'),
      statuses: list<NonNullable<Filter['statuses']>[number]>('status'),
      employmentTypes: list<NonNullable<Filter['employmentTypes']>[number]>('employmentType'),
      genders: list<NonNullable<Filter['genders']>[number]>('gender'),
      ...(sortBy ? { sortBy } : {}),
      ...(sortOrder ? { sortOrder } : {}),
    },
    reveal: params.get('reveal') === '1',
  };
}
