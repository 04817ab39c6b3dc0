import type { AreaHandlers } from '../api/define';

export const congressHandlers: AreaHandlers<'congress.'> = {};
