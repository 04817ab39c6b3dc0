import { defineMethods } from '../api/define';

export const congressContract = defineMethods({});
