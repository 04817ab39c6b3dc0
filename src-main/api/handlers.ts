/**
 * The one handler table: every contract method maps to a service call. `satisfies HandlerTable`
 * makes a contract method without a handler a compile error.
 */
import { congressHandlers } from '../congress/handlers';
import { disclosureHandlers } from '../disclosure/handlers';
import { duesHandlers } from '../dues/handlers';
import { districtHandlers } from '../district/handlers';
import { importHandlers } from '../import/handlers';
import { membersHandlers } from '../members/handlers';
import { rosterHandlers } from '../members/roster/handlers';
import { reportHandlers } from '../report/handlers';
import { welfareHandlers } from '../welfare/handlers';
import { activitiesHandlers } from '../activities/handlers';
import { honoursHandlers } from '../honours/handlers';
import { settingsHandlers } from '../settings/handlers';
import { systemHandlers } from '../system/handlers';
import { jobsHandlers } from '../jobs/handlers';
import type { HandlerTable } from './define';

export const handlers = {
  ...systemHandlers,
  ...settingsHandlers,
  ...membersHandlers,
  ...rosterHandlers,
  ...congressHandlers,
  ...disclosureHandlers,
  ...welfareHandlers,
  ...activitiesHandlers,
  ...honoursHandlers,
  ...duesHandlers,
  ...importHandlers,
  ...reportHandlers,
  ...jobsHandlers,
  ...districtHandlers,
} satisfies HandlerTable;
