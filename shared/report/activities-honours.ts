/**
 * The year's figures of the 活动 and 评优评先 areas, in the year's account beside the four record
 * sets: activities held (count, participants in 人次, spending, by type) and honours (count, 推荐 and
 * 获评 apart, by level and by title). Kept apart from schema.ts so each area's figures stay in one file.
 */
import { z } from 'zod';

export const activityFiguresSchema = z.object({
  count: z.number().int(),
  /** 人次: each activity's participant count, else its picked members. */
  participants: z.number().int(),
  spendingFen: z.number().int(),
  byType: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int(), participants: z.number().int() })),
});
export type ActivityFigures = z.infer<typeof activityFiguresSchema>;

export const honourFiguresSchema = z.object({
  count: z.number().int(),
  awarded: z.number().int(),
  recommended: z.number().int(),
  /** 人次 of members on awarded honours (two people sharing one honour are two). */
  awardedPeople: z.number().int(),
  /** Awarded honours held by a group (教研组, the branch). */
  awardedGroups: z.number().int(),
  byLevel: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int(), awarded: z.number().int(), recommended: z.number().int() })),
  /** Awarded honours by title, most first. */
  byTitle: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
});
export type HonourFigures = z.infer<typeof honourFiguresSchema>;

export function emptyActivityFigures(): ActivityFigures {
  return { count: 0, participants: 0, spendingFen: 0, byType: [] };
}

export function emptyHonourFigures(): HonourFigures {
  return { count: 0, awarded: 0, recommended: 0, awardedPeople: 0, awardedGroups: 0, byLevel: [], byTitle: [] };
}

function listOf(items: { label: string; count: number }[], unit: string, limit = 6): string {
  return items
    .filter((i) => i.count > 0)
    .slice(0, limit)
    .map((i) => `${i.label} ${i.count} ${unit}`)
    .join('、');
}

function comparison(current: number, previous: number, unit: string): string {
  if (previous === 0) return '';
  if (current === previous) return '，与上年持平';
  return `，较上年${current > previous ? '增加' : '减少'} ${Math.abs(current - previous)} ${unit}`;
}

/** 「全年组织工会活动 12 次，参加 860 人次，较上年增加 2 次，其中文体活动 5 次、读书活动 2 次」. */
export function activitySentences(cur: ActivityFigures, prev: ActivityFigures): string[] {
  if (cur.count === 0) return ['本年度没有工会活动记录'];
  const out: string[] = [];
  const people = cur.participants > 0 ? `，参加教职工 ${cur.participants} 人次` : '';
  out.push(`全年组织开展工会活动 ${cur.count} 次${people}${comparison(cur.count, prev.count, '次')}`);
  const types = listOf(cur.byType, '次');
  if (types) out.push(`其中${types}`);
  return out;
}

/** 「全年获评各级荣誉 5 项（省级 1 项、市级 2 项、校级 2 项），推荐申报 3 项」, then the titles. */
export function honourSentences(cur: HonourFigures): string[] {
  if (cur.count === 0) return ['本年度没有评优评先记录'];
  const out: string[] = [];
  const levels = listOf(cur.byLevel.map((l) => ({ label: l.label, count: l.awarded })), '项');
  const awarded = cur.awarded > 0 ? `全年获评各级荣誉 ${cur.awarded} 项${levels ? `（${levels}）` : ''}` : '全年暂无获评荣誉';
  out.push(cur.recommended > 0 ? `${awarded}，推荐申报 ${cur.recommended} 项` : awarded);
  const titles = listOf(cur.byTitle, '项');
  if (titles) out.push(`获评荣誉中${titles}${cur.awardedPeople > 0 ? `，涉及教职工 ${cur.awardedPeople} 人次` : ''}`);
  return out;
}
