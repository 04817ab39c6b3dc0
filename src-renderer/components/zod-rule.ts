/**
 * Ant Design form rules from the shared zod schemas, so a field says exactly what the API would.
 */
import type { FormInstance, Rule } from 'antd/es/form';
import type { z } from 'zod';
import { ApiCallError } from '../../shared/api/client';
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

/** Puts the API's field messages on the matching form fields; returns whether any matched. */
export function applyServerErrors(form: FormInstance, error: unknown, fieldNames: string[]): boolean {
  if (!(error instanceof ApiCallError) || !error.fields) return false;
  const fields = Object.entries(error.fields)
    .map(([path, message]) => ({ name: path.split('.').pop() ?? path, errors: [message.replace(/^「[^」]+」/, '')] }))
    .filter((f) => fieldNames.includes(f.name));
  form.setFields(fields);
  return fields.length > 0;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  if (error instanceof Error) return `操作失败：${error.message}`;
  return '操作失败';
}
