/**
 * The renderer's typed view of the API. A transport carries (method, input) to the main process
 * and brings back an envelope; this wrapper turns failures into ApiCallError.
 */
import type { Input, Method, Output } from './contract';
import type { ApiEnvelope, ApiError } from './errors';

export type Transport = (method: string, input: unknown) => Promise<ApiEnvelope<unknown>>;

export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly fields: Record<string, string> | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = error.fields;
  }
}

export interface ApiClient {
  // `undefined extends Input` (not the reverse): an optional input such as `{} | undefined` may be left out.
  call<M extends Method>(method: M, ...args: undefined extends Input<M> ? [input?: Input<M>] : [input: Input<M>]): Promise<Output<M>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, ...args) {
      const envelope = await transport(method, args[0]);
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      return envelope.data as never;
    },
  };
}
