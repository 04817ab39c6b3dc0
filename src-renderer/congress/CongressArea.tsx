/**
 * The congress area's pages under /congress: sessions, one session's tabs, one motion's life.
 */
import { AuditOutlined } from '@ant-design/icons';
import { Route, Routes } from 'react-router-dom';
import { MotionDetailPage } from './MotionDetailPage';
import { SessionDetailPage } from './SessionDetailPage';
import { SessionListPage } from './SessionListPage';

export const congressIcon = <AuditOutlined />;
export { congressPrintRoutes } from './print/routes';

export function CongressArea() {
  return (
    <Routes>
      <Route index element={<SessionListPage />} />
      <Route path="sessions/:sessionId" element={<SessionDetailPage />} />
      <Route path="motions/:motionId" element={<MotionDetailPage />} />
    </Routes>
  );
}
