/**
 * The dashboard's cards, one or more per area. Each area adds its cards to this list.
 */
import type { ComponentType } from 'react';
import { CongressDashboardCard } from '../congress/CongressDashboardCard';
import { DisclosureDashboardCard } from '../disclosure/DisclosureDashboardCard';
import { MembersDashboardCard } from '../members/MembersDashboardCard';
import { ReportDashboardCard } from '../report/ReportDashboardCard';
import { WelfareDashboardCard } from '../welfare/WelfareDashboardCard';

export const dashboardCards: { key: string; Card: ComponentType }[] = [
  { key: 'members', Card: MembersDashboardCard },
  { key: 'congress', Card: CongressDashboardCard },
  { key: 'disclosure', Card: DisclosureDashboardCard },
  { key: 'welfare', Card: WelfareDashboardCard },
  { key: 'report', Card: ReportDashboardCard },
];
