/** The activities area under /activities and its print view. */
import { FlagOutlined } from '@ant-design/icons';
import { ActivitiesPage } from './ActivitiesPage';
import { ActivityRecordPrint } from './print/ActivityRecordPrint';

export function ActivitiesArea() {
  return <ActivitiesPage />;
}

export const activitiesIcon = <FlagOutlined />;

export const activitiesPrintRoutes = [{ path: '/print/activities/:id', element: <ActivityRecordPrint /> }];
