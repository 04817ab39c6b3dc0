import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { zodToApiError } from '../../../shared/api/zod-messages';
import '../../../shared/api/field-labels';
import '../../../shared/members/schema';
import '../../../shared/welfare/schema';
import '../../../shared/congress/schema';

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
    // A field without a label is never named by its internal key.
    expect(wrong.fields?.age).toBe('有一项应为数字');
    expect(wrong.message).toBe('输入有误：「姓名」应为文字（另有 1 处问题）');
  });
});

describe('zod wording never reaches the user', () => {
  it('out-of-range numbers, unknown keys, enums and unions read as sentences', () => {
    const id = z.object({ id: z.number().int().positive() });
    expect(errorOf(id, { id: 1e20 }, 'members.get').message).toBe('输入有误：「会员」数值过大');
    expect(errorOf(id, { id: 0 }, 'members.get').message).toBe('输入有误：「会员」应大于 0');
    expect(errorOf(id, { id: 1.5 }, 'members.get').message).toBe('输入有误：「会员」应为整数');
    expect(errorOf(z.object({}).strict(), { x: 1 }, 'system.info').message).toBe('输入有误：请求含有一个不认识的项');
    expect(errorOf(z.object({ gender: z.enum(['男', '女']) }), { gender: 'x' }, 'members.create').message).toBe(
      '输入有误：「性别」只能是 男、女 之一',
    );
    expect(errorOf(z.object({ sortOrder: z.enum(['asc', 'desc']) }), { sortOrder: 'x' }, 'members.list').message).toBe(
      '输入有误：「排序方向」取值不正确',
    );
    const union = z.union([z.object({ fileName: z.string() }), z.object({ uploadName: z.string(), contentBase64: z.string() })]);
    expect(errorOf(union, { fileName: 3 }, 'system.restoreBackup').message).toBe('输入有误：「备份文件」应为文字');
    expect(errorOf(z.object({ cosignerIds: z.array(z.number()) }), { cosignerIds: [1, 'a'] }, 'congress.motions.create').message).toBe(
      '输入有误：「附议人」第 2 项应为数字',
    );
  });
});
