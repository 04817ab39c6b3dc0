/**
 * Showing what went wrong: the API's field messages on the form's fields, or one sentence for a
 * message box.
 */
import type { FormInstance } from 'antd/es/form';
import { ApiCallError } from '../../shared/api/client';

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
