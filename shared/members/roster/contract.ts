import { z } from 'zod';
import { byIdSchema, downloadOutput, emptyInput } from '../../api/common';
import { defineMethods } from '../../api/define';
import {
  importBatchSchema,
  rosterCheckInputSchema,
  rosterCheckSchema,
  rosterCommitInputSchema,
  rosterExportInputSchema,
  rosterReadInputSchema,
  rosterSheetSchema,
  undoResultSchema,
} from './schema';

export const rosterContract = defineMethods({
  /** Reads an uploaded roster: sheets, header row, suggested column mapping and the rows. */
  'roster.read': { input: rosterReadInputSchema, output: rosterSheetSchema },
  /** Validates rows under a mapping and says what committing would create or change. */
  'roster.preview': { input: rosterCheckInputSchema, output: rosterCheckSchema },
  'roster.commit': { input: rosterCommitInputSchema, output: importBatchSchema },
  'roster.batches': { input: emptyInput, output: z.array(importBatchSchema) },
  'roster.undo': { input: byIdSchema, output: undoResultSchema },
  'roster.template': { input: emptyInput, output: downloadOutput },
  'roster.export': { input: rosterExportInputSchema, output: downloadOutput },
});
