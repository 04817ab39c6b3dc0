import { defineMethods } from '../api/define';

export const disclosureContract = defineMethods({});
