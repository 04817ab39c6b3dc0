import { byIdSchema, downloadOutput } from '../api/common';
import { defineMethods } from '../api/define';
import { z } from 'zod';
import {
  importBatchesInputSchema,
  importBatchSchema,
  importCheckInputSchema,
  importCheckSchema,
  importCommitInputSchema,
  importReadInputSchema,
  importSheetSchema,
  importTemplateInputSchema,
  importUndoResultSchema,
} from './schema';

export const importContract = defineMethods({
  /** Reads an uploaded register: sheets, header row, suggested column mapping and the rows. */
  'import.read': { input: importReadInputSchema, output: importSheetSchema },
  /** Checks rows under a mapping and says what committing would create. */
  'import.preview': { input: importCheckInputSchema, output: importCheckSchema },
  /** Writes the rows in one transaction as a batch. */
  'import.commit': { input: importCommitInputSchema, output: importBatchSchema },
  'import.batches': { input: importBatchesInputSchema, output: z.array(importBatchSchema) },
  'import.undo': { input: byIdSchema, output: importUndoResultSchema },
  /** The …模板.xlsx of a record set: text-formatted columns and an instructions sheet. */
  'import.template': { input: importTemplateInputSchema, output: downloadOutput },
});
