/**
 * 基层汇总 (the district roll-up): the schools on the district's list (基层工会名单), the ledgers they
 * send (报送), and what the district reads from them. One definition, used by the pages, the API
 * validation, the store and the CLI. Figures are kept exactly as the school's report.year gave them,
 * so areas added to report.year later flow through without a change here.
 */
import type { JobPhase } from '../jobs/progress';
import { z } from 'zod';
import { downloadOutput, idSchema, optionalText, requiredText } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';
import { motionSchema, voteSchema } from '../congress/schema';
import { phoneSchema } from '../members/schema';
import { checkItemSchema, reportYearSchema, yearFiguresSchema, yearReportSchema } from '../report/schema';

export const DISTRICT_FIELD_LABELS = {
  id: '学校',
  schoolId: '学校',
  name: '学校名称',
  type: '学校类型',
  contact: '联系人',
  phone: '联系电话',
  staff: '教职工人数',
  notes: '备注',
  year: '年份',
  files: '文件',
  fileName: '文件名',
  contentBase64: '文件内容',
  addSchool: '将名单外的学校加入名单',
  schoolType: '新学校的类型',
  role: '本机用途',
  congressStaffMin: '应建立教代会制度的教职工人数',
} as const;
registerFieldLabels(DISTRICT_FIELD_LABELS, 'district.');

// ---------------------------------------------------------------- settings (本机用途)

/** 本机用途: a branch's own ledger (default), or the district union that receives the branches' ledgers. */
export const ROLES = ['基层工会', '上级教育工会'] as const;
export type Role = (typeof ROLES)[number];

export const districtSettingsSchema = z.object({
  role: z.enum(ROLES, '本机用途应为“基层工会”或“上级教育工会”').default('基层工会'),
  /** 「基层学校 80 人以上必须建立教代会制度」: a school above this many staff that held no congress fails the check. */
  congressStaffMin: z.number().int('应为整数').min(1, '至少为 1').max(10000, '不能超过 10000').default(80),
});
export type DistrictSettings = z.output<typeof districtSettingsSchema>;
export const districtSettingsPatchSchema = z
  .object({
    role: z.enum(ROLES, '本机用途应为“基层工会”或“上级教育工会”'),
    congressStaffMin: z.number().int('应为整数').min(1, '至少为 1').max(10000, '不能超过 10000'),
  })
  .partial();
export const districtSettingsOutput = z.object({ role: z.enum(ROLES), congressStaffMin: z.number().int() });

// ---------------------------------------------------------------- 基层工会名单

export const SCHOOL_TYPES = ['中学', '小学', '幼儿园', '职校'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];
/** How a school without a type is grouped in charts and tables. */
export const NO_SCHOOL_TYPE = '未分类';
export const schoolTypeSchema = z.enum(SCHOOL_TYPES, '学校类型应为 中学、小学、幼儿园 或 职校');

const staffSchema = z
  .number({ error: '应为人数' })
  .int('应为整数')
  .min(0, '不能为负数')
  .max(100000, '不能超过 100000')
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const schoolInputSchema = z.object({
  name: requiredText(60),
  type: schoolTypeSchema.nullable().optional().transform((v) => v ?? null),
  contact: optionalText(30),
  phone: phoneSchema,
  staff: staffSchema,
  notes: optionalText(200),
});
export type SchoolInput = z.input<typeof schoolInputSchema>;
export type SchoolValues = z.output<typeof schoolInputSchema>;
/** district.schools.save: without id a new school, with id an edit of that school. */
export const schoolSaveInputSchema = schoolInputSchema.extend({ id: idSchema.optional() });

export const schoolSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: schoolTypeSchema.nullable(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
  staff: z.number().int().nullable(),
  notes: z.string().nullable(),
  /** Years this school has a current report for, newest first. */
  reportedYears: z.array(z.number().int()),
});
export type School = z.infer<typeof schoolSchema>;
export const schoolsOutput = z.object({ schools: z.array(schoolSchema) });

