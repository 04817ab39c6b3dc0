/**
 * Turns zod issues into Chinese sentences that name the field the way the form labels it.
 */
import { z } from 'zod';
import type { ApiError } from './errors';

z.config(z.locales.zhCN());

/** Field labels for every record area; areas add theirs with registerFieldLabels. */
const labels = new Map<string, string>();

export function registerFieldLabels(entries: Record<string, string>): void {
  for (const [key, label] of Object.entries(entries)) labels.set(key, label);
}

function labelFor(path: PropertyKey[]): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && labels.has(key)) return labels.get(key)!;
  }
  return null;
}

export function issueMessage(issue: z.core.$ZodIssue): string {
  const label = labelFor(issue.path);
  let text = issue.message;
  if (issue.code === 'too_big' && issue.origin === 'string') text = `不能超过 ${String(issue.maximum)} 个字`;
  if (issue.code === 'invalid_type' && issue.input === undefined) text = '必须填写';
  return label ? `「${label}」${text}` : issue.path.length ? `${issue.path.join('.')}：${text}` : text;
}

export function zodToApiError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in fields)) fields[key] = issueMessage(issue);
  }
  const first = error.issues[0];
  const head = first ? issueMessage(first) : '输入有误';
  const more = error.issues.length > 1 ? `（另有 ${error.issues.length - 1} 处问题）` : '';
  return { code: 'VALIDATION', message: `输入有误：${head}${more}`, fields };
}
