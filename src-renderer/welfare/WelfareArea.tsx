/**
 * The welfare area's pages under /welfare: visits, statistics, batches, the hardship register and
 * the standards, as tabs; the batch wizard as its own page.
 */
import { GiftOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader';
import { BatchesPage } from './BatchesPage';
import { BatchWizard } from './BatchWizard';
import { HardshipPage } from './HardshipPage';
import { StandardsSection } from './StandardsSection';
import { StatsPage } from './StatsPage';
import { VisitsPage } from './VisitsPage';
import { HardshipFilePrint } from './print/HardshipFilePrint';
import { SignoffSheetPrint } from './print/SignoffSheetPrint';

const TABS = [
  { key: '/welfare', label: '慰问记录' },
  { key: '/welfare/stats', label: '统计' },
  { key: '/welfare/batches', label: '发放批次' },
  { key: '/welfare/hardship', label: '困难职工档案' },
  { key: '/welfare/standards', label: '慰问标准' },
];

function WelfareTabs() {
  const location = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((t) => t.key !== '/welfare' && location.pathname.startsWith(t.key))?.key ?? '/welfare';
  return (
    <div>
      <PageHeader title="慰问与送温暖" subtitle="慰问记录、发放签收、困难职工档案" />
      <Tabs activeKey={active} onChange={(key) => navigate(key)} items={TABS.map((t) => ({ key: t.key, label: t.label }))} />
      <Routes>
        <Route index element={<VisitsPage />} />
        <Route path="stats" element={<StatsPage />} />
        <Route path="batches" element={<BatchesPage />} />
        <Route path="hardship" element={<HardshipPage />} />
        <Route path="standards" element={<StandardsSection />} />
      </Routes>
    </div>
  );
}

export function WelfareArea() {
  return (
    <Routes>
      <Route path="batch" element={<BatchWizard />} />
      <Route path="*" element={<WelfareTabs />} />
    </Routes>
  );
}

export const welfareIcon = <GiftOutlined />;

/** Print views of the welfare area, registered in app/areas.tsx. */
export const welfarePrintRoutes = [
  { path: '/print/welfare/signoff', element: <SignoffSheetPrint /> },
  { path: '/print/welfare/hardship/:id', element: <HardshipFilePrint /> },
];
