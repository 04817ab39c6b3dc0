/**
 * The typed API client on a temp store, calling the same dispatch IPC and HTTP use, and a helper
 * that expects a call to be refused with a Chinese ApiCallError.
 */
import { ApiCallError, createApiClient, type ApiClient } from '../../shared/api/client';
import { contract, isMethod } from '../../shared/api/contract';
import { dispatch } from '../../src-main/api/dispatch';
import type { tempStore } from './store';

/**
 * dispatch, with every successful result parsed by its method's contract output schema, so a
 * handler that returns something the contract does not describe fails the test that called it
 * (the contract cannot drift). Integration tests call the API through this or through apiOn.
 */
export async function checkedDispatch(...args: Parameters<typeof dispatch>): ReturnType<typeof dispatch> {
  const envelope = await dispatch(...args);
  const method = args[1];
  if (envelope.ok && typeof method === 'string' && isMethod(method)) {
    const checked = contract[method].output.safeParse(envelope.data);
    if (!checked.success) {
      throw new Error(`${method} returned what its contract output schema refuses: ${JSON.stringify(checked.error.issues.slice(0, 3))}`);
    }
  }
  return envelope;
}

export function apiOn(store: ReturnType<typeof tempStore>): ApiClient {
  return createApiClient((method, input) => checkedDispatch(store.ctx, method, input, () => undefined));
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
