/**
 * The staff congress (教代会): sessions, delegates, motions with their handling steps, and votes.
 * One definition per record, used by the forms, the API validation and the services.
 */
import { z } from 'zod';
import { idSchema, isoDate, optionalDate, optionalText, requiredText } from '../api/common';
import { registerFieldLabels } from '../api/zod-messages';

export const CONGRESS_FIELD_LABELS = {
  term: '届次（第几届）',
  meeting: '会次（第几次会议）',
  sessionKind: '会议类型',
  sessionStart: '开会日期',
  sessionEnd: '闭会日期',
  sessionNotes: '备注',
  motionOpen: '提案征集开始',
  motionClose: '提案征集截止',
  replyDays: '答复期限（天）',
  delegation: '代表团/代表组',
  delegateKind: '代表类别',
  isTeacher: '是否教师',
  electedOn: '当选日期',
  leftOn: '离任日期',
  leftReason: '离任原因',
  replacementMemberId: '递补代表',
  delegateNotes: '备注',
  motionTitle: '案由',
  motionReasons: '理由',
  motionProposals: '建议/办法',
  motionCategory: '类别',
  proposerId: '提案人',
  cosignerIds: '附议人',
  submittedOn: '提交日期',
  decision: '审查意见',
  decidedOn: '审查日期',
  decisionReason: '理由',
  mergedIntoId: '并入提案',
  leadUnit: '主办部门',
  supportUnits: '协办部门',
  replyDeadline: '答复期限',
  replyText: '答复内容',
  repliedBy: '答复人',
  repliedOn: '答复日期',
  implementation: '落实情况',
  implementationNote: '未能落实原因',
  implementedOn: '落实情况日期',
  rating: '反馈意见',
  ratingComment: '反馈说明',
  ratedOn: '反馈日期',
  closedOn: '办结日期',
  closedNote: '办结说明',
  voteItem: '表决事项',
  votedOn: '表决日期',
  voteMethod: '表决方式',
  voteNotes: '备注',
  presentIds: '实到代表',
  votesFor: '赞成',
  votesAgainst: '反对',
  abstain: '弃权',
  invalid: '无效',
  cosignerMin: '附议人最少人数',
  quorumNumerator: '法定到会比例（分子）',
  quorumDenominator: '法定到会比例（分母）',
  passBase: '通过基数',
  passNumerator: '通过比例（分子）',
  passDenominator: '通过比例（分母）',
  teacherSharePercent: '教师代表最低比例',
  defaultReplyDays: '默认答复期限（天）',
  replyDayKind: '答复期限计算方式',
  categories: '提案类别',
  nonVotingMayPropose: '列席、特邀代表可以提案和附议',
  withdrawnOn: '撤销日期',
  withdrawReason: '撤销原因',
  dueCount: '应到人数',
  presentCount: '实到人数',
  attendeeIds: '签到代表',
  ballotsIssued: '发出选票',
  ballotsReturned: '收回选票',
  memberIds: '所选会员',
  department: '部门',
  teacherMemberIds: '是否教师',
  womenSharePercent: '女代表最低比例',
  cadreSharePercent: '中层以上干部代表最高比例',
  committee: '提案工作委员会成员',
  committeeName: '姓名',
  committeeRole: '职务',
} as const;
registerFieldLabels(CONGRESS_FIELD_LABELS, 'congress.');

// ---- enumerations (stored as the Chinese words themselves) ----

export const SESSION_KINDS = ['代表大会', '教职工大会'] as const;
export const DELEGATE_KINDS = ['正式', '列席', '特邀'] as const;
export const DECISIONS = ['立案', '合并立案', '转为意见建议', '不予立案'] as const;
export const MOTION_STATES = ['待审查', '办理中', '待反馈', '已办结', '已合并', '转为意见建议', '不予立案'] as const;
export const IMPLEMENTATIONS = ['已落实', '正在落实', '未能落实'] as const;
export const RATINGS = ['满意', '基本满意', '不满意'] as const;
export const VOTE_METHODS = ['无记名投票', '举手表决'] as const;
export const VOTE_RESULTS = ['通过', '未通过', '不足法定人数'] as const;
export const PASS_BASES = ['应到', '实到'] as const;
export const REPLY_DAY_KINDS = ['自然日', '工作日'] as const;
export const STEP_KINDS = ['提交', '修改', '审查', '答复', '落实', '反馈', '办结', '优秀提案', '撤销'] as const;
export const DEFAULT_CATEGORIES = ['教育教学', '队伍建设', '学校管理', '后勤保障', '福利待遇', '其他'];

