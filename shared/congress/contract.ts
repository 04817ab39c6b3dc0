import { z } from 'zod';
import { byIdSchema, downloadOutput, emptyInput, idSchema } from '../api/common';
import { defineMethods } from '../api/define';
import {
  attendanceInputSchema,
  attendanceSchema,
  signInSheetSchema,
  unitStatsSchema,
  urgeSheetSchema,
  closeInputSchema,
  congressSettingsPatch,
  congressSettingsSchema,
  delegateBulkSchema,
  delegateCandidateSchema,
  delegateInputSchema,
  delegateLeaveSchema,
  delegateListSchema,
  delegateSchema,
  delegateUpdateSchema,
  feedbackInputSchema,
  implementationInputSchema,
  motionDetailSchema,
  motionInputSchema,
  motionListQuerySchema,
  motionSchema,
  overviewSchema,
  replyInputSchema,
  reviewInputSchema,
  sessionInputSchema,
  sessionSchema,
  voteInputSchema,
  voteSchema,
  withdrawInputSchema,
} from './schema';

const deleted = z.object({ deleted: z.literal(true) });

export const congressContract = defineMethods({
  'congress.settings.get': { input: emptyInput, output: congressSettingsSchema },
  'congress.settings.update': { input: congressSettingsPatch, output: congressSettingsSchema },

  'congress.sessions.list': { input: emptyInput, output: z.array(sessionSchema) },
  'congress.sessions.get': { input: byIdSchema, output: sessionSchema },
  'congress.sessions.create': { input: sessionInputSchema, output: sessionSchema },
  'congress.sessions.update': { input: z.object({ id: idSchema, data: sessionInputSchema }), output: sessionSchema },
  'congress.sessions.delete': { input: byIdSchema, output: deleted },

  'congress.delegates.list': { input: z.object({ term: z.number().int().min(1).max(99) }), output: delegateListSchema },
  'congress.delegates.add': { input: delegateInputSchema, output: delegateSchema },
  'congress.delegates.addMany': { input: delegateBulkSchema, output: z.object({ added: z.number().int() }) },
  'congress.delegates.candidates': {
    input: z.object({ term: z.number().int().min(1).max(99), department: z.string().max(50).optional() }),
    output: z.array(delegateCandidateSchema),
  },
  'congress.delegates.export': { input: z.object({ term: z.number().int().min(1).max(99) }), output: downloadOutput },
  'congress.delegates.update': { input: delegateUpdateSchema, output: delegateSchema },
  'congress.delegates.leave': { input: delegateLeaveSchema, output: delegateSchema },
  'congress.delegates.delete': { input: byIdSchema, output: deleted },

  'congress.motions.list': { input: motionListQuerySchema, output: z.array(motionSchema) },
  'congress.motions.get': { input: byIdSchema, output: motionDetailSchema },
  'congress.motions.forSession': { input: z.object({ sessionId: idSchema }), output: z.array(motionDetailSchema) },
  'congress.motions.create': { input: motionInputSchema, output: motionSchema },
  'congress.motions.update': { input: z.object({ id: idSchema, data: motionInputSchema }), output: motionSchema },
  'congress.motions.delete': { input: byIdSchema, output: deleted },
  'congress.motions.review': { input: reviewInputSchema, output: motionSchema },
  'congress.motions.reply': { input: replyInputSchema, output: motionSchema },
  'congress.motions.implementation': { input: implementationInputSchema, output: motionSchema },
  'congress.motions.feedback': { input: feedbackInputSchema, output: motionSchema },
  'congress.motions.close': { input: closeInputSchema, output: motionSchema },
  'congress.motions.withdraw': { input: withdrawInputSchema, output: motionSchema },
  'congress.motions.setExcellent': { input: z.object({ id: idSchema, excellent: z.boolean() }), output: motionSchema },

  'congress.votes.list': { input: z.object({ sessionId: idSchema }), output: z.array(voteSchema) },
  'congress.votes.get': { input: byIdSchema, output: voteSchema },
  'congress.votes.create': { input: voteInputSchema, output: voteSchema },
  'congress.votes.update': { input: z.object({ id: idSchema, data: voteInputSchema }), output: voteSchema },
  'congress.votes.delete': { input: byIdSchema, output: deleted },

  'congress.attendance.get': { input: z.object({ sessionId: idSchema }), output: attendanceSchema },
  'congress.attendance.set': { input: attendanceInputSchema, output: attendanceSchema },
  'congress.attendance.sheet': { input: z.object({ sessionId: idSchema }), output: signInSheetSchema },

  'congress.overview': { input: z.object({ sessionId: idSchema }), output: overviewSchema },
  'congress.unitStats': { input: z.object({ sessionId: idSchema }), output: unitStatsSchema },
  'congress.urgeSheet': { input: z.object({ sessionId: idSchema }), output: urgeSheetSchema },
  'congress.dashboard': { input: emptyInput, output: overviewSchema },
  'congress.export': { input: z.object({ sessionId: idSchema }), output: downloadOutput },
});
