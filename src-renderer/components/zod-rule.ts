/**
 * Ant Design form rules from the shared zod schemas, so a field says exactly what the API would.
 */
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { issueMessage } from '../../shared/api/zod-messages';

export function zodRule(schema: z.ZodType, toValue: (v: unknown) => unknown = (v) => v): Rule {
  return {
    validator: async (_rule, value) => {
      const result = schema.safeParse(toValue(value));
      if (!result.success) {
        const issue = result.error.issues[0];
        // The field's own label is already beside the input: show just the reason.
        throw new Error(issue ? issueMessage({ ...issue, path: [] }) : '输入有误');
      }
    },
  };
}