export type SessionKind = (typeof SESSION_KINDS)[number];
export type DelegateKind = (typeof DELEGATE_KINDS)[number];
export type Decision = (typeof DECISIONS)[number];
export type MotionState = (typeof MOTION_STATES)[number];
export type Implementation = (typeof IMPLEMENTATIONS)[number];
export type Rating = (typeof RATINGS)[number];
export type VoteResult = (typeof VOTE_RESULTS)[number];
export type StepKind = (typeof STEP_KINDS)[number];

const count = (label: string) =>
  z.number(`${label}应为数字`).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(100000, `${label}过大`);

// ---- settings ----

/** 提案工作委员会: who sits on it, for the signature lines of the committee's paperwork. */
export const COMMITTEE_ROLES = ['主任', '副主任', '委员'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];
export const committeeMemberSchema = z.object({
  committeeName: z.string('请填写姓名').trim().min(1, '请填写姓名').max(20, '姓名不能超过 20 个字'),
  committeeRole: z.enum(COMMITTEE_ROLES, '职务只能是 主任、副主任 或 委员'),
  /** The member it was taken from, or null when the name was typed (e.g. someone not in the register). */
  memberId: idSchema.nullable().default(null),
});
export type CommitteeMember = z.output<typeof committeeMemberSchema>;
const committeeList = z
  .array(committeeMemberSchema)
  .max(30, '提案工作委员会成员不能超过 30 人')
  .refine((list) => list.filter((c) => c.committeeRole === '主任').length <= 1, '提案工作委员会只能有一位主任')
  .refine((list) => new Set(list.map((c) => c.committeeName)).size === list.length, '提案工作委员会成员不能重复');

export const congressSettingsSchema = z.object({
  cosignerMin: z.number().int().min(0, '不能小于 0').max(20, '不能超过 20').default(2),
  /** Share of delegates due who must be present, as a fraction (at least 2/3), kept exact. */
  quorumNumerator: z.number().int().min(1, '至少为 1').max(99).default(2),
  quorumDenominator: z.number().int().min(1, '至少为 1').max(99).default(3),
  passBase: z.enum(PASS_BASES).default('应到'),
  /** An item passes with MORE than this fraction of the base voting for (more than 1/2). */
  passNumerator: z.number().int().min(1, '至少为 1').max(99).default(1),
  passDenominator: z.number().int().min(1, '至少为 1').max(99).default(2),
  teacherSharePercent: z.number().min(0, '应在 0 到 100 之间').max(100, '应在 0 到 100 之间').default(60),
  defaultReplyDays: z.number().int().min(1, '至少 1 天').max(365, '不能超过 365 天').default(30),
  /** How reply periods count: 自然日 (every day, as before) or 工作日 (China's working days). */
  replyDayKind: z.enum(REPLY_DAY_KINDS, '答复期限只能按 自然日 或 工作日 计算').default('自然日'),
  categories: z
    .array(z.string().trim().min(1, '类别不能为空').max(20, '类别不能超过 20 个字'))
    .min(1, '至少保留一个类别')
    .max(30, '类别不能超过 30 个')
    .refine((list) => new Set(list).size === list.length, '类别不能重复')
    .default(DEFAULT_CATEGORIES),
  /** 列席/特邀 delegates have no vote; by default they neither propose nor co-sign. */
  nonVotingMayPropose: z.boolean().default(false),
  /** Make-up checks beside the teacher share: women at least, 中层以上干部 at most (percent). */
  womenSharePercent: z.number().min(0, '应在 0 到 100 之间').max(100, '应在 0 到 100 之间').default(30),
  cadreSharePercent: z.number().min(0, '应在 0 到 100 之间').max(100, '应在 0 到 100 之间').default(20),
  committee: committeeList.default([]),
});
export type CongressSettings = z.output<typeof congressSettingsSchema>;
export const congressSettingsPatch = z
  .object({
    cosignerMin: congressSettingsSchema.shape.cosignerMin.unwrap(),
    quorumNumerator: congressSettingsSchema.shape.quorumNumerator.unwrap(),
    quorumDenominator: congressSettingsSchema.shape.quorumDenominator.unwrap(),
    passBase: congressSettingsSchema.shape.passBase.unwrap(),
    passNumerator: congressSettingsSchema.shape.passNumerator.unwrap(),
    passDenominator: congressSettingsSchema.shape.passDenominator.unwrap(),
    teacherSharePercent: congressSettingsSchema.shape.teacherSharePercent.unwrap(),
    defaultReplyDays: congressSettingsSchema.shape.defaultReplyDays.unwrap(),
    replyDayKind: congressSettingsSchema.shape.replyDayKind.unwrap(),
    categories: congressSettingsSchema.shape.categories.unwrap(),
    nonVotingMayPropose: z.boolean(),
    womenSharePercent: congressSettingsSchema.shape.womenSharePercent.unwrap(),
    cadreSharePercent: congressSettingsSchema.shape.cadreSharePercent.unwrap(),
    committee: committeeList,
  })
  .partial()
  .superRefine((v, ctx) => {
    if (v.quorumNumerator !== undefined && v.quorumDenominator !== undefined && v.quorumNumerator > v.quorumDenominator)
      ctx.addIssue({ code: 'custom', path: ['quorumNumerator'], message: '法定到会比例不能超过全部' });
    if (v.passNumerator !== undefined && v.passDenominator !== undefined && v.passNumerator >= v.passDenominator)
      ctx.addIssue({ code: 'custom', path: ['passNumerator'], message: '通过比例应小于全部' });
  });
