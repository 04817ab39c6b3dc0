/**
 * The congress rules as pure functions, so the vote form shows the same verdict the service stores.
 */
import type { CongressSettings, SessionKind, VoteResult } from './schema';

/** 第五届第二次教职工代表大会 / 第五届第二次教职工大会 */
export function sessionName(term: number, meeting: number, kind: SessionKind): string {
  return `第${chineseNumber(term)}届第${chineseNumber(meeting)}次${kind === '代表大会' ? '教职工代表大会' : '教职工大会'}`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 the way sessions are named: 五, 十, 十二, 二十. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${ones === 0 ? '' : DIGITS[ones]!}`;
}

/** 5-2-001 */
export function motionNumber(term: number, meeting: number, seq: number): string {
  return `${term}-${meeting}-${String(seq).padStart(3, '0')}`;
}

export interface VoteCounts {
  due: number;
  present: number;
  votesFor: number;
  votesAgainst: number;
  abstain: number;
  invalid: number;
}

export type VoteRule = Pick<CongressSettings, 'quorumNumerator' | 'quorumDenominator' | 'passBase' | 'passNumerator' | 'passDenominator'>;

export interface VoteVerdict {
  quorumNeeded: number;
  quorumMet: boolean;
  passNeeded: number;
  result: VoteResult;
  /** Why the figures cannot be right, in Chinese; null when they add up. */
  problem: string | null;
  ruleText: string;
}

/** At least num/den of n, in whole people: 2/3 of 30 is 20, of 31 is 21. */
export function atLeast(n: number, num: number, den: number): number {
  return Math.ceil((n * num) / den - 1e-9);
}

/** More than num/den of n: half of 30 is 15, so 16 are needed. */
export function moreThan(n: number, num: number, den: number): number {
  return Math.floor((n * num) / den + 1e-9) + 1;
}

export function fractionText(num: number, den: number): string {
  if (num * 2 === den) return '半数';
  return `${chineseNumber(den)}分之${chineseNumber(num)}`;
}

export function voteRuleText(rule: VoteRule): string {
  return `到会须达应到代表的${fractionText(rule.quorumNumerator, rule.quorumDenominator)}；赞成票须超过${rule.passBase}代表的${fractionText(rule.passNumerator, rule.passDenominator)}`;
}

export function voteProblem(c: VoteCounts): string | null {
  const sum = c.votesFor + c.votesAgainst + c.abstain + c.invalid;
  if (c.present > c.due) return `实到人数 ${c.present} 超过应到人数 ${c.due}`;
  if (sum !== c.present) {
    return `赞成 ${c.votesFor} + 反对 ${c.votesAgainst} + 弃权 ${c.abstain} + 无效 ${c.invalid} = ${sum}，与实到人数 ${c.present} 不符`;
  }
  return null;
}

/** The result follows from the figures and the rule; it is never typed in. */
export function judgeVote(c: VoteCounts, rule: VoteRule): VoteVerdict {
  const quorumNeeded = atLeast(c.due, rule.quorumNumerator, rule.quorumDenominator);
  const quorumMet = c.due > 0 && c.present >= quorumNeeded;
  const base = rule.passBase === '应到' ? c.due : c.present;
  const passNeeded = moreThan(base, rule.passNumerator, rule.passDenominator);
  const result: VoteResult = !quorumMet ? '不足法定人数' : c.votesFor >= passNeeded ? '通过' : '未通过';
  return { quorumNeeded, quorumMet, passNeeded, result, problem: voteProblem(c), ruleText: voteRuleText(rule) };
}

/** Teachers among voting delegates in office, against the minimum share. */
export function teacherShare(teachers: number, total: number, minPercent: number): { percent: number; ok: boolean } {
  const percent = total === 0 ? 0 : Math.round((teachers * 1000) / total) / 10;
  return { percent, ok: total > 0 && teachers * 100 >= total * minPercent };
}

/** Deadline = decision date + days (calendar days). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** 行政、后勤 and similar offices and posts are not teaching posts; everyone else defaults to teacher (editable). */
const NON_TEACHING = /行政|后勤|总务|办公室|财务|会计|保卫|安保|食堂|宿管|宿舍|门卫|校医|医务|工勤|司机/;

export function guessIsTeacher(department: string | null, title: string | null, position: string | null = null): boolean {
  if (department && NON_TEACHING.test(department)) return false;
  // A post (职务) such as 会计, 后勤主任 or 门卫 says so even when the department does not.
  if (position && (NON_TEACHING.test(position) || /会计|出纳|保管|保洁|厨师|水电/.test(position))) return false;
  if (title && /教师|讲师|教授|正高级|高级|一级|二级|三级/.test(title)) return true;
  return !(title && /会计|经济师|工程师|技师|工人|医师|护士/.test(title));
}

/** 中层以上干部: heads of offices (主任, 处长, 科长, 部长) and the school's leaders, not group leaders. */
export function isCadre(position: string | null): boolean {
  if (!position) return false;
  // 班主任 and the group leaders (年级组长, 教研组长, 备课组长) are not 中层 posts.
  const posts = position.replace(/班主任|年级组长|教研组长|备课组长|组长/g, '');
  return /校长|书记|主任|处长|科长|部长|主席|院长|园长|馆长|督导/.test(posts);
}

/** A share of a whole, rounded to one decimal: 7 of 30 is 23.3. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}
