import type { AreaHandlers } from '../../api/define';

export const rosterHandlers: AreaHandlers<'roster.'> = {};