export type CongressSettingsPatch = z.input<typeof congressSettingsPatch>;

// ---- sessions (届次) ----

export const sessionInputSchema = z
  .object({
    term: z.number('请填写第几届').int('应为整数').min(1, '至少为 1').max(99, '不能超过 99'),
    meeting: z.number('请填写第几次会议').int('应为整数').min(1, '至少为 1').max(99, '不能超过 99'),
    sessionKind: z.enum(SESSION_KINDS, '类型只能是 代表大会 或 教职工大会'),
    sessionStart: isoDate,
    sessionEnd: optionalDate(),
    motionOpen: optionalDate(),
    motionClose: isoDate,
    replyDays: z.number().int().min(1, '至少 1 天').max(365, '不能超过 365 天'),
    sessionNotes: optionalText(500),
    /** 教职工大会 only: those due when not all members on the roll (e.g. staff who are not members). */
    dueCount: z.number('应到人数应为数字').int('应到人数应为整数').min(1, '应到人数至少为 1').max(100000, '应到人数过大').nullable().optional().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.sessionEnd && v.sessionEnd < v.sessionStart)
      ctx.addIssue({ code: 'custom', path: ['sessionEnd'], message: '闭会日期不能早于开会日期' });
    if (v.motionOpen && v.motionOpen > v.motionClose)
      ctx.addIssue({ code: 'custom', path: ['motionClose'], message: '提案征集截止不能早于开始日期' });
  });
export type SessionInput = z.input<typeof sessionInputSchema>;
export type SessionData = z.output<typeof sessionInputSchema>;

