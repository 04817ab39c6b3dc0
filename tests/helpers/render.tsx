/**
 * Renders a piece of the renderer against the real services on a temp SQLite store: the API client's
 * transport calls the same dispatch the IPC and HTTP transports use.
 */
import { StyleProvider, type CSSObject, type Transformer } from '@ant-design/cssinjs';
import { render, type RenderResult } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { createApiClient, type ApiClient } from '../../shared/api/client';
import { dispatch } from '../../src-main/api/dispatch';
import { createQueryClient, Providers } from '../../src-renderer/app/App';
import { tempStore } from './store';

export interface Rendered extends RenderResult {
  api: ApiClient;
  store: ReturnType<typeof tempStore>;
}

/**
 * The CSS properties jsdom's getComputedStyle answers that a test can feel: Testing Library's role
 * and name queries skip what is `display: none` or `visibility: hidden`, and user-event refuses to
 * click through `pointer-events: none`.
 */
const FELT_PROPERTIES = new Set(['display', 'visibility', 'pointerEvents', 'pointer-events']);

function isNestedRule(value: unknown): value is CSSObject {
  // A nested selector or media block; `{ value, _skip_check_ }` is one property's value, not a rule.
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !('_skip_check_' in value) && !('_keyframe' in value);
}

/**
 * Ant Design injects thousands of CSS rules, and jsdom matches every one of them against an element
 * (and its ancestors) on each getComputedStyle call, which Testing Library makes for every candidate
 * of every getByRole: that matching was most of a component test's time. Outside a browser nothing is
 * laid out or painted, so only the properties above change what a test sees; the rest of each rule
 * is dropped before it reaches the document, and rules left empty are not written at all.
 */
export const feltStylesOnly: Transformer = {
  visit(style: CSSObject): CSSObject {
    const kept: CSSObject = {};
    for (const [key, value] of Object.entries(style)) {
      if (FELT_PROPERTIES.has(key) || isNestedRule(value)) (kept as Record<string, unknown>)[key] = value;
    }
    return kept;
  },
};

/**
 * The app's providers as tests use them: motion off (no enter/leave animations to wait through in
 * jsdom) and only the styles a test can feel (see feltStylesOnly).
 */
export function TestProviders({ client, children }: { client: ApiClient; children: ReactNode }) {
  return (
    <StyleProvider transformers={[feltStylesOnly]}>
      <ConfigProvider theme={{ token: { motion: false } }}>
        <Providers client={client} queryClient={createQueryClient()}>
          {children}
        </Providers>
      </ConfigProvider>
    </StyleProvider>
  );
}

export function renderWithStore(ui: ReactElement, route = '/', store = tempStore()): Rendered {
  const api = createApiClient((method, input) => dispatch(store.ctx, method, input, () => undefined));
  const result = render(
    <TestProviders client={api}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </TestProviders>,
  );
  return { ...result, api, store };
}
