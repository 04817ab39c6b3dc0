import type { AreaHandlers } from '../../api/define';
import { exportRoster } from './export';

/** The roster's import is the engine's record set 'members' (import.*); its export is its own. */
export const rosterHandlers: AreaHandlers<'roster.'> = {
  'roster.export': ({ db }, input) => exportRoster(db, input),
};
