/**
 * The district roll-up's methods (基层汇总) and the branch's sending file (报送上级工会).
 * Files travel as { fileName, contentBase64 }, as import.read takes them.
 */
import { byIdSchema, downloadOutput, emptyInput, okOutput } from '../api/common';
import { defineMethods } from '../api/define';
import {
  districtSettingsOutput,
  districtSettingsPatchSchema,
  exportInputSchema,
  historyInputSchema,
  historyOutput,
  receiveCommitInputSchema,
  receiveOutput,
  receivePreviewInputSchema,
  schoolInputByYear,
  schoolReportOutput,
  schoolSaveInputSchema,
  schoolSchema,
  schoolsOutput,
  sendInputSchema,
  sendOutput,
  sendPreviewOutput,
  summaryInputSchema,
  summaryOutput,
} from './schema';

export const districtContract = defineMethods({
  /** 设置 → 本机用途 (基层工会 / 上级教育工会) and the district's check threshold. */
  'district.settings': { input: emptyInput, output: districtSettingsOutput },
  'district.updateSettings': { input: districtSettingsPatchSchema, output: districtSettingsOutput },

  /** 基层工会名单. */
  'district.schools.list': { input: emptyInput, output: schoolsOutput },
  'district.schools.save': { input: schoolSaveInputSchema, output: schoolSchema },
  'district.schools.delete': { input: byIdSchema, output: okOutput },
  // Importing the list from a sheet is the import engine's record set 'schools' (import.*).

  /** Branch side: what the sending file holds, then the file itself (学校名-2026年度台账.xlsx). */
  'district.send.preview': { input: sendInputSchema, output: sendPreviewOutput },
  'district.send': { input: sendInputSchema, output: sendOutput },

  /** Receiving: check every file (nothing saved), then take them, each file all-or-nothing. */
  'district.receive.preview': { input: receivePreviewInputSchema, output: receiveOutput },
  'district.receive.commit': { input: receiveCommitInputSchema, output: receiveOutput },
  'district.reports.history': { input: historyInputSchema, output: historyOutput },

  /** The district's view of a year, and one school's figures as its own ledger page shows them. */
  'district.summary': { input: summaryInputSchema, output: summaryOutput },
  'district.school': { input: schoolInputByYear, output: schoolReportOutput },

  /** 汇总表, 困难职工汇总, 提案汇总 (for 优秀提案评选). */
  'district.export.summary': { input: exportInputSchema, output: downloadOutput },
  'district.export.hardship': { input: exportInputSchema, output: downloadOutput },
  'district.export.motions': { input: exportInputSchema, output: downloadOutput },
});