export const sessionSchema = z.object({
  id: idSchema,
  term: z.number().int(),
  meeting: z.number().int(),
  kind: z.enum(SESSION_KINDS),
  startDate: z.string(),
  endDate: z.string().nullable(),
  motionOpen: z.string().nullable(),
  motionClose: z.string(),
  replyDays: z.number().int(),
  notes: z.string().nullable(),
  /** 教职工大会: the number due the user entered; null = all members on the roll. */
  dueCount: z.number().int().nullable(),
  /** 第五届第二次教职工代表大会 */
  name: z.string(),
  motionCount: z.number().int(),
  openCount: z.number().int(),
  voteCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

// ---- delegates (代表) ----

export const delegateInputSchema = z.object({
  term: z.number().int().min(1).max(99),
  memberId: idSchema,
  delegation: optionalText(30),
  delegateKind: z.enum(DELEGATE_KINDS, '代表类别只能是 正式、列席、特邀 之一'),
  isTeacher: z.boolean(),
  electedOn: optionalDate(),
  delegateNotes: optionalText(200),
});
export type DelegateInput = z.input<typeof delegateInputSchema>;
export type DelegateData = z.output<typeof delegateInputSchema>;

export const delegateUpdateSchema = z.object({
  id: idSchema,
  delegation: optionalText(30),
  delegateKind: z.enum(DELEGATE_KINDS, '代表类别只能是 正式、列席、特邀 之一'),
  isTeacher: z.boolean(),
  electedOn: optionalDate(),
  delegateNotes: optionalText(200),
});
export type DelegateUpdate = z.input<typeof delegateUpdateSchema>;

/** Many members chosen from the register at once; 是否教师 as ticked in the list (default guessed). */
export const delegateBulkSchema = z.object({
  term: z.number().int().min(1).max(99),
  memberIds: z.array(idSchema).min(1, '请至少选择一名会员').max(2000),
  /** The chosen members who are teachers; the others are not. */
  teacherMemberIds: z.array(idSchema).max(2000),
  delegation: optionalText(30),
  delegateKind: z.enum(DELEGATE_KINDS, '代表类别只能是 正式、列席、特邀 之一'),
  electedOn: optionalDate(),
});
export type DelegateBulk = z.input<typeof delegateBulkSchema>;

/** A member who could be chosen, with the defaults the bulk form starts from. */
export const delegateCandidateSchema = z.object({
  memberId: idSchema,
  name: z.string(),
  gender: z.string().nullable(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  position: z.string().nullable(),
  isTeacherGuess: z.boolean(),
  cadre: z.boolean(),
});
export type DelegateCandidate = z.infer<typeof delegateCandidateSchema>;

export const delegateLeaveSchema = z.object({
  id: idSchema,
  leftOn: isoDate,
  leftReason: requiredText(100),
  /** The member who takes the seat (递补); the leaver's delegation and kind carry over. */
  replacementMemberId: idSchema.nullable().optional().transform((v) => v ?? null),
  replacementIsTeacher: z.boolean().optional(),
});
export type DelegateLeave = z.input<typeof delegateLeaveSchema>;

export const delegateSchema = z.object({
  id: idSchema,
  term: z.number().int(),
  memberId: idSchema,
  name: z.string(),
  department: z.string().nullable(),
  delegation: z.string().nullable(),
  kind: z.enum(DELEGATE_KINDS),
  isTeacher: z.boolean(),
  electedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  leftReason: z.string().nullable(),
  replacesId: z.number().int().nullable(),
  replacesName: z.string().nullable(),
  replacedByName: z.string().nullable(),
  notes: z.string().nullable(),
  motionCount: z.number().int(),
  gender: z.string().nullable(),
  position: z.string().nullable(),
  cadre: z.boolean(),
});
export type Delegate = z.infer<typeof delegateSchema>;

export const delegateListSchema = z.object({
  rows: z.array(delegateSchema),
  /** Among delegates in office who vote (正式). */
  votingCount: z.number().int(),
  teacherCount: z.number().int(),
  teacherPercent: z.number(),
  teacherShareMin: z.number(),
  teacherShareOk: z.boolean(),
  womenCount: z.number().int(),
  womenPercent: z.number(),
  womenShareMin: z.number(),
  womenShareOk: z.boolean(),
  /** 中层以上干部, from the member's 职务. */
  cadreCount: z.number().int(),
  cadrePercent: z.number(),
  cadreShareMax: z.number(),
  cadreShareOk: z.boolean(),
  /** Delegates in office per delegation (代表团), in the order the delegations were set up. */
  delegations: z.array(z.object({ name: z.string(), count: z.number().int(), voting: z.number().int() })),
});
export type DelegateList = z.infer<typeof delegateListSchema>;

// ---- motions (提案) ----

export const motionInputSchema = z.object({
  sessionId: idSchema,
  motionTitle: requiredText(100),
  motionReasons: requiredText(3000),
  motionProposals: requiredText(3000),
  motionCategory: requiredText(20),
  proposerId: idSchema,
  cosignerIds: z.array(idSchema).max(50),
  submittedOn: isoDate,
});
export type MotionInput = z.input<typeof motionInputSchema>;
export type MotionData = z.output<typeof motionInputSchema>;

export const reviewInputSchema = z
  .object({
    id: idSchema,
    decision: z.enum(DECISIONS, '请选择审查意见'),
    decidedOn: isoDate,
    decisionReason: optionalText(500),
    mergedIntoId: idSchema.nullable().optional().transform((v) => v ?? null),
    leadUnit: optionalText(50),
    supportUnits: optionalText(100),
    replyDeadline: optionalDate(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === '立案' && !v.leadUnit) ctx.addIssue({ code: 'custom', path: ['leadUnit'], message: '立案须指定主办部门' });
    if (v.decision === '合并立案' && !v.mergedIntoId)
      ctx.addIssue({ code: 'custom', path: ['mergedIntoId'], message: '合并立案须选择并入的提案' });
    if ((v.decision === '不予立案' || v.decision === '转为意见建议') && !v.decisionReason)
      ctx.addIssue({ code: 'custom', path: ['decisionReason'], message: `${v.decision}须写明理由` });
    if (v.replyDeadline && v.replyDeadline < v.decidedOn)
      ctx.addIssue({ code: 'custom', path: ['replyDeadline'], message: '答复期限不能早于审查日期' });
  });
export type ReviewInput = z.input<typeof reviewInputSchema>;

export const replyInputSchema = z
  .object({
    id: idSchema,
    replyText: requiredText(3000),
    repliedBy: requiredText(50),
    repliedOn: isoDate,
    implementation: z.enum(IMPLEMENTATIONS, '请选择落实情况'),
    implementationNote: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.implementation === '未能落实' && !v.implementationNote)
      ctx.addIssue({ code: 'custom', path: ['implementationNote'], message: '未能落实须写明原因' });
  });
export type ReplyInput = z.input<typeof replyInputSchema>;

export const implementationInputSchema = z
  .object({
    id: idSchema,
    implementation: z.enum(IMPLEMENTATIONS, '请选择落实情况'),
    implementationNote: optionalText(500),
    implementedOn: isoDate,
  })
  .superRefine((v, ctx) => {
    if (v.implementation === '未能落实' && !v.implementationNote)
      ctx.addIssue({ code: 'custom', path: ['implementationNote'], message: '未能落实须写明原因' });
  });
export type ImplementationInput = z.input<typeof implementationInputSchema>;

export const feedbackInputSchema = z.object({
  id: idSchema,
  rating: z.enum(RATINGS, '请选择 满意、基本满意 或 不满意'),
  ratingComment: optionalText(1000),
  ratedOn: isoDate,
});
export type FeedbackInput = z.input<typeof feedbackInputSchema>;

export const closeInputSchema = z.object({
  id: idSchema,
  closedOn: isoDate,
  /** Required when the motion has no reply or no satisfied feedback: why it is closed anyway. */
  closedNote: optionalText(500),
});
export type CloseInput = z.input<typeof closeInputSchema>;

/** 撤销: withdraws the motion's last action (a decision, reply, implementation, rating or closing). */
export const withdrawInputSchema = z.object({
  id: idSchema,
  withdrawnOn: isoDate,
  withdrawReason: requiredText(500),
});
export type WithdrawInput = z.input<typeof withdrawInputSchema>;

export const motionStepSchema = z.object({
  id: z.number().int(),
  kind: z.enum(STEP_KINDS),
  stepDate: z.string(),
  round: z.number().int(),
  decision: z.enum(DECISIONS).nullable(),
  reason: z.string().nullable(),
  leadUnit: z.string().nullable(),
  supportUnits: z.string().nullable(),
  deadline: z.string().nullable(),
  replyText: z.string().nullable(),
  repliedBy: z.string().nullable(),
  implementation: z.enum(IMPLEMENTATIONS).nullable(),
  rating: z.enum(RATINGS).nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  /** Steps written by one action share it (a satisfied rating writes 反馈 and 办结). */
  op: z.number().int(),
  /** The 撤销 step that withdrew this one; a withdrawn step stays in the timeline. */
  withdrawnBy: z.number().int().nullable(),
});
export type MotionStep = z.infer<typeof motionStepSchema>;

export const motionRefSchema = z.object({ id: idSchema, number: z.string(), title: z.string() });

export const motionSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  number: z.string(),
  title: z.string(),
  reasons: z.string(),
  proposals: z.string(),
  category: z.string(),
  proposerId: idSchema,
  proposerName: z.string(),
  proposerDelegation: z.string().nullable(),
  proposerKind: z.enum(DELEGATE_KINDS),
  cosigners: z.array(z.object({ id: idSchema, name: z.string() })),
  submittedOn: z.string(),
  late: z.boolean(),
  state: z.enum(MOTION_STATES),
  decision: z.enum(DECISIONS).nullable(),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  leadUnit: z.string().nullable(),
  supportUnits: z.string().nullable(),
  deadline: z.string().nullable(),
  replyRound: z.number().int(),
  replyText: z.string().nullable(),
  repliedBy: z.string().nullable(),
  repliedOn: z.string().nullable(),
  implementation: z.enum(IMPLEMENTATIONS).nullable(),
  implementationNote: z.string().nullable(),
  rating: z.enum(RATINGS).nullable(),
  ratingComment: z.string().nullable(),
  ratedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  closedNote: z.string().nullable(),
  excellent: z.boolean(),
  overdue: z.boolean(),
  /** A merged motion (合并立案) shows its lead's state, deadline and reply; its rating is its own. */
  mergedInto: motionRefSchema.nullable(),
  /** The deadline set when the motion was filed, kept beside a later reset one (不满意 → 再次答复). */
  originalDeadline: z.string().nullable(),
});
export type Motion = z.infer<typeof motionSchema>;

