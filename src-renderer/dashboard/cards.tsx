/**
 * The dashboard's cards, one or more per area. Each area adds its cards to this list.
 */
import type { ComponentType } from 'react';
import { DisclosureDashboardCard } from '../disclosure/DisclosureDashboardCard';
import { MembersDashboardCard } from '../members/MembersDashboardCard';

export const dashboardCards: { key: string; Card: ComponentType }[] = [
  { key: 'members', Card: MembersDashboardCard },
  { key: 'disclosure', Card: DisclosureDashboardCard },
];
