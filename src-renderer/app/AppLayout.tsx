import { Layout, Menu, Typography } from 'antd';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useApiQuery } from '../api/hooks';
import { DISTRICT_PATH, isAreaShown, useStoreRole } from '../district/role';
import { areas } from './areas';
import { JobsIndicator } from '../jobs/JobsIndicator';

const { Sider, Content, Header } = Layout;

function selectedKey(pathname: string): string {
  const match = areas
    .filter((a) => a.path !== '/' && (pathname === a.path || pathname.startsWith(`${a.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? '/';
}

export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const settings = useApiQuery('settings.get', undefined);
  const org = settings.data ? settings.data.unionName || settings.data.schoolName : '';
  // 本机用途 decides the menu; until it is known the menu stays empty rather than flicker.
  const { role, isDistrict } = useStoreRole();
  const shown = role ? areas.filter((a) => isAreaShown(a.path, role)) : [];
  // A district store has no branch 首页: its home is the roll-up.
  if (isDistrict && location.pathname === '/') return <Navigate to={DISTRICT_PATH} replace />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '18px 20px 12px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#b71c1c' }}>
            工会台账
          </Typography.Title>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[selectedKey(location.pathname)]}
          items={shown.map((a) => ({ key: a.path, icon: a.icon, label: a.label }))}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 'none', fontSize: 15 }}
        />
      </Sider>
      <Layout>
        <Header
          style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', padding: '0 24px', height: 48, lineHeight: '48px', display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}
        >
          <Typography.Text type="secondary">{org || '尚未填写学校与工会名称（可在“设置”中填写）'}</Typography.Text>
          <JobsIndicator />
        </Header>
        <Content style={{ padding: 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