export const motionDetailSchema = motionSchema.extend({
  sessionName: z.string(),
  mergedFrom: z.array(motionRefSchema),
  steps: z.array(motionStepSchema),
  /** The last action, which 撤销 would withdraw; null when there is none that can be. */
  withdrawable: z.object({ stepId: z.number().int(), label: z.string() }).nullable(),
});
export type MotionDetail = z.infer<typeof motionDetailSchema>;

export const motionListQuerySchema = z.object({
  sessionId: idSchema,
  states: z.array(z.enum(MOTION_STATES)).max(7).optional(),
  search: z.string().max(50).optional(),
});
export type MotionListQuery = z.input<typeof motionListQuerySchema>;

// ---- votes (票决) ----

export const voteInputSchema = z.object({
  sessionId: idSchema,
  voteItem: requiredText(100),
  votedOn: isoDate,
  voteMethod: z.enum(VOTE_METHODS, '请选择表决方式'),
  /** 代表大会: the voting delegates present; left out = the meeting's sign-in (签到). */
  presentIds: z.array(idSchema).max(2000).optional(),
  /** 教职工大会: how many were present; left out = the meeting's sign-in count. */
  presentCount: count('实到人数').nullable().optional().transform((v) => v ?? null),
  /** Ballots of a secret vote (无记名投票); 收回 = 有效 (赞成+反对+弃权) + 无效. */
  ballotsIssued: count('发出选票').nullable().optional().transform((v) => v ?? null),
  ballotsReturned: count('收回选票').nullable().optional().transform((v) => v ?? null),
  votesFor: count('赞成票'),
  votesAgainst: count('反对票'),
  abstain: count('弃权票'),
  invalid: count('无效票'),
  voteNotes: optionalText(500),
});
export type VoteInput = z.input<typeof voteInputSchema>;
export type VoteData = z.output<typeof voteInputSchema>;

