/**
 * Settings pages of the record areas (congress thresholds, disclosure periods, welfare standards…),
 * shown below the general settings. Each area adds its section here.
 */
import type { ComponentType } from 'react';
import { CongressSettingsSection } from '../congress/CongressSettingsSection';
import { StandardsSection } from '../welfare/StandardsSection';
import { DisclosureSettingsSection } from '../disclosure/DisclosureSettingsSection';
import { DuesSettingsSection } from '../dues/DuesSettingsSection';
import { RubricSection } from '../report/self/RubricSection';
import { CalendarSection } from './CalendarSection';
import { DepartmentOrderSection } from './DepartmentOrderSection';

export const settingsSections: { key: string; Section: ComponentType }[] = [
  { key: 'departments', Section: DepartmentOrderSection },
  { key: 'calendar', Section: CalendarSection },
  { key: 'congress', Section: CongressSettingsSection },
  { key: 'disclosure', Section: DisclosureSettingsSection },
  { key: 'welfare', Section: StandardsSection },
  { key: 'dues', Section: DuesSettingsSection },
  { key: 'rubric', Section: RubricSection },
];
