/**
 * The 年度台账 area under /report: one page (the year in its address) and the printed
 * 年度工作统计表 at /print/report/:year.
 */
import { AuditOutlined } from '@ant-design/icons';
import { Route, Routes } from 'react-router-dom';
import { SelfAssessmentPrint } from './print/SelfAssessmentPrint';
import { YearReportPrint } from './print/YearReportPrint';
import { ReportPage } from './ReportPage';

export function ReportArea() {
  return (
    <Routes>
      <Route index element={<ReportPage />} />
    </Routes>
  );
}

export const reportIcon = <AuditOutlined />;

/** Print views of the area, registered in app/areas.tsx. */
export const reportPrintRoutes = [
  { path: '/print/report/:year', element: <YearReportPrint /> },
  { path: '/print/report/:year/self-assessment', element: <SelfAssessmentPrint /> },
];
