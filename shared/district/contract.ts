/**
 * The district roll-up's methods (基层汇总) and the branch's sending file (报送上级工会).
 * Files travel as { fileName, contentBase64 }, as import.read takes them.
 *
 * Still to be registered here as each gets its service (their schemas are in ./schema.ts):
 * district.summary, district.school, district.export.summary / hardship / motions.
 */
import { byIdSchema, downloadOutput, emptyInput, okOutput } from '../api/common';
import { defineMethods } from '../api/define';
import {
  districtSettingsOutput,
  districtSettingsPatchSchema,
  historyInputSchema,
  historyOutput,
  receiveCommitInputSchema,
  receiveOutput,
  receivePreviewInputSchema,
  schoolSaveInputSchema,
  schoolSchema,
  schoolsImportInputSchema,
  schoolsImportOutput,
  schoolsOutput,
  sendInputSchema,
  sendOutput,
  sendPreviewOutput,
} from './schema';

export const districtContract = defineMethods({
  /** 设置 → 本机用途 (基层工会 / 上级教育工会) and the district's check threshold. */
  'district.settings': { input: emptyInput, output: districtSettingsOutput },
  'district.updateSettings': { input: districtSettingsPatchSchema, output: districtSettingsOutput },

  /** 基层工会名单. */
  'district.schools.list': { input: emptyInput, output: schoolsOutput },
  'district.schools.save': { input: schoolSaveInputSchema, output: schoolSchema },
  'district.schools.delete': { input: byIdSchema, output: okOutput },
  /** From an Excel/WPS sheet or CSV; dryRun says what would change without saving. */
  'district.schools.import': { input: schoolsImportInputSchema, output: schoolsImportOutput },
  'district.schools.template': { input: emptyInput, output: downloadOutput },

  /** Branch side: what the sending file holds, then the file itself (学校名-2026年度台账.xlsx). */
  'district.send.preview': { input: sendInputSchema, output: sendPreviewOutput },
  'district.send': { input: sendInputSchema, output: sendOutput },

  /** Receiving: check every file (nothing saved), then take them, each file all-or-nothing. */
  'district.receive.preview': { input: receivePreviewInputSchema, output: receiveOutput },
  'district.receive.commit': { input: receiveCommitInputSchema, output: receiveOutput },
  'district.reports.history': { input: historyInputSchema, output: historyOutput },
});
