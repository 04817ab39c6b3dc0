import { z } from 'zod';
import { byIdSchema, downloadOutput, emptyInput, idSchema } from '../api/common';
import { defineMethods } from '../api/define';
import { honourInputSchema, honourListQuerySchema, honourListSchema, honourSchema, honourTitlesSchema } from './schema';

const deleted = z.object({ deleted: z.literal(true) });

export const honoursContract = defineMethods({
  'honours.list': { input: honourListQuerySchema, output: honourListSchema },
  'honours.get': { input: byIdSchema, output: honourSchema },
  'honours.create': { input: honourInputSchema, output: honourSchema },
  'honours.update': { input: z.object({ id: idSchema, data: honourInputSchema }), output: honourSchema },
  'honours.delete': { input: byIdSchema, output: deleted },
  'honours.ofMember': { input: z.object({ memberId: idSchema }), output: z.array(honourSchema) },
  'honours.titles.get': { input: emptyInput, output: z.array(z.string()) },
  'honours.titles.update': { input: z.object({ titles: honourTitlesSchema }), output: z.array(z.string()) },
  'honours.export': { input: z.object({ year: z.number().int().min(1990).max(2100) }), output: downloadOutput },
});
