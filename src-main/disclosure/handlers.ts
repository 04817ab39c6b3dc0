import type { AreaHandlers } from '../api/define';

export const disclosureHandlers: AreaHandlers<'disclosure.'> = {};
