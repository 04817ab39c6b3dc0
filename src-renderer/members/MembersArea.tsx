/**
 * The member area's pages under /members.
 */
import { Route, Routes } from 'react-router-dom';
import { MemberListPage } from './MemberListPage';
import { RosterImportPage } from './roster/RosterImportPage';

export function MembersArea() {
  return (
    <Routes>
      <Route index element={<MemberListPage />} />
      <Route path="import" element={<RosterImportPage />} />
    </Routes>
  );
}
