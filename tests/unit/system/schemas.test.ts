import { describe, expect, it } from 'vitest';
import { zodToApiError } from '../../../shared/api/zod-messages';
import { changeStatusInputSchema, memberInputSchema, memberListQuerySchema, phoneSchema } from '../../../shared/members/schema';
import { generalSettingsPatchSchema, generalSettingsSchema } from '../../../shared/settings/schema';

function firstError(result: { success: boolean; error?: unknown }) {
  expect(result.success).toBe(false);
  return zodToApiError(result.error as Parameters<typeof zodToApiError>[0], 'members.create');
}

describe('member input schema', () => {
  it('normalises a full record and turns blanks into null', () => {
    const data = memberInputSchema.parse({
      name: ' 张　三 ',
      idNumber: '11010519491231002x',
      phone: '139 1234 5678',
      department: '  ',
      joinDate: '',
      employmentType: '在编',
    });
    expect(data).toMatchObject({
      name: '张三',
      idNumber: '11010519491231002X',
      phone: '13912345678',
      department: null,
      joinDate: null,
      employmentType: '在编',
      gender: null,
      notes: null,
    });
  });

  it('names the field in Chinese when the name is missing', () => {
    const error = firstError(memberInputSchema.safeParse({}));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('「姓名」必须填写');
    expect(error.fields?.name).toContain('姓名');
  });

  it('refuses too-long strings with the limit in the message', () => {
    const error = firstError(memberInputSchema.safeParse({ name: '张'.repeat(51) }));
    expect(error.fields?.name).toBe('「姓名」不能超过 50 个字');
    const notes = firstError(memberInputSchema.safeParse({ name: '张三', notes: '很'.repeat(501) }));
    expect(notes.fields?.notes).toBe('「备注」不能超过 500 个字');
    // Absurdly long input is refused before any clean-up work is done on it.
    const huge = firstError(memberInputSchema.safeParse({ name: '张三', department: 'x'.repeat(10_000) }));
    expect(huge.fields?.department).toContain('部门/教研组');
  });

  it('refuses a bad ID with the checksum message on the idNumber field', () => {
    const error = firstError(memberInputSchema.safeParse({ name: '王五', idNumber: '110105194912310021' }));
    expect(error.fields?.idNumber).toBe('「身份证号」身份证号校验位不正确，请核对是否有输错的数字');
  });

  it('refuses a bad date, gender, status and employment type in Chinese', () => {
    const date = firstError(memberInputSchema.safeParse({ name: '王五', joinDate: '2026-02-30' }));
    expect(date.fields?.joinDate).toContain('入会时间');
    const gender = firstError(memberInputSchema.safeParse({ name: '王五', gender: 'M' }));
    expect(gender.fields?.gender).toContain('性别只能是');
    const emp = firstError(memberInputSchema.safeParse({ name: '王五', employmentType: '合同' }));
    expect(emp.fields?.employmentType).toContain('用工性质只能是');
    const status = firstError(changeStatusInputSchema.safeParse({ id: 1, status: '离职', date: '2026-11-01' }));
    expect(status.fields?.status).toContain('会员状态只能是');
  });

  it('accepts mobiles and landlines and refuses other phone formats', () => {
    for (const ok of ['13912345678', '0512-65432100', '051265432100', '010-12345678-123', '65432100', '']) {
      expect(phoneSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['12345678901', '1391234567', '139123456789', 'abc', '+86 139']) {
      expect(phoneSchema.safeParse(bad).success, bad).toBe(false);
    }
    const error = firstError(memberInputSchema.safeParse({ name: '王五', phone: '12345' }));
    expect(error.fields?.phone).toContain('「联系电话」');
  });

  it('defaults paging and caps the page size', () => {
    expect(memberListQuerySchema.parse({})).toMatchObject({ page: 1, pageSize: 20 });
    expect(memberListQuerySchema.safeParse({ pageSize: 501 }).success).toBe(false);
    expect(memberListQuerySchema.safeParse({ search: 'x'.repeat(51) }).success).toBe(false);
  });
});

describe('settings schemas', () => {
  it('fills defaults for a fresh store', () => {
    expect(generalSettingsSchema.parse({})).toEqual({ schoolName: '', unionName: '', supervisionPhone: '', supervisionEmail: '' });
  });

  it('a patch carries only the fields given', () => {
    expect(generalSettingsPatchSchema.parse({ schoolName: ' 第一中学 ' })).toEqual({ schoolName: '第一中学' });
  });

  it('refuses a bad email, a bad phone and a too-long name, naming the field', () => {
    expect(firstError(generalSettingsPatchSchema.safeParse({ supervisionEmail: 'a@b' })).fields?.supervisionEmail).toBe(
      '「监督邮箱」监督邮箱格式不正确',
    );
    expect(firstError(generalSettingsPatchSchema.safeParse({ supervisionPhone: '123' })).fields?.supervisionPhone).toContain('「监督电话」');
    expect(firstError(generalSettingsPatchSchema.safeParse({ schoolName: '校'.repeat(61) })).fields?.schoolName).toBe(
      '「学校名称」不能超过 60 个字',
    );
  });
});
