/**
 * The one handler table: every contract method maps to a service call. `satisfies HandlerTable`
 * makes a contract method without a handler a compile error.
 */
import { membersHandlers } from '../members/handlers';
import { settingsHandlers } from '../settings/handlers';
import { systemHandlers } from '../system/handlers';
import type { HandlerTable } from './define';

export const handlers = {
  ...systemHandlers,
  ...settingsHandlers,
  ...membersHandlers,
} satisfies HandlerTable;
