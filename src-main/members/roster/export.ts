/**
 * 导出花名册 through the shared workbook helpers: title row, frozen header, A4 landscape with the
 * header repeated, IDs and phones as text. The import template (会员导入模板) is the import
 * engine's template of the record set 'members' (members/roster/definition.ts).
 */
import type { z } from 'zod';
import type { Download } from '../../../shared/api/common';
import { formatTimestampCn, nowTimestamp } from '../../../shared/domain/dates';
import type { Member } from '../../../shared/members/schema';
import type { rosterExportInputSchema } from '../../../shared/members/roster/schema';
import type { Db } from '../../db/types';
import { reportProgress } from '../../../shared/jobs/progress';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../../excel/workbook';
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
