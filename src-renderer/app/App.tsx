import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { HashRouter, Route, Routes } from 'react-router-dom';
import type { ApiClient } from '../../shared/api/client';
import { ApiProvider } from '../api/context';
import { AppLayout } from './AppLayout';
import { areas, printRoutes } from './areas';
import { NotFoundPage } from './NotFoundPage';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
}

export function Providers({ client, queryClient, children }: { client: ApiClient; queryClient: QueryClient; children: React.ReactNode }) {
  return (
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          colorPrimary: '#c62828',
          fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
          fontSize: 14,
        },
      }}
    >
      <AntApp>
        <ApiProvider client={client}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ApiProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App({ client }: { client: ApiClient }) {
  return (
    <Providers client={client} queryClient={createQueryClient()}>
      <HashRouter>
        <Routes>
          {printRoutes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route element={<AppLayout />}>
            {areas.map((a) => (
              <Route key={a.path} path={a.path === '/' ? '/' : `${a.path}/*`} element={a.element} />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </HashRouter>
    </Providers>
  );
}
