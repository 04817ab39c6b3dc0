import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { zodToApiError } from '../../shared/api/zod-messages';
import '../../shared/members/schema';
import '../../shared/welfare/schema';
import '../../shared/congress/schema';

function errorOf(schema: z.ZodType, input: unknown, method: string) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a validation error');
  return zodToApiError(result.error, method);
}

describe('Chinese validation messages', () => {
  it('name a field by the label of the area the request was for', () => {
    const schema = z.object({ status: z.enum(['在册']) });
    // `status` is 会员状态 for members and something else in welfare: each area sees its own label.
    expect(errorOf(schema, { status: 'x' }, 'members.changeStatus').message).toContain('「会员状态」');
    expect(errorOf(schema, { status: 'x' }, 'welfare.hardship.save').message).not.toContain('会员状态');
  });

  it('tell a missing value from a value of the wrong type', () => {
    const schema = z.object({ name: z.string(), age: z.number().int() });
    const missing = errorOf(schema, { age: 3 }, 'members.create');
    expect(missing.fields).toEqual({ name: '「姓名」必须填写' });
    const wrong = errorOf(schema, { name: 42, age: 'x' }, 'members.create');
    expect(wrong.fields?.name).toBe('「姓名」应为文字');
    expect(wrong.fields?.age).toBe('age：应为数字');
    expect(wrong.message).toBe('输入有误：「姓名」应为文字（另有 1 处问题）');
  });
});
