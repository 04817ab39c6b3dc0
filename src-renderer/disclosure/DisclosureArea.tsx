/**
 * The disclosure area's pages under /disclosure: the register, notices, board issues.
 */
import { Segmented } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { IssueEditorPage, IssueListPage } from './IssuesPage';
import { NoticeDetailPage } from './NoticeDetailPage';
import { NoticeFormPage } from './NoticeFormPage';
import { RegisterPage } from './RegisterPage';

function AreaTabs() {
  const location = useLocation();
  const navigate = useNavigate();
  const onIssues = location.pathname.startsWith('/disclosure/issues');
  return (
    <Segmented
      style={{ marginBottom: 16 }}
      value={onIssues ? 'issues' : 'register'}
      onChange={(v) => navigate(v === 'issues' ? '/disclosure/issues' : '/disclosure')}
      options={[
        { value: 'register', label: '公示与台账' },
        { value: 'issues', label: '校务公开栏' },
      ]}
    />
  );
}

export function DisclosureArea() {
  return (
    <>
      <AreaTabs />
      <Routes>
        <Route index element={<RegisterPage />} />
        <Route path="notices/new" element={<NoticeFormPage />} />
        <Route path="notices/:id" element={<NoticeDetailPage />} />
        <Route path="notices/:id/edit" element={<NoticeFormPage />} />
        <Route path="issues" element={<IssueListPage />} />
        <Route path="issues/new" element={<IssueEditorPage />} />
        <Route path="issues/:id" element={<IssueEditorPage />} />
      </Routes>
    </>
  );
}

/** Print views of the area, registered in app/areas.tsx printRoutes. */
export { BoardPrintView } from './print/BoardPrintView';
export { NoticePrintView } from './print/NoticePrintView';
