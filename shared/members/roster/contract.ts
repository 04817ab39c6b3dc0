import { downloadOutput } from '../../api/common';
import { defineMethods } from '../../api/define';
import { rosterExportInputSchema } from './schema';

/** 导出花名册. Importing a roster is the engine's record set 'members' (import.*). */
export const rosterContract = defineMethods({
  'roster.export': { input: rosterExportInputSchema, output: downloadOutput },
});
