/**
 * The navigation: one entry per record area that exists. An area not yet built is simply absent.
 * Each area adds its pages here and, for print views, in printRoutes.
 */
import { HomeOutlined, NotificationOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { CongressArea, congressIcon, congressPrintRoutes } from '../congress/CongressArea';
import { DashboardPage } from '../dashboard/DashboardPage';
import { DuesArea, duesIcon, duesPrintRoutes } from '../dues/DuesArea';
import { BoardPrintView, DisclosureArea, NoticePrintView } from '../disclosure/DisclosureArea';
import { DistrictArea, districtIcon } from '../district/DistrictArea';
import { MembersArea } from '../members/MembersArea';
import { RosterPrintPage } from '../members/print/RosterPrintPage';
import { ReportArea, reportIcon, reportPrintRoutes } from '../report/ReportArea';
import { SettingsPage } from '../settings/SettingsPage';
import { WelfareArea, welfareIcon, welfarePrintRoutes } from '../welfare/WelfareArea';
import { ActivitiesArea, activitiesIcon, activitiesPrintRoutes } from '../activities/ActivitiesArea';
import { HonoursArea, honoursIcon, honoursPrintRoutes } from '../honours/HonoursArea';

export interface AreaRoute {
  /** Path under the hash router, e.g. '/members'. Sub-routes use `${path}/*` in the area's element. */
  path: string;
  label: string;
  icon: ReactNode;
  element: ReactNode;
}

export const areas: AreaRoute[] = [
  { path: '/', label: '首页', icon: <HomeOutlined />, element: <DashboardPage /> },
  { path: '/members', label: '会员', icon: <TeamOutlined />, element: <MembersArea /> },
  { path: '/congress', label: '教代会', icon: congressIcon, element: <CongressArea /> },
  { path: '/disclosure', label: '校务公开', icon: <NotificationOutlined />, element: <DisclosureArea /> },
  { path: '/welfare', label: '慰问', icon: welfareIcon, element: <WelfareArea /> },
  { path: '/activities', label: '活动', icon: activitiesIcon, element: <ActivitiesArea /> },
  { path: '/honours', label: '评优评先', icon: honoursIcon, element: <HonoursArea /> },
  { path: '/dues', label: '会费', icon: duesIcon, element: <DuesArea /> },
  { path: '/report', label: '年度台账', icon: reportIcon, element: <ReportArea /> },
  { path: '/district', label: '基层汇总', icon: districtIcon, element: <DistrictArea /> },
  { path: '/settings', label: '设置', icon: <SettingOutlined />, element: <SettingsPage /> },
];

/** Print views render without the app frame; each area adds its own. */
export const printRoutes: { path: string; element: ReactNode }[] = [
  { path: '/print/members', element: <RosterPrintPage /> },
  ...congressPrintRoutes,
  { path: '/print/disclosure/issues/:id', element: <BoardPrintView /> },
  { path: '/print/disclosure/notices/:id', element: <NoticePrintView /> },
  ...welfarePrintRoutes,
  ...activitiesPrintRoutes,
  ...honoursPrintRoutes,
  ...reportPrintRoutes,
  ...duesPrintRoutes,
];
