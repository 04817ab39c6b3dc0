/**
 * react-query bindings for the typed API: queries keyed by [method, input], mutations that
 * refresh the areas they touch.
 */
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiCallError } from '../../shared/api/client';
import type { Input, Method, Output } from '../../shared/api/contract';
import { useApi } from './context';

export function useApiQuery<M extends Method>(
  method: M,
  input: Input<M>,
  options: Omit<UseQueryOptions<Output<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  const api = useApi();
  return useQuery<Output<M>, ApiCallError>({
    queryKey: [method, input],
    queryFn: () => (api.call as (m: M, i: Input<M>) => Promise<Output<M>>)(method, input),
    ...options,
  });
}

/**
 * A mutation for one method. `invalidates` lists method-name prefixes whose cached queries are
 * stale afterwards, e.g. ['members.'].
 */
export function useApiMutation<M extends Method>(method: M, invalidates: string[]) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation<Output<M>, ApiCallError, Input<M>>({
    mutationFn: (input) => (api.call as (m: M, i: Input<M>) => Promise<Output<M>>)(method, input),
    onSuccess: async () => {
      await client.invalidateQueries({
        predicate: (q) => typeof q.queryKey[0] === 'string' && invalidates.some((p) => (q.queryKey[0] as string).startsWith(p)),
      });
    },
  });
}
