/**
 * Enumerations with their Chinese labels. The stored value is the Chinese word itself: the store
 * stays readable in any SQLite viewer and exports need no translation.
 */
export const GENDERS = ['男', '女'] as const;
export const MEMBER_STATUSES = ['在册', '调出', '退休', '退会', '去世'] as const;
export const EMPLOYMENT_TYPES = ['在编', '编外', '临聘'] as const;

/** Common values offered as suggestions; rosters use others too, so the fields stay free text. */
export const POLITICAL_STATUS_SUGGESTIONS = ['中共党员', '中共预备党员', '共青团员', '民主党派', '无党派人士', '群众'];
export const EDUCATION_SUGGESTIONS = ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'];
export const TITLE_SUGGESTIONS = ['正高级教师', '高级教师', '一级教师', '二级教师', '三级教师', '未定级', '高级工', '中级工'];
export const ETHNICITY_SUGGESTIONS = ['汉族', '回族', '满族', '蒙古族', '壮族', '藏族', '维吾尔族', '苗族', '彝族', '土家族', '朝鲜族'];
