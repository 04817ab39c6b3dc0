/**
 * Turns zod issues into Chinese sentences that name the field the way the form labels it.
 * Every issue code gets its own sentence here (zod's own locale text quotes internal names such as
 * `int <=9007199254740991` or `出现未知的键(key): "x"`), and a field without a label is never named
 * by its internal key.
 */
import { z } from 'zod';
import type { ApiError } from './errors';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  tuple: '列表',
  object: '一组数据',
  record: '一组数据',
  map: '一组数据',
  set: '列表',
  date: '日期',
  bigint: '整数',
  file: '文件',
};

const HAS_ASCII_WORD = /[A-Za-z_]{2,}/;

function quotedChoices(values: readonly unknown[]): string | null {
  const words = values.map((v) => String(v));
  if (words.length === 0 || words.length > 12 || words.some((w) => w === '' || HAS_ASCII_WORD.test(w))) return null;
  return words.length === 1 ? `应为“${words[0]}”` : `只能是 ${words.join('、')} 之一`;
}

function limit(value: number | bigint): string {
  return String(value);
}

/** The sentence for an issue that the schema itself gave no message for. */
function defaultMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return '必须填写';
      const expected = String(issue.expected);
      if (expected === 'int' && typeof issue.input === 'number') return '应为整数';
      return TYPE_NAMES[expected] ? `应为${TYPE_NAMES[expected]}` : '类型不正确';
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return `不能超过 ${limit(max)} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${limit(max)} 项`;
      if (issue.origin === 'file') return '文件过大';
      if (issue.origin === 'date') return '日期太晚';
      if (Number(max) >= Number.MAX_SAFE_INTEGER) return '数值过大';
      return issue.inclusive === false ? `应小于 ${limit(max)}` : `不能大于 ${limit(max)}`;
    }
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string') return Number(min) <= 1 ? '必须填写' : `至少 ${limit(min)} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return Number(min) <= 1 ? '至少选择一项' : `至少 ${limit(min)} 项`;
      if (issue.origin === 'file') return '文件是空的';
      if (issue.origin === 'date') return '日期太早';
      if (Number(min) <= Number.MIN_SAFE_INTEGER) return '数值过小';
      if (Number(min) === 0 && issue.inclusive === false) return '应大于 0';
      return issue.inclusive === false ? `应大于 ${limit(min)}` : `不能小于 ${limit(min)}`;
    }
    case 'invalid_format':
      if (issue.format === 'date') return '日期格式应为 年-月-日，例如 2026-11-22';
      if (issue.format === 'datetime') return '时间格式不正确';
      if (issue.format === 'email') return '电子邮箱格式不正确';
      return '格式不正确';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? '含有一个不认识的项' : `含有 ${issue.keys.length} 个不认识的项`;
    case 'invalid_union':
      return '格式不正确';
    case 'invalid_key':
      return '含有名称不正确的项';
    case 'invalid_element':
      return '含有不正确的项';
    case 'invalid_value':
      return quotedChoices(issue.values) ?? '取值不正确';
    case 'custom':
      return '输入不正确';
    default:
      return '输入不正确';
  }
}

z.config(z.locales.zhCN());
// zod 4 keeps the input off its issues, so only here can a missing value be told from a wrong one.
// A message the schema gives (a refine's sentence, '必须填写') still wins over this one.
z.config({ customError: (issue) => defaultMessage(issue) });

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

/** The label a field `key` has for `method`, or null: used by the messages and by the tests. */
export function fieldLabel(key: string, method = ''): string | null {
  const scopes = [...labelsByScope.keys()]
    .filter((scope) => scope !== '' && method.startsWith(scope))
    .sort((a, b) => b.length - a.length);
  scopes.push('');
  for (const scope of scopes) {
    const label = labelsByScope.get(scope)?.get(key);
    if (label) return label;
  }
  return null;
}

/** 「附议人」第 2 项: the nearest labelled key on the path, and the item number after it. */
function fieldName(path: readonly PropertyKey[], method: string): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key !== 'string') continue;
    const label = fieldLabel(key, method);
    if (!label) continue;
    const item = path.slice(i + 1).find((p): p is number => typeof p === 'number');
    return item === undefined ? `「${label}」` : `「${label}」第 ${item + 1} 项`;
  }
  return null;
}

/** `method` is the API method the input was for; it picks the area whose labels apply. */
export function issueMessage(issue: z.core.$ZodIssue, method = ''): string {
  const name = fieldName(issue.path, method);
  let text = issue.message;
  if (issue.code === 'too_big' && issue.origin === 'string') text = `不能超过 ${String(issue.maximum)} 个字`;
  if (name) return `${name}${text}`;
  if (issue.path.length === 0) return issue.code === 'unrecognized_keys' ? `请求${text}` : text;
  return `有一项${text}`;
}

/**
 * A union's own issue says only "no option matched"; the branch that came closest (fewest issues)
 * says what is actually wrong, with its paths taken from the union's place.
 */
function flatten(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => score(a) - score(b))[0]!;
      out.push(...flatten(closest, [...prefix, ...issue.path]));
    } else {
      out.push(prefix.length ? { ...issue, path: [...prefix, ...issue.path] } : issue);
    }
  }
  return out;
}

/** Fewer issues is closer; a branch whose root itself has the wrong type is furthest. */
function score(branch: readonly z.core.$ZodIssue[]): number {
  return branch.length + (branch.some((i) => i.path.length === 0 && i.code === 'invalid_type') ? 1000 : 0);
}

export function zodToApiError(error: z.ZodError, method = ''): ApiError {
  const issues = flatten(error.issues);
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in fields)) fields[key] = issueMessage(issue, method);
  }
  const first = issues[0];
  const head = first ? issueMessage(first, method) : '输入有误';
  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : '';
  return { code: 'VALIDATION', message: `输入有误：${head}${more}`, fields };
}