export const fileSchema = z.object({
  fileName: z.string().min(1, '必须填写').max(255, '不能超过 255 个字'),
  /** The file's bytes as base64, as import.read takes them (readAsBase64 in src-renderer/import/file.ts). */
  contentBase64: z.string().max(150 * 1024 * 1024),
});
// ---------------------------------------------------------------- the sending file (报送)

/** The machine sheet's marker and version: a ledger of another format version is refused by name. */
export const LEDGER_FORMAT = 'union-ledger/district-report';
export const LEDGER_FORMAT_VERSION = 1;

/** One hardship file as the school sends it: no ID number (the district does not need it). */
export const sentHardshipSchema = z.object({
  name: z.string(),
  gender: z.string().nullable(),
  department: z.string().nullable(),
  level: z.string(),
  mainCause: z.string().nullable(),
  secondaryCauses: z.array(z.string()),
  householdSize: z.number().int().nullable(),
  perCapitaIncomeFen: z.number().int().nullable(),
  filedOn: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  verifiedBy: z.string().nullable(),
  status: z.string(),
  statusDate: z.string().nullable(),
});
export type SentHardship = z.infer<typeof sentHardshipSchema>;

/**
 * One motion as the school sends it: the congress motion's own fields where the file carries them
 * as they are (shared/congress/schema.ts is their one definition), and, in one line each, what the
 * district reads without the school's records: the session's name, the proposer and cosigners by
 * name, the review's outcome as text (「合并立案（并入 T3）」), the first reply and whether it was on time.
 */
export const sentMotionSchema = motionSchema
  .pick({ number: true, title: true, leadUnit: true, deadline: true, implementation: true, rating: true, state: true, excellent: true })
  .extend({
    session: z.string(),
    category: motionSchema.shape.category.nullable(),
    proposer: motionSchema.shape.proposerName,
    cosigners: z.string(),
    reasons: motionSchema.shape.reasons.nullable(),
    proposals: motionSchema.shape.proposals.nullable(),
    decision: z.string(),
    firstReply: z.string().nullable(),
    onTime: z.boolean().nullable(),
  });
export type SentMotion = z.infer<typeof sentMotionSchema>;

/** One vote as the school sends it: the congress vote's own counts and result, with the session's name. */
export const sentVoteSchema = voteSchema
  .pick({ item: true, due: true, present: true, votesFor: true, votesAgainst: true, abstain: true, invalid: true, result: true })
  .extend({
    session: z.string(),
    votedOn: voteSchema.shape.votedOn.nullable(),
    method: voteSchema.shape.method.nullable(),
  });
export type SentVote = z.infer<typeof sentVoteSchema>;

/**
 * What the machine sheet carries. `figures` and `previous` are report.year's `current` and
 * `previous` exactly as the school's program computed them (loose: areas added later pass through).
 * `sheets` is a digest of each human sheet's cells, so an edit there is seen too. The SHA-256 is
 * over the canonical JSON of this whole object (keys sorted).
 */
export const ledgerPayloadSchema = z.object({
  format: z.literal(LEDGER_FORMAT),
  version: z.number().int(),
  schoolName: z.string(),
  unionName: z.string(),
  year: z.number().int(),
  exportedAt: z.string(),
  appVersion: z.string(),
  figures: yearFiguresSchema.loose(),
  previous: yearFiguresSchema.loose(),
  sentences: z.record(z.string(), z.array(z.string())),
  checks: z.array(checkItemSchema.loose()),
  hardship: z.array(sentHardshipSchema),
  motions: z.array(sentMotionSchema),
  votes: z.array(sentVoteSchema),
  sheets: z.record(z.string(), z.string()),
});
export type LedgerPayload = z.infer<typeof ledgerPayloadSchema>;

