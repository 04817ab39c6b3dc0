/**
 * 基层汇总 under /district, on a store whose 本机用途 is 上级教育工会: the year's roll-up, receiving
 * the schools' ledgers and the list of schools, as tabs; one school's report as its own page.
 */
import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Result, Spin, Tabs } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader';
import { ReceivePage } from './ReceivePage';
import { useStoreRole } from './role';
import { SchoolReportPage } from './SchoolReportPage';
import { SchoolsPage } from './SchoolsPage';
import { SummaryPage } from './SummaryPage';
import './district.css';

const TABS = [
  { key: '/district', label: '年度汇总' },
  { key: '/district/receive', label: '接收台账' },
  { key: '/district/schools', label: '基层工会名单' },
];

function DistrictTabs() {
  const location = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((t) => t.key !== '/district' && location.pathname.startsWith(t.key))?.key ?? '/district';
  return (
    <div className="district-area">
      <PageHeader title="基层汇总" subtitle="接收各基层学校报送的年度台账，汇总全区数字" />
      <Tabs
        activeKey={active}
        // The year travels with the tabs, so 接收 and 汇总 look at the same year.
        onChange={(key) => navigate({ pathname: key, search: location.search })}
        items={TABS.map((t) => ({ key: t.key, label: t.label }))}
      />
      <Routes>
        <Route index element={<SummaryPage />} />
        <Route path="receive" element={<ReceivePage />} />
        <Route path="schools" element={<SchoolsPage />} />
      </Routes>
    </div>
  );
}

export function DistrictArea() {
  const navigate = useNavigate();
  const { role, isDistrict } = useStoreRole();
  if (!role) return <Spin style={{ display: 'block', margin: 40 }} />;
  if (!isDistrict) {
    return (
      <Result
        status="info"
        title="本机用途为“基层工会”"
        subTitle="基层汇总用于上级教育工会接收和汇总各校的年度台账。如果本机属于区、县、市教育工会，请在“设置 → 本机用途”中改为“上级教育工会”。"
        extra={
          <Button type="primary" onClick={() => navigate('/settings')}>
            打开设置
          </Button>
        }
      />
    );
  }
  return (
    <Routes>
      <Route path="schools/:id" element={<SchoolReportPage />} />
      <Route path="*" element={<DistrictTabs />} />
    </Routes>
  );
}

export const districtIcon = <ApartmentOutlined />;
