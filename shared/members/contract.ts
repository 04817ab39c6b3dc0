import { z } from 'zod';
import { byIdSchema, emptyInput, idSchema } from '../api/common';
import { defineMethods } from '../api/define';
import {
  changeStatusInputSchema,
  memberDetailSchema,
  memberInputSchema,
  memberListQuerySchema,
  memberListSchema,
  memberSchema,
  memberStatsSchema,
} from './schema';

export const membersContract = defineMethods({
  'members.list': { input: memberListQuerySchema, output: memberListSchema },
  'members.get': { input: byIdSchema, output: memberDetailSchema },
  'members.create': { input: memberInputSchema, output: memberSchema },
  'members.update': { input: z.object({ id: idSchema, data: memberInputSchema }), output: memberSchema },
  'members.changeStatus': { input: changeStatusInputSchema, output: memberSchema },
  /** Drops a status change scheduled for a later date (将于…退休) before it takes effect. */
  'members.cancelScheduledStatus': { input: byIdSchema, output: memberSchema },
  'members.delete': { input: byIdSchema, output: z.object({ deleted: z.literal(true) }) },
  'members.departments': { input: emptyInput, output: z.array(z.string()) },
  'members.stats': { input: emptyInput, output: memberStatsSchema },
});
