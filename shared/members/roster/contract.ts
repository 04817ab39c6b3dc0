import { defineMethods } from '../../api/define';

export const rosterContract = defineMethods({});