export const sendInputSchema = z.object({ year: reportYearSchema });
/** district.send.preview: what the sending file will contain, shown before it is saved. */
export const sendPreviewOutput = z.object({
  fileName: z.string(),
  schoolName: z.string(),
  unionName: z.string(),
  year: z.number().int(),
  /** Things to put right first (e.g. no school name in 设置); sending is refused while any is here. */
  problems: z.array(z.string()),
  /** The main figures as labelled lines, as the district will read them. */
  lines: z.array(z.object({ area: z.string(), label: z.string(), value: z.string() })),
  hardship: z.number().int(),
  motions: z.number().int(),
  votes: z.number().int(),
  sheets: z.array(z.string()),
});
export const sendOutput = downloadOutput;

// ---------------------------------------------------------------- receiving

/** What the district makes of one received file, before (preview) or after (commit) saving. */
export const receivedFileSchema = z.object({
  fileName: z.string(),
  ok: z.boolean(),
  /** Why the file is refused, in Chinese, naming the file; null when it can be taken. */
  error: z.string().nullable(),
  schoolName: z.string().nullable(),
  year: z.number().int().nullable(),
  exportedAt: z.string().nullable(),
  /** The listed school the file belongs to; null when its name is not on the list. */
  schoolId: z.number().int().nullable(),
  /** The name is not on the list: taking it adds the school (commit with addSchool: true). */
  newSchool: z.boolean(),
  /** The school's current report for that year, which taking this file replaces (kept in the history). */
  replaces: z.object({ reportId: z.number().int(), exportedAt: z.string(), receivedAt: z.string() }).nullable(),
  /** A few figures to show beside the file. */
  members: z.number().int().nullable(),
  motions: z.number().int().nullable(),
  visits: z.number().int().nullable(),
  amountFen: z.number().int().nullable(),
  hardship: z.number().int().nullable(),
  /** commit only: the report saved; null on preview or when refused. */
  reportId: z.number().int().nullable(),
});
export type ReceivedFile = z.infer<typeof receivedFileSchema>;

/** A file's check result before anything is known of it: refused when `error` is given. */
export function blankReceivedFile(fileName: string, error: string | null): ReceivedFile {
  return {
    fileName,
    ok: error === null,
    error,
    schoolName: null,
    year: null,
    exportedAt: null,
    schoolId: null,
    newSchool: false,
    replaces: null,
    members: null,
    motions: null,
    visits: null,
    amountFen: null,
    hardship: null,
    reportId: null,
  };
}

export const receivePreviewInputSchema = z.object({
  /** The year being collected: a ledger of another year is refused. Absent: each file's own year (CLI). */
  year: reportYearSchema.optional(),
  files: z.array(fileSchema).min(1, '请选择要接收的台账文件').max(1000, '一次最多接收 1000 个文件'),
});
export const receiveCommitInputSchema = z.object({
  year: reportYearSchema.optional(),
  files: z
    .array(
      fileSchema.extend({
        /** Attach the file to this listed school although its name differs (e.g. a former name). */
        schoolId: idSchema.optional(),
        /** A school not on the list is added to it (else the file is refused). */
        addSchool: z.boolean().optional().default(false),
        schoolType: schoolTypeSchema.optional(),
      }),
    )
    .min(1, '请选择要接收的台账文件')
    .max(1000, '一次最多接收 1000 个文件'),
});
export const receiveOutput = z.object({
  files: z.array(receivedFileSchema),
  taken: z.number().int(),
  refused: z.number().int(),
});
export type ReceiveResult = z.infer<typeof receiveOutput>;

/** Progress of a receive run (the jobs area shows it): phases 读取 / 检查 / 写入. */
export interface ReceiveProgress {
  phase: Extract<JobPhase, '读取' | '检查' | '写入'>;
  done: number;
  total: number | null;
}

// ---------------------------------------------------------------- history

