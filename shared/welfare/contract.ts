import { defineMethods } from '../api/define';

export const welfareContract = defineMethods({});
