import type { AreaHandlers } from '../api/define';

export const welfareHandlers: AreaHandlers<'welfare.'> = {};
