/**
 * The district's own 工作总结 sentences, from the totals of the schools that reported
 * (「各基层学校元旦、春节期间共走访慰问困难教职工 540 户，发放慰问金 29 万余元」).
 */
import { formatFen } from '../domain/money';
import { formatRate } from '../report/format';
import type { YearFigures } from '../report/schema';

/** ¥291,234.00 → 「29 万余元」; under 10,000 元 the amount itself. */
export function wanText(fen: number): string {
  const yuan = fen / 100;
  if (yuan < 10000) return formatFen(fen);
  const wan = yuan / 10000;
  if (Number.isInteger(wan)) return `${wan} 万元`;
  return wan >= 10 ? `${Math.floor(wan)} 万余元` : `${Math.floor(wan * 10) / 10} 万余元`;
}

export interface DistrictCounts {
  year: number;
  expected: number;
  reported: number;
  /** Schools above the staff threshold that held no congress. */
  noCongress: number;
  congressStaffMin: number;
}

export function districtSentences(t: YearFigures, c: DistrictCounts): string[] {
  const out: string[] = [];
  const missing = c.expected - c.reported;
  out.push(
    `${c.year}年度，基层工会名单中的 ${c.expected} 所学校已有 ${c.reported} 所报送年度台账${missing > 0 ? `，尚有 ${missing} 所未报送` : '，全部按时报送'}`,
  );
  if (c.reported === 0) return out.map((s) => `${s}。`);
  const m = t.members;
  out.push(
    `已报送的基层学校共有在册会员 ${m.total} 人${m.men + m.women > 0 ? `，其中男会员 ${m.men} 人、女会员 ${m.women} 人` : ''}；全年新入会 ${m.joined} 人，减少 ${m.left} 人`,
  );
  const g = t.congress;
  if (g.sessions === 0) out.push('各基层学校本年度均未召开教代会');
  else {
    const parts = [`各基层学校共召开教代会（教职工大会）${g.sessions} 次`, `收到提案 ${g.motions} 件`, `立案 ${g.filed} 件`];
    if (g.filed > 0) parts.push(`答复率 ${formatRate(g.replyRate)}`, `按期答复率 ${formatRate(g.onTimeRate)}`);
    if (g.rated > 0) parts.push(`满意率 ${formatRate(g.satisfactionRate)}`);
    if (g.votes > 0) parts.push(`票决事项 ${g.votes} 项，通过 ${g.votesPassed} 项`);
    out.push(parts.join('，'));
  }
  out.push(
    c.noCongress === 0
      ? `教职工 ${c.congressStaffMin} 人以上的学校均已召开教代会`
      : `有 ${c.noCongress} 所教职工 ${c.congressStaffMin} 人以上的学校本年度未召开教代会，须督促建立教代会制度`,
  );
  const d = t.disclosure;
  if (d.notices > 0 || d.boards > 0) {
    const objections = d.objections > 0 ? `，收到异议 ${d.objections} 件${d.objectionsResolved === d.objections ? '，均已处理' : `，已处理 ${d.objectionsResolved} 件`}` : '';
    out.push(`各基层学校共发布校务公开事项 ${d.notices} 项，出版校务公开栏 ${d.boards} 期${objections}`);
  }
  const w = t.welfare;
  if (w.visits > 0) {
    const goods = w.goodsValueFen > 0 ? `，慰问品价值 ${wanText(w.goodsValueFen)}` : '';
    out.push(`各基层学校共走访慰问教职工 ${w.visits} 人次、${w.households} 户，发放慰问金 ${wanText(w.amountFen)}${goods}`);
  }
  if (w.hardshipHouseholds > 0) {
    out.push(`协助做好困难职工的申报和建档，年末在档困难职工 ${w.hardshipHouseholds} 户${w.hardshipReverified > 0 ? `，本年复核 ${w.hardshipReverified} 户` : ''}`);
  }
  out.push(...activityLines(t.activities), ...honourLines(t.honours), ...duesLines(t.dues));
  return out.map((s) => `${s}。`);
}

/** 「其中文体活动 40 次、读书活动 12 次」: the breakdown as the branch's sentences list it. */
function listOf(items: { label: string; count: number }[], unit: string, limit = 6): string {
  return items
    .filter((i) => i.count > 0)
    .slice(0, limit)
    .map((i) => `${i.label} ${i.count} ${unit}`)
    .join('、');
}

/** The branch's 活动 sentences (report/activities-honours.ts), from the summed figures. */
function activityLines(a: YearFigures['activities']): string[] {
  if (a.count === 0) return [];
  const people = a.participants > 0 ? `，参加教职工 ${a.participants} 人次` : '';
  const spending = a.spendingFen > 0 ? `，活动经费 ${wanText(a.spendingFen)}` : '';
  const types = listOf(a.byType, '次');
  return [`各基层学校共组织开展工会活动 ${a.count} 次${people}${spending}${types ? `，其中${types}` : ''}`];
}

function honourLines(h: YearFigures['honours']): string[] {
  if (h.count === 0) return [];
  const levels = listOf(
    h.byLevel.map((l) => ({ label: l.label, count: l.awarded })),
    '项',
  );
  const awarded = h.awarded > 0 ? `各基层学校教职工和集体共获评各级荣誉 ${h.awarded} 项${levels ? `（${levels}）` : ''}` : '各基层学校本年度暂无获评荣誉';
  return [h.recommended > 0 ? `${awarded}，推荐申报 ${h.recommended} 项` : awarded];
}

/** The branch's 会费 sentences (report/sentences.ts): nothing when no school recorded dues. */
function duesLines(d: YearFigures['dues']): string[] {
  if (d.amountFen === 0) return [];
  const arrears = d.arrearsFen > 0 ? `；尚有 ${d.arrearsMembers} 人欠缴会费 ${wanText(d.arrearsFen)}` : '，无欠缴';
  return [`各基层学校全年共收缴会费 ${wanText(d.amountFen)}，应缴会员 ${d.members} 人、已缴 ${d.paidMembers} 人${arrears}`];
}
