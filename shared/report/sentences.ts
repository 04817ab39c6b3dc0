/**
 * The sentences of the 工作总结 (work summary), written the way a branch writes them, with last
 * year's figure where a comparison reads naturally. Zero cases read as plain statements
 * (「本年度未召开教代会」); a rate with nothing to divide by is left out rather than printed as NaN.
 */
import { formatFen } from '../domain/money';
import { activitySentences, honourSentences } from './activities-honours';
import { formatRate, yearChange } from './format';
import type { Sentences, YearFigures } from './schema';

/** 「，较上年增加 3 人」/「，较上年减少 2 人」/「，与上年持平」; '' when last year had none to compare. */
function comparison(current: number, previous: number, unit: string): string {
  if (previous === 0 && current === 0) return '';
  if (previous === 0) return '';
  const { delta, direction } = yearChange(current, previous);
  if (direction === 'same') return '，与上年持平';
  return `，较上年${direction === 'up' ? '增加' : '减少'} ${Math.abs(delta)} ${unit}`;
}

function listOf(items: { label: string; count: number }[], unit: string, limit = 6): string {
  const shown = items.filter((i) => i.count > 0).slice(0, limit);
  return shown.map((i) => `${i.label} ${i.count} ${unit}`).join('、');
}

function membersSentences(cur: YearFigures['members'], prev: YearFigures['members'], year: number): string[] {
  const out: string[] = [];
  if (cur.total === 0 && cur.joined === 0 && cur.left === 0) {
    out.push(`截至${year}年底，会员花名册中没有在册会员`);
    return out;
  }
  const sex = cur.men + cur.women > 0 ? `，其中男会员 ${cur.men} 人、女会员 ${cur.women} 人` : '';
  out.push(`截至${year}年底，我校工会共有在册会员 ${cur.total} 人${sex}${comparison(cur.total, prev.total, '人')}`);
  if (cur.joined === 0 && cur.left === 0) {
    out.push('全年会员无增减变动');
  } else {
    const parts: string[] = [];
    parts.push(cur.joined > 0 ? `全年新入会 ${cur.joined} 人` : '全年无新入会会员');
    if (cur.left > 0) {
      const reasons = listOf(cur.leftByReason, '人');
      parts.push(`减少 ${cur.left} 人${reasons ? `（${reasons}）` : ''}`);
    }
    out.push(parts.join('，'));
  }
  const employment = listOf(cur.byEmployment, '人');
  if (employment && cur.total > 0) out.push(`在册会员中${employment}`);
  return out;
}

function congressSentences(cur: YearFigures['congress'], prev: YearFigures['congress']): string[] {
  const out: string[] = [];
  if (cur.sessions === 0) out.push('本年度未召开教代会');
  else out.push(`全年召开教代会 ${cur.sessions} 次${cur.delegates > 0 ? `，代表 ${cur.delegates} 人` : ''}`);
  if (cur.motions === 0) {
    if (cur.sessions > 0) out.push('本年度未收到提案');
  } else {
    const parts = [`共收到提案 ${cur.motions} 件${comparison(cur.motions, prev.motions, '件')}`, `立案 ${cur.filed} 件`];
    if (cur.merged > 0) parts.push(`合并立案 ${cur.merged} 件`);
    if (cur.toSuggestions > 0) parts.push(`转为意见建议 ${cur.toSuggestions} 件`);
    if (cur.rejected > 0) parts.push(`不予立案 ${cur.rejected} 件`);
    if (cur.filed > 0) {
      parts.push(`答复率 ${formatRate(cur.replyRate)}`);
      parts.push(`按期答复率 ${formatRate(cur.onTimeRate)}`);
      if (cur.rated > 0) parts.push(`满意率 ${formatRate(cur.satisfactionRate)}`);
    }
    out.push(parts.join('，'));
    if (cur.excellent > 0) out.push(`评选优秀提案 ${cur.excellent} 件`);
  }
  if (cur.votes > 0) {
    out.push(`教代会票决事项 ${cur.votes} 项，通过 ${cur.votesPassed} 项`);
  }
  return out;
}

function disclosureSentences(cur: YearFigures['disclosure'], prev: YearFigures['disclosure']): string[] {
  const out: string[] = [];
  if (cur.notices === 0) {
    out.push('本年度未发布校务公开事项');
  } else {
    const cats = listOf(cur.byCategory, '项', 5);
    out.push(`全年发布校务公开事项 ${cur.notices} 项${comparison(cur.notices, prev.notices, '项')}${cats ? `，其中${cats}` : ''}`);
  }
  if (cur.boards > 0) out.push(`出版校务公开栏 ${cur.boards} 期`);
  if (cur.objections > 0) {
    out.push(
      cur.objectionsResolved === cur.objections
        ? `收到教职工异议 ${cur.objections} 件，均已处理`
        : `收到教职工异议 ${cur.objections} 件，已处理 ${cur.objectionsResolved} 件`,
    );
  } else if (cur.notices > 0) {
    out.push('公示期内未收到异议');
  }
  return out;
}

function welfareSentences(cur: YearFigures['welfare'], prev: YearFigures['welfare']): string[] {
  const out: string[] = [];
  if (cur.visits === 0) {
    out.push('本年度没有慰问记录');
  } else {
    const goods = cur.goodsValueFen > 0 ? `，慰问品价值 ${formatFen(cur.goodsValueFen)}` : '';
    out.push(
      `全年共走访慰问教职工 ${cur.visits} 人次${comparison(cur.visits, prev.visits, '人次')}，涉及 ${cur.people} 人、${cur.households} 户，发放慰问金 ${formatFen(cur.amountFen)}${goods}`,
    );
    const reasons = listOf(cur.byReason, '人次', 5);
    if (reasons) out.push(`其中${reasons}`);
  }
  if (cur.hardshipHouseholds > 0) {
    out.push(`年末在档困难职工 ${cur.hardshipHouseholds} 户${cur.hardshipReverified > 0 ? `，本年复核 ${cur.hardshipReverified} 户` : ''}`);
  }
  return out;
}

function duesSentences(cur: YearFigures['dues'], prev: YearFigures['dues']): string[] {
  const out: string[] = [];
  // No records: nothing to write into a summary (台账检查 says the records are missing).
  if (cur.amountFen === 0) return out;
  const change = prev.amountFen > 0 && prev.amountFen !== cur.amountFen ? `，较上年${cur.amountFen > prev.amountFen ? '增加' : '减少'} ${formatFen(Math.abs(cur.amountFen - prev.amountFen))}` : '';
  out.push(`全年收缴会费 ${formatFen(cur.amountFen)}${change}，应缴会员 ${cur.members} 人、已缴 ${cur.paidMembers} 人`);
  out.push(cur.arrearsFen > 0 ? `尚有 ${cur.arrearsMembers} 人欠缴会费 ${formatFen(cur.arrearsFen)}` : '会费按时足额收缴，无欠缴');
  return out;
}

/** The summary's sentences per area, each a whole sentence ending in 「。」, ready to paste. */
export function summarySentences(current: YearFigures, previous: YearFigures, year: number): Sentences {
  const end = (lines: string[]) => lines.map((l) => `${l}。`);
  return {
    members: end(membersSentences(current.members, previous.members, year)),
    congress: end(congressSentences(current.congress, previous.congress)),
    disclosure: end(disclosureSentences(current.disclosure, previous.disclosure)),
    welfare: end(welfareSentences(current.welfare, previous.welfare)),
    activities: end(activitySentences(current.activities, previous.activities)),
    honours: end(honourSentences(current.honours)),
    dues: end(duesSentences(current.dues, previous.dues)),
  };
}
