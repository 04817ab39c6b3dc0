/**
 * The member area's pages under /members.
 */
import { Route, Routes } from 'react-router-dom';
import { MemberListPage } from './MemberListPage';

export function MembersArea() {
  return (
    <Routes>
      <Route index element={<MemberListPage />} />
    </Routes>
  );
}
