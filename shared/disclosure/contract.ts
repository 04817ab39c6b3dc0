import { z } from 'zod';
import { byIdSchema, downloadOutput, emptyInput, idSchema } from '../api/common';
import { defineMethods } from '../api/define';
import {
  dashboardSchema,
  disclosureSettingsOutput,
  disclosureSettingsPatchSchema,
  exportInputSchema,
  issueInputSchema,
  issueSchema,
  nextIssueNumberSchema,
  noticeDetailSchema,
  noticeInputSchema,
  noticeSchema,
  objectionSchema,
  objectionInputSchema,
  objectionUpdateSchema,
  publishInputSchema,
  registerQuerySchema,
  registerSchema,
  resolveObjectionSchema,
  transitionInputSchema,
  withdrawInputSchema,
} from './schema';

const deleted = z.object({ deleted: z.literal(true) });

export const disclosureContract = defineMethods({
  'disclosure.notices.list': { input: registerQuerySchema, output: registerSchema },
  'disclosure.notices.get': { input: byIdSchema, output: noticeDetailSchema },
  'disclosure.notices.create': { input: noticeInputSchema, output: noticeSchema },
  'disclosure.notices.update': { input: z.object({ id: idSchema, data: noticeInputSchema }), output: noticeSchema },
  'disclosure.notices.delete': { input: byIdSchema, output: deleted },
  'disclosure.notices.approve': { input: transitionInputSchema, output: noticeSchema },
  'disclosure.notices.publish': { input: publishInputSchema, output: noticeSchema },
  'disclosure.notices.withdraw': { input: withdrawInputSchema, output: noticeSchema },
  'disclosure.notices.archive': { input: transitionInputSchema, output: noticeSchema },
  'disclosure.objections.add': { input: objectionInputSchema, output: objectionSchema },
  'disclosure.objections.update': { input: objectionUpdateSchema, output: objectionSchema },
  'disclosure.objections.resolve': { input: resolveObjectionSchema, output: objectionSchema },
  'disclosure.objections.delete': { input: byIdSchema, output: deleted },
  'disclosure.issues.list': { input: emptyInput, output: z.array(issueSchema) },
  'disclosure.issues.get': { input: byIdSchema, output: issueSchema },
  'disclosure.issues.nextNumber': { input: nextIssueNumberSchema, output: z.object({ number: z.number().int() }) },
  'disclosure.issues.create': { input: issueInputSchema, output: issueSchema },
  'disclosure.issues.update': { input: z.object({ id: idSchema, data: issueInputSchema }), output: issueSchema },
  'disclosure.issues.delete': { input: byIdSchema, output: deleted },
  'disclosure.register.export': { input: exportInputSchema, output: downloadOutput },
  'disclosure.dashboard': { input: emptyInput, output: dashboardSchema },
  'disclosure.settings.get': { input: emptyInput, output: disclosureSettingsOutput },
  'disclosure.settings.update': { input: disclosureSettingsPatchSchema, output: disclosureSettingsOutput },
});