export const voteSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  item: z.string(),
  votedOn: z.string(),
  method: z.enum(VOTE_METHODS),
  due: z.number().int(),
  present: z.number().int(),
  votesFor: z.number().int(),
  votesAgainst: z.number().int(),
  abstain: z.number().int(),
  invalid: z.number().int(),
  quorumMet: z.boolean(),
  quorumNeeded: z.number().int(),
  passNeeded: z.number().int(),
  result: z.enum(VOTE_RESULTS),
  /** The rule as it stood when the vote was recorded, e.g. 赞成票超过应到代表的 50%. */
  ruleText: z.string(),
  notes: z.string().nullable(),
  presentIds: z.array(z.number().int()),
  ballotsIssued: z.number().int().nullable(),
  ballotsReturned: z.number().int().nullable(),
  /** 有效票 = 赞成 + 反对 + 弃权. */
  valid: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
});
export type Vote = z.infer<typeof voteSchema>;

// ---- attendance (签到), once per meeting ----

export const attendanceInputSchema = z.object({
  sessionId: idSchema,
  /** 代表大会: the delegates who signed in. */
  attendeeIds: z.array(idSchema).max(2000).optional(),
  /** 教职工大会: how many signed in. */
  presentCount: count('实到人数').nullable().optional().transform((v) => v ?? null),
});
export type AttendanceInput = z.input<typeof attendanceInputSchema>;

