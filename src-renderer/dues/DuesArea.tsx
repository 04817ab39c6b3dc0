/** The dues area under /dues: the year's 会费收缴台账; its print view at /print/dues/:year. */
import { AccountBookOutlined } from '@ant-design/icons';
import { Route, Routes } from 'react-router-dom';
import { DuesPage } from './DuesPage';
import { DuesLedgerPrint } from './print/DuesLedgerPrint';

export function DuesArea() {
  return (
    <Routes>
      <Route index element={<DuesPage />} />
    </Routes>
  );
}

export const duesIcon = <AccountBookOutlined />;

export const duesPrintRoutes = [{ path: '/print/dues/:year', element: <DuesLedgerPrint /> }];
