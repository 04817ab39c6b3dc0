import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api/client';

const ApiContext = createContext<ApiClient | null>(null);

/** Tests pass a fake client; the app passes the real one. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('ApiProvider is missing');
  return client;
}