export const attendanceSchema = z.object({
  sessionId: idSchema,
  kind: z.enum(SESSION_KINDS),
  /** 应到 on the first day: voting delegates in office, or (教职工大会) members on the roll / the entered number. */
  due: z.number().int(),
  dueSource: z.enum(['正式代表', '在册会员', '录入人数']),
  attendeeIds: z.array(z.number().int()),
  presentCount: z.number().int().nullable(),
  recorded: z.boolean(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** 签到表: who is expected, in the order they sign. */
export const signInSheetSchema = z.object({
  sessionName: z.string(),
  startDate: z.string(),
  kind: z.enum(SESSION_KINDS),
  rows: z.array(
    z.object({
      name: z.string(),
      department: z.string().nullable(),
      delegation: z.string().nullable(),
      /** 正式/列席/特邀, or null at a 教职工大会. */
      kind: z.enum(DELEGATE_KINDS).nullable(),
    }),
  ),
});
export type SignInSheet = z.infer<typeof signInSheetSchema>;

// ---- overview ----

export const motionBriefSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  sessionName: z.string(),
  number: z.string(),
  title: z.string(),
  proposerName: z.string(),
  leadUnit: z.string().nullable(),
  deadline: z.string().nullable(),
  state: z.enum(MOTION_STATES),
  rating: z.enum(RATINGS).nullable(),
});
export type MotionBrief = z.infer<typeof motionBriefSchema>;

export const overviewSchema = z.object({
  total: z.number().int(),
  late: z.number().int(),
  excellent: z.number().int(),
  byState: z.array(z.object({ state: z.enum(MOTION_STATES), count: z.number().int() })),
  byCategory: z.array(z.object({ category: z.string(), count: z.number().int() })),
  byRating: z.array(z.object({ rating: z.enum(RATINGS), count: z.number().int() })),
  pendingReview: z.array(motionBriefSchema),
  unanswered: z.array(motionBriefSchema),
  overdue: z.array(motionBriefSchema),
  unsatisfied: z.array(motionBriefSchema),
});
export type Overview = z.infer<typeof overviewSchema>;

/** Per handling unit (主办部门): filed motions received, answered, answered on time, open, overdue, ratings. */
export const unitStatsSchema = z.array(
  z.object({
    unit: z.string(),
    received: z.number().int(),
    answered: z.number().int(),
    onTime: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
    satisfied: z.number().int(),
    basicallySatisfied: z.number().int(),
    unsatisfied: z.number().int(),
  }),
);
export type UnitStats = z.infer<typeof unitStatsSchema>;

/**
 * 催办单: the filed motions past their reply deadline, one group per handling unit, with how long
 * each is overdue in working days (China's calendar, as the user's settings keep it) and in days.
 */
export const urgeSheetSchema = z.object({
  sessionId: idSchema,
  sessionName: z.string(),
  today: z.string(),
  units: z.array(
    z.object({
      unit: z.string(),
      motions: z.array(
        z.object({
          id: idSchema,
          number: z.string(),
          title: z.string(),
          proposerName: z.string(),
          supportUnits: z.string().nullable(),
          decidedOn: z.string().nullable(),
          deadline: z.string(),
          originalDeadline: z.string().nullable(),
          replyRound: z.number().int(),
          workingDaysOverdue: z.number().int(),
          daysOverdue: z.number().int(),
        }),
      ),
    }),
  ),
});
export type UrgeSheet = z.infer<typeof urgeSheetSchema>;
