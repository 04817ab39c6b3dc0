/**
 * Between the form (dayjs dates, undefined for empty) and the API's member input.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { MEMBER_INPUT_FIELDS, type Member, type MemberInput } from '../../shared/members/schema';

export interface MemberFormValues {
  name?: string;
  gender?: '男' | '女' | null;
  ethnicity?: string | null;
  birthDate?: Dayjs | null;
  idNumber?: string | null;
  politicalStatus?: string | null;
  education?: string | null;
  title?: string | null;
  department?: string | null;
  position?: string | null;
  phone?: string | null;
  employmentType?: '在编' | '编外' | '临聘' | null;
  joinDate?: Dayjs | null;
  notes?: string | null;
}

export const MEMBER_FORM_FIELDS = MEMBER_INPUT_FIELDS;

export function dateToIso(value: unknown): string | null {
  if (!value) return null;
  if (dayjs.isDayjs(value)) return value.format('YYYY-MM-DD');
  return typeof value === 'string' ? value : null;
}

export function formToInput(values: MemberFormValues): MemberInput {
  return {
    name: values.name ?? '',
    gender: values.gender ?? null,
    ethnicity: values.ethnicity ?? null,
    birthDate: dateToIso(values.birthDate),
    idNumber: values.idNumber ?? null,
    politicalStatus: values.politicalStatus ?? null,
    education: values.education ?? null,
    title: values.title ?? null,
    department: values.department ?? null,
    position: values.position ?? null,
    phone: values.phone ?? null,
    employmentType: values.employmentType ?? null,
    joinDate: dateToIso(values.joinDate),
    notes: values.notes ?? null,
  };
}

export function memberToForm(member: Member): MemberFormValues {
  return {
    name: member.name,
    gender: member.gender,
    ethnicity: member.ethnicity,
    birthDate: member.birthDate ? dayjs(member.birthDate) : null,
    idNumber: member.idNumber,
    politicalStatus: member.politicalStatus,
    education: member.education,
    title: member.title,
    department: member.department,
    position: member.position,
    phone: member.phone,
    employmentType: member.employmentType,
    joinDate: member.joinDate ? dayjs(member.joinDate) : null,
    notes: member.notes,
  };
}
