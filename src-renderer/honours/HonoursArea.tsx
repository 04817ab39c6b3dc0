/** The honours area under /honours and its 荣誉榜 print view. */
import { TrophyOutlined } from '@ant-design/icons';
import { HonoursPage } from './HonoursPage';
import { HonourBoardPrint } from './print/HonourBoardPrint';

export function HonoursArea() {
  return <HonoursPage />;
}

export const honoursIcon = <TrophyOutlined />;

export const honoursPrintRoutes = [{ path: '/print/honours/board/:year', element: <HonourBoardPrint /> }];
