/**
 * Turns zod issues into Chinese sentences that name the field the way the form labels it.
 */
import { z } from 'zod';
import type { ApiError } from './errors';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组数据',
  date: '日期',
  bigint: '整数',
};

z.config(z.locales.zhCN());
z.config({
  // zod 4 keeps the input off its issues, so only here can a missing value be told from a wrong one.
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined || issue.input === null) return '必须填写';
    return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  },
});

/**
 * Field labels, per API area. The same field name means different things in different areas
 * (`status` is 会员状态 for members and 档案状态 for a hardship file), so each area registers
 * its labels under its method prefixes and a message looks in its own area first.
 */
const labelsByScope = new Map<string, Map<string, string>>();

export function registerFieldLabels(entries: Record<string, string>, scopes: string | readonly string[] = ''): void {
  for (const scope of typeof scopes === 'string' ? [scopes] : scopes) {
    const labels = labelsByScope.get(scope) ?? new Map<string, string>();
    for (const [key, label] of Object.entries(entries)) labels.set(key, label);
    labelsByScope.set(scope, labels);
  }
}

function labelFor(path: readonly PropertyKey[], method: string): string | null {
  const scopes = [...labelsByScope.keys()]
    .filter((scope) => scope !== '' && method.startsWith(scope))
    .sort((a, b) => b.length - a.length);
  scopes.push('');
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key !== 'string') continue;
    for (const scope of scopes) {
      const label = labelsByScope.get(scope)?.get(key);
      if (label) return label;
    }
  }
  return null;
}

/** `method` is the API method the input was for; it picks the area whose labels apply. */
export function issueMessage(issue: z.core.$ZodIssue, method = ''): string {
  const label = labelFor(issue.path, method);
  let text = issue.message;
  if (issue.code === 'too_big' && issue.origin === 'string') text = `不能超过 ${String(issue.maximum)} 个字`;
  return label ? `「${label}」${text}` : issue.path.length ? `${issue.path.join('.')}：${text}` : text;
}

export function zodToApiError(error: z.ZodError, method = ''): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in fields)) fields[key] = issueMessage(issue, method);
  }
  const first = error.issues[0];
  const head = first ? issueMessage(first, method) : '输入有误';
  const more = error.issues.length > 1 ? `（另有 ${error.issues.length - 1} 处问题）` : '';
  return { code: 'VALIDATION', message: `输入有误：${head}${more}`, fields };
}
