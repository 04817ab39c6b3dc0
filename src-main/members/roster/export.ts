/**
 * 导出花名册 and the import template (会员导入模板), both through the shared workbook helpers:
 * title row, frozen header, A4 landscape with the header repeated, IDs and phones as text.
 */
import type { z } from 'zod';
import type { Download } from '../../../shared/api/common';
import { formatTimestampCn, nowTimestamp } from '../../../shared/domain/dates';
import type { Member } from '../../../shared/members/schema';
import { TEMPLATE_HEADERS } from '../../../shared/members/roster/fields';
import type { rosterExportInputSchema } from '../../../shared/members/roster/schema';
import type { Db } from '../../db/types';
import { reportProgress } from '../../../shared/jobs/progress';
import { addTableSheet, addTextSheet, newWorkbook, workbookToBuffer } from '../../excel/workbook';
import { getGeneralSettings } from '../../settings/service';
import { listMembers } from '../service';

type ExportInput = z.output<typeof rosterExportInputSchema>;

const EXPORT_COLUMNS: Array<{ header: string; width: number; value: (m: Member, i: number) => string | number | null }> = [
  { header: '序号', width: 6, value: (_m, i) => i + 1 },
  { header: '姓名', width: 10, value: (m) => m.name },
  { header: '性别', width: 6, value: (m) => m.gender },
  { header: '民族', width: 8, value: (m) => m.ethnicity },
  { header: '出生日期', width: 12, value: (m) => m.birthDate },
  { header: '身份证号', width: 21, value: (m) => m.idNumber },
  { header: '政治面貌', width: 12, value: (m) => m.politicalStatus },
  { header: '学历', width: 12, value: (m) => m.education },
  { header: '职称', width: 12, value: (m) => m.title },
  { header: '部门/教研组', width: 14, value: (m) => m.department },
  { header: '职务', width: 12, value: (m) => m.position },
  { header: '联系电话', width: 15, value: (m) => m.phone },
  { header: '用工性质', width: 9, value: (m) => m.employmentType },
  { header: '入会时间', width: 12, value: (m) => m.joinDate },
  { header: '会员状态', width: 9, value: (m) => m.status },
  { header: '备注', width: 24, value: (m) => m.notes },
];

export function exportMembers(db: Db, input: ExportInput): Member[] {
  // One page holding everything: paging by OFFSET would re-scan the list once per page.
  return listMembers(db, { ...(input ?? {}), page: 1, pageSize: Number.MAX_SAFE_INTEGER }).rows;
}

function describeFilter(input: ExportInput): string {
  if (!input) return '全部会员';
  const parts: string[] = [];
  if (input.search) parts.push(`查找“${input.search}”`);
  if (input.departments?.length) parts.push(`部门：${input.departments.join('、')}`);
  if (input.statuses?.length) parts.push(`状态：${input.statuses.join('、')}`);
  if (input.employmentTypes?.length) parts.push(`用工性质：${input.employmentTypes.join('、')}`);
  if (input.genders?.length) parts.push(`性别：${input.genders.join('、')}`);
  return parts.length ? parts.join('；') : '全部会员';
}

export async function exportRoster(db: Db, input: ExportInput): Promise<Download> {
  const members = exportMembers(db, input);
  const { schoolName } = getGeneralSettings(db);
  const wb = newWorkbook();
  addTableSheet(wb, {
    name: '会员花名册',
    title: `${schoolName}工会会员花名册`,
    subtitle: `范围：${describeFilter(input)}\u3000共 ${members.length} 人\u3000导出时间：${formatTimestampCn(nowTimestamp())}\u3000本表含身份证号、联系电话等个人信息，请妥善保管`,
    headers: EXPORT_COLUMNS.map((c) => c.header),
    widths: EXPORT_COLUMNS.map((c) => c.width),
    rows: members.map((m, i) => {
      if (i % 1000 === 0) reportProgress('导出', i, members.length);
      return EXPORT_COLUMNS.map((c) => c.value(m, i));
    }),
    sharedStyles: true,
  });
  reportProgress('导出', members.length, members.length, '正在生成工作簿');
  return { fileName: '会员花名册.xlsx', contentBase64: (await workbookToBuffer(wb)).toString('base64') };
}

const TEMPLATE_ROWS = 500;

export async function rosterTemplate(): Promise<Download> {
  const wb = newWorkbook();
  const sheet = addTableSheet(wb, {
    name: '会员花名册',
    title: '工会会员花名册（导入模板）',
    headers: TEMPLATE_HEADERS.map((h) => h.header),
    widths: TEMPLATE_HEADERS.map((h) => (h.field === 'idNumber' ? 21 : h.field === 'notes' ? 24 : 12)),
    rows: [],
  });
  // Text format on the ID and phone columns before anyone types: Excel then keeps all 18 digits.
  TEMPLATE_HEADERS.forEach((h, i) => {
    if (h.field !== 'idNumber' && h.field !== 'phone') return;
    sheet.getColumn(i + 1).numFmt = '@';
    for (let r = 3; r < 3 + TEMPLATE_ROWS; r++) sheet.getRow(r).getCell(i + 1).numFmt = '@';
  });
  const lines = [
    '填写说明',
    '1. 请在“会员花名册”工作表第 2 行表头下方逐行填写，每行一名会员；不要改动表头文字。',
    '2. 姓名必填。身份证号请填写 18 位完整号码（该列已设为文本格式，请勿改成数字格式，否则后几位会丢失）。',
    '3. 填写身份证号后，性别和出生日期以身份证号为准，可以不填。',
    '4. 日期可写作 1985-03-01、1985.03、1985年3月 或 19850301。',
    '5. 用工性质填写 在编、编外 或 临聘。',
    '6. 已在系统中的会员（身份证号相同；无身份证号时姓名和出生日期相同）会被更新，不会重复添加。',
    '例：',
    TEMPLATE_HEADERS.map((h) => `${h.header}：${h.example || '（可空）'}`).join('\u3000'),
  ];
  const help = addTextSheet(wb, '填写说明', lines, 110);
  help.getRow(1).getCell(1).font = { bold: true, size: 14 };
  return { fileName: '会员导入模板.xlsx', contentBase64: (await workbookToBuffer(wb)).toString('base64') };
}
