/**
 * The figures of a year report as labelled lines: 年度汇总 sheet, the CLI's table and anything else
 * that lists every figure with last year beside it reads the same list.
 */
import type { YearFigures, YearReport } from './schema';

export type FigureKind = 'count' | 'money' | 'rate';
export interface FigureLine {
  area: string;
  label: string;
  unit: string;
  kind: FigureKind;
  pick: (f: YearFigures) => number | null;
}

function byKey<T extends { key?: string; label: string; count: number }>(list: (f: YearFigures) => T[], label: string) {
  return (f: YearFigures) => list(f).find((i) => (i.key ?? i.label) === label)?.count ?? 0;
}

/** Every figure of the report in reading order, with its area, label and unit (年度汇总, CLI table, print). */
export function figureLines(r: YearReport): FigureLine[] {
  const out: FigureLine[] = [];
  const add = (area: string, label: string, unit: string, pick: FigureLine['pick'], kind: FigureKind = 'count') => out.push({ area, label, unit, kind, pick });
  const a = '会员';
  add(a, '年末在册会员', '人', (f) => f.members.total);
  add(a, '其中：男', '人', (f) => f.members.men);
  add(a, '\u3000\u3000\u3000女', '人', (f) => f.members.women);
  for (const e of r.current.members.byEmployment) add(a, `\u3000\u3000\u3000${e.label}`, '人', byKey((f) => f.members.byEmployment, e.key));
  add(a, '本年入会', '人', (f) => f.members.joined);
  add(a, '本年减少', '人', (f) => f.members.left);
  for (const s of r.current.members.leftByReason) add(a, `\u3000其中：${s.label}`, '人', byKey((f) => f.members.leftByReason, s.key));

  const c = '教代会';
  add(c, '召开教代会（教职工大会）', '次', (f) => f.congress.sessions);
  add(c, '代表', '人', (f) => f.congress.delegates);
  add(c, '收到提案', '件', (f) => f.congress.motions);
  add(c, '立案', '件', (f) => f.congress.filed);
  add(c, '合并立案', '件', (f) => f.congress.merged);
  add(c, '转为意见建议', '件', (f) => f.congress.toSuggestions);
  add(c, '不予立案', '件', (f) => f.congress.rejected);
  add(c, '已答复', '件', (f) => f.congress.answered);
  add(c, '按期答复', '件', (f) => f.congress.answeredOnTime);
  add(c, '未答复', '件', (f) => f.congress.unanswered);
  add(c, '答复率', '', (f) => f.congress.replyRate, 'rate');
  add(c, '按期答复率', '', (f) => f.congress.onTimeRate, 'rate');
  add(c, '满意', '件', (f) => f.congress.satisfied);
  add(c, '基本满意', '件', (f) => f.congress.basicallySatisfied);
  add(c, '不满意', '件', (f) => f.congress.unsatisfied);
  add(c, '满意率', '', (f) => f.congress.satisfactionRate, 'rate');
  add(c, '优秀提案', '件', (f) => f.congress.excellent);
  add(c, '票决事项', '项', (f) => f.congress.votes);
  add(c, '票决通过', '项', (f) => f.congress.votesPassed);

  const d = '校务公开';
  add(d, '发布公示', '项', (f) => f.disclosure.notices);
  const categories = [...new Set([...r.current.disclosure.byCategory, ...r.previous.disclosure.byCategory].map((x) => x.key))];
  for (const k of categories) add(d, `\u3000其中：${k}`, '项', byKey((f) => f.disclosure.byCategory, k));
  add(d, '撤回公示', '项', (f) => f.disclosure.withdrawn);
  add(d, '校务公开栏', '期', (f) => f.disclosure.boards);
  add(d, '收到异议', '件', (f) => f.disclosure.objections);
  add(d, '异议已处理', '件', (f) => f.disclosure.objectionsResolved);

  const w = '慰问';
  add(w, '慰问人次', '人次', (f) => f.welfare.visits);
  add(w, '慰问人数', '人', (f) => f.welfare.people);
  add(w, '慰问户数', '户', (f) => f.welfare.households);
  add(w, '慰问金', '元', (f) => f.welfare.amountFen, 'money');
  add(w, '慰问品价值', '元', (f) => f.welfare.goodsValueFen, 'money');
  add(w, '超标准慰问', '人次', (f) => f.welfare.overStandard);
  add(w, '集中慰问批次', '批', (f) => f.welfare.batches);
  add(w, '在档困难职工', '户', (f) => f.welfare.hardshipHouseholds);
  add(w, '本年复核困难档案', '户', (f) => f.welfare.hardshipReverified);

  const ac = '活动';
  add(ac, '组织活动', '次', (f) => f.activities.count);
  const types = [...new Set([...r.current.activities.byType, ...r.previous.activities.byType].map((x) => x.key))];
  for (const k of types) add(ac, `\u3000其中：${k}`, '次', byKey((f) => f.activities.byType, k));
  add(ac, '参加人次', '人次', (f) => f.activities.participants);
  add(ac, '活动经费', '元', (f) => f.activities.spendingFen, 'money');

  const h = '评优评先';
  add(h, '获评荣誉', '项', (f) => f.honours.awarded);
  for (const l of r.current.honours.byLevel) add(h, `\u3000其中：${l.label}`, '项', (f) => f.honours.byLevel.find((x) => x.key === l.key)?.awarded ?? 0);
  add(h, '获评人次', '人次', (f) => f.honours.awardedPeople);
  add(h, '推荐申报', '项', (f) => f.honours.recommended);
  const u = '会费';
  add(u, '应缴会员', '人', (f) => f.dues.members);
  add(u, '已缴会员', '人', (f) => f.dues.paidMembers);
  add(u, '收缴会费', '元', (f) => f.dues.amountFen, 'money');
  add(u, '欠缴会员', '人', (f) => f.dues.arrearsMembers);
  add(u, '欠缴会费', '元', (f) => f.dues.arrearsFen, 'money');
  return out;
}