export const historyInputSchema = z.object({ schoolId: idSchema.optional(), year: reportYearSchema.optional() });
export const reportHistoryItemSchema = z.object({
  id: z.number().int(),
  schoolId: z.number().int(),
  schoolName: z.string(),
  year: z.number().int(),
  fileName: z.string(),
  /** The school's own export time (from the file) and the district's receiving time. */
  exportedAt: z.string(),
  receivedAt: z.string(),
  /** When a later sending replaced this one; null for the current report. */
  replacedAt: z.string().nullable(),
  current: z.boolean(),
  hash: z.string(),
});
export type ReportHistoryItem = z.infer<typeof reportHistoryItemSchema>;
export const historyOutput = z.object({ items: z.array(reportHistoryItemSchema) });

// ---------------------------------------------------------------- the district's view of a year

export const FIGURE_KINDS = ['count', 'money', 'rate'] as const;
/** One column of the school × figures table: a flat key such as 'congress.replyRate'. */
export const figureColumnSchema = z.object({
  key: z.string(),
  area: z.string(),
  label: z.string(),
  unit: z.string(),
  kind: z.enum(FIGURE_KINDS),
});
export type FigureColumn = z.infer<typeof figureColumnSchema>;
/** Flat figures: 'members.total' → 312, 'congress.replyRate' → 0.93 (null: nothing to divide by). */
export const flatFiguresSchema = z.record(z.string(), z.number().nullable());
export type FlatFigures = z.infer<typeof flatFiguresSchema>;

export const DISTRICT_CHECKS = ['congress.required', 'congress.unanswered', 'welfare.reverify'] as const;
export type DistrictCheckKey = (typeof DISTRICT_CHECKS)[number];
export const failingCheckSchema = z.object({
  key: z.enum(DISTRICT_CHECKS),
  title: z.string(),
  schools: z.array(z.object({ schoolId: z.number().int(), name: z.string(), detail: z.string() })),
});
export type FailingCheck = z.infer<typeof failingCheckSchema>;

export const schoolRowSchema = z.object({
  schoolId: z.number().int(),
  name: z.string(),
  type: schoolTypeSchema.nullable(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
  staff: z.number().int().nullable(),
  reported: z.boolean(),
  reportId: z.number().int().nullable(),
  exportedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  figures: flatFiguresSchema,
  /** Keys of the district checks this school fails. */
  failing: z.array(z.enum(DISTRICT_CHECKS)),
});
export type SchoolRow = z.infer<typeof schoolRowSchema>;

export const summaryInputSchema = z.object({ year: reportYearSchema });
export const summaryOutput = z.object({
  year: z.number().int(),
  expected: z.number().int(),
  reported: z.number().int(),
  /** Schools on the list that have not sent this year's ledger, with whom to call. */
  missing: z.array(schoolRowSchema.pick({ schoolId: true, name: true, type: true, contact: true, phone: true })),
  /** Sum of every figure over the reported schools, in report.year's own shape; rates recomputed. */
  totals: yearFiguresSchema.loose(),
  totalsFlat: flatFiguresSchema,
  columns: z.array(figureColumnSchema),
  schools: z.array(schoolRowSchema),
  checks: z.array(failingCheckSchema),
  /** The district's own 工作总结 sentences from the totals, each ending in 「。」. */
  sentences: z.array(z.string()),
  byType: z.array(z.object({ type: z.string(), expected: z.number().int(), reported: z.number().int(), figures: flatFiguresSchema })),
});
export type DistrictSummary = z.infer<typeof summaryOutput>;

export const schoolInputByYear = z.object({ schoolId: idSchema, year: reportYearSchema });
export const schoolReportOutput = z.object({
  school: schoolSchema,
  /** The school's current report of the year, shaped as report.year (its 年度台账 page reads it); null if none. */
  report: yearReportSchema.nullable(),
  checks: z.array(checkItemSchema),
  reportId: z.number().int().nullable(),
  fileName: z.string().nullable(),
  exportedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  hardship: z.array(sentHardshipSchema),
  motions: z.array(sentMotionSchema),
  votes: z.array(sentVoteSchema),
});

export const exportInputSchema = z.object({ year: reportYearSchema });
