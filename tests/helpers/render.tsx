/**
 * Renders a piece of the renderer against the real services on a temp SQLite store: the API client's
 * transport calls the same dispatch the IPC and HTTP transports use.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { createApiClient, type ApiClient } from '../../shared/api/client';
import { dispatch } from '../../src-main/api/dispatch';
import { createQueryClient, Providers } from '../../src-renderer/app/App';
import { tempStore } from './store';

export interface Rendered extends RenderResult {
  api: ApiClient;
  store: ReturnType<typeof tempStore>;
}

export function renderWithStore(ui: ReactElement, route = '/', store = tempStore()): Rendered {
  const api = createApiClient((method, input) => dispatch(store.ctx, method, input, () => undefined));
  const result = render(
    <Providers client={api} queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </Providers>,
  );
  return { ...result, api, store };
}
