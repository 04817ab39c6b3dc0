/**
 * The member fields a roster column can fill, with the header words real rosters use for each.
 * Matching ignores spaces, brackets and full-width forms, so “身份证号码（18位）” still finds the ID.
 */
import { headerKey, headerMatcher } from '../../import/headers';
import { MEMBER_FIELD_LABELS, MEMBER_INPUT_FIELDS, type MemberInputField } from '../schema';

/** A roster column can fill any field of the member form. */
export const IMPORT_FIELDS = MEMBER_INPUT_FIELDS;
export type ImportField = MemberInputField;

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = MEMBER_FIELD_LABELS;

export const ROSTER_SYNONYMS: Record<ImportField, string[]> = {
  name: ['姓名', '会员姓名', '教职工姓名', '职工姓名', '名字'],
  gender: ['性别'],
  ethnicity: ['民族'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '出生时间', '生日'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', '身份证件号码', '居民身份证号码', '公民身份证号码'],
  politicalStatus: ['政治面貌', '政治身份'],
  education: ['学历', '最高学历', '文化程度'],
  title: ['职称', '专业技术职称', '专业技术职务', '技术职称'],
  department: ['部门', '所在部门', '科室', '教研组', '年级组', '部门教研组', '所在单位部门', '处室', '工作部门', '所在科室'],
  position: ['职务', '行政职务', '现任职务'],
  phone: ['联系电话', '手机', '手机号码', '手机号', '电话', '电话号码', '联系方式'],
  employmentType: ['用工性质', '用工形式', '人员性质', '编制情况', '编制'],
  joinDate: ['入会时间', '入会日期', '入会年月', '加入工会时间'],
  notes: ['备注', '说明'],
};

const MATCHER = headerMatcher(ROSTER_SYNONYMS);

export { headerKey };

/** The field a header names, or null (序号, 工号, anything unknown). */
export function matchHeader(header: string): ImportField | null {
  return MATCHER.match(header);
}

/**
 * A field for each column from its header; a field is given to its first column only, so two
 * “电话” columns do not both feed the phone.
 */
export function suggestMapping(headers: readonly string[]): Array<ImportField | null> {
  return MATCHER.suggest(headers);
}

/** The headers of the import template, in the order a roster is usually laid out. */
export const TEMPLATE_HEADERS: Array<{ field: ImportField; header: string; example: string }> = [
  { field: 'name', header: '姓名', example: '张三' },
  { field: 'gender', header: '性别', example: '女' },
  { field: 'ethnicity', header: '民族', example: '汉族' },
  { field: 'birthDate', header: '出生日期', example: '1949-12-31' },
  { field: 'idNumber', header: '身份证号', example: '11010519491231002X' },
  { field: 'politicalStatus', header: '政治面貌', example: '中共党员' },
  { field: 'education', header: '学历', example: '大学本科' },
  { field: 'title', header: '职称', example: '一级教师' },
  { field: 'department', header: '部门', example: '语文组' },
  { field: 'position', header: '职务', example: '教研组长' },
  { field: 'phone', header: '联系电话', example: '13912345678' },
  { field: 'employmentType', header: '用工性质', example: '在编' },
  { field: 'joinDate', header: '入会时间', example: '2010-09-01' },
  { field: 'notes', header: '备注', example: '' },
];
