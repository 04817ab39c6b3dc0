/**
 * The typed API client on a temp store, calling the same dispatch IPC and HTTP use, and a helper
 * that expects a call to be refused with a Chinese ApiCallError.
 */
import { ApiCallError, createApiClient, type ApiClient } from '../../shared/api/client';
import { dispatch } from '../../src-main/api/dispatch';
import type { tempStore } from './store';

export function apiOn(store: ReturnType<typeof tempStore>): ApiClient {
  return createApiClient((method, input) => dispatch(store.ctx, method, input, () => undefined));
}

export async function refused(promise: Promise<unknown>): Promise<ApiCallError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiCallError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}
