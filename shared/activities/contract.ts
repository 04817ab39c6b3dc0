import { z } from 'zod';
import { byIdSchema, downloadOutput, emptyInput, idSchema } from '../api/common';
import { defineMethods } from '../api/define';
import {
  activityInputSchema,
  activityListQuerySchema,
  activityListSchema,
  activitySchema,
  activityTypesSchema,
  attachmentAddInput,
  attachmentCaptionInput,
  attachmentContentSchema,
  attachmentSchema,
  exportActivitiesInput,
} from './schema';

const deleted = z.object({ deleted: z.literal(true) });

export const activitiesContract = defineMethods({
  'activities.list': { input: activityListQuerySchema, output: activityListSchema },
  'activities.get': { input: byIdSchema, output: activitySchema },
  'activities.create': { input: activityInputSchema, output: activitySchema },
  'activities.update': { input: z.object({ id: idSchema, data: activityInputSchema }), output: activitySchema },
  'activities.delete': { input: byIdSchema, output: deleted },
  'activities.types.get': { input: emptyInput, output: z.array(z.string()) },
  'activities.types.update': { input: z.object({ types: activityTypesSchema }), output: z.array(z.string()) },
  'activities.files.add': { input: attachmentAddInput, output: attachmentSchema },
  'activities.files.get': { input: z.object({ fileId: idSchema }), output: attachmentContentSchema },
  'activities.files.caption': { input: attachmentCaptionInput, output: attachmentSchema },
  'activities.files.delete': { input: z.object({ fileId: idSchema }), output: deleted },
  'activities.export': { input: exportActivitiesInput, output: downloadOutput },
});
