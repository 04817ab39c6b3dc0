/**
 * Labels for the fields every area's methods share (ids, paging, search, filters) and for the
 * system and import methods. Scopes are method prefixes: the longest one that matches wins, so
 * `id` reads 提案 for a motion and 慰问记录 for a visit. Areas register their record fields beside
 * their schemas; a validation message never falls back to an internal key (a test walks every method).
 */
import { registerFieldLabels } from './zod-messages';

registerFieldLabels({
  id: '编号',
  data: '修改内容',
  page: '页码',
  pageSize: '每页条数',
  search: '查找内容',
  sortBy: '排序依据',
  sortOrder: '排序方向',
  year: '年度',
  fileName: '文件名',
  uploadName: '文件名',
  contentBase64: '文件内容',
  departments: '部门/教研组',
  statuses: '状态',
  states: '办理状态',
  categories: '类别',
  scopes: '公开范围',
  reasons: '慰问事由',
  levels: '困难等级',
  memberId: '会员',
  sessionId: '届次',
  noticeId: '公示',
});

registerFieldLabels({ employmentTypes: '用工性质', genders: '性别', statuses: '会员状态' }, ['members.', 'roster.']);
registerFieldLabels(
  {
    id: '导入批次',
    fileName: '文件名',
    contentBase64: '文件内容',
    sheet: '工作表',
    headerRow: '表头所在行',
    headers: '表头',
    mapping: '列对应关系',
    rows: '数据行',
    row: '行号',
    cells: '单元格',
    numeric: '数字单元格',
    merged: '合并单元格',
    skipInvalid: '跳过有错误的行',
  },
  'roster.',
);
registerFieldLabels({ id: '会员' }, 'members.');
registerFieldLabels({ fileName: '备份文件', uploadName: '备份文件名', contentBase64: '备份文件内容' }, 'system.');

registerFieldLabels({ id: '届次' }, 'congress.sessions.');
registerFieldLabels({ id: '代表', replacementIsTeacher: '替补代表是否为教师' }, 'congress.delegates.');
registerFieldLabels({ id: '提案', states: '提案状态', excellent: '优秀提案' }, 'congress.motions.');
registerFieldLabels({ id: '票决事项' }, 'congress.votes.');

registerFieldLabels({ id: '公示', states: '公示状态' }, 'disclosure.notices.');
registerFieldLabels({ states: '公示状态' }, 'disclosure.register.');
registerFieldLabels({ id: '异议', anonymous: '匿名' }, 'disclosure.objections.');
registerFieldLabels({ id: '公开栏期号' }, 'disclosure.issues.');

registerFieldLabels(
  { id: '慰问记录', overStandardOnly: '只看超出标准的', excludeVisitId: '慰问记录' },
  'welfare.visits.',
);
registerFieldLabels({ id: '发放批次' }, 'welfare.batches.');
registerFieldLabels({ id: '困难档案', statuses: '档案状态', dueOnly: '只看到期复核的' }, 'welfare.hardship.');
registerFieldLabels({ statuses: '会员状态', hardshipOnly: '只看困难职工' }, 'welfare.people');
registerFieldLabels({ cashOnly: '只含现金' }, 'welfare.signoff');
