/**
 * 自评表: the rubric (kept in the settings table under 'rubric', the shipped one until the user
 * saves their own) scored for a year — automatic items by their judge, the rest by the chair's
 * marks (rubric_marks). An item whose judge this program lacks is scored by hand.
 */
import { AppError } from '../../shared/api/errors';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import { rubricSettingsSchema, type AssessedItem, type RubricItem, type RubricView, type SelfAssessment } from '../../shared/report/rubric';
import type { Db } from '../db/types';
import { getGeneralSettings } from '../settings/service';
import { readSettings, writeSettings } from '../settings/settings-table';
import { JUDGES, judgeContext } from './judges';

const KEY = 'rubric';

function view(s: { isExample: boolean; items: RubricItem[] }): RubricView {
  return { isExample: s.isExample, items: s.items, judges: Object.entries(JUDGES).map(([id, j]) => ({ id, label: j.label })) };
}

export function getRubric(db: Db): RubricView {
  return view(readSettings(db, KEY, rubricSettingsSchema));
}

export function updateRubric(db: Db, items: RubricItem[]): RubricView {
  return view(writeSettings(db, KEY, rubricSettingsSchema, { isExample: false, items }));
}

export function resetRubric(db: Db): RubricView {
  return view(writeSettings(db, KEY, rubricSettingsSchema, rubricSettingsSchema.parse({})));
}

export function selfAssessment(db: Db, year: number, today: string = todayIso()): SelfAssessment {
  return db.transaction(() => {
    const { items } = readSettings(db, KEY, rubricSettingsSchema);
    const marks = new Map(
      db
        .prepare<[number], { item_key: string; score: number; note: string | null }>('SELECT item_key, score, note FROM rubric_marks WHERE year = ?')
        .all(year)
        .map((m) => [m.item_key, m]),
    );
    const ctx = judgeContext(db, year, today);
    const assessed: AssessedItem[] = items.map((item) => {
      const judge = item.judge ? JUDGES[item.judge] : undefined;
      const base = { key: item.key, section: item.section, title: item.title, points: item.points, basis: item.basis, judge: item.judge, judgeMissing: item.judge !== null && !judge };
      if (judge) {
        const r = judge.run(ctx);
        return { ...base, mode: '自动', score: r.met ? item.points : 0, met: r.met, evidence: r.evidence, link: r.link, note: null };
      }
      const mark = marks.get(item.key);
      const score = mark ? Math.min(mark.score, item.points) : null;
      return {
        ...base,
        mode: '手工',
        score,
        met: score === null ? null : score === item.points,
        evidence: base.judgeMissing ? '本程序暂无此项记录，请对照纸质台账手工评分' : '请对照纸质台账手工评分',
        link: null,
        note: mark?.note ?? null,
      };
    });
    const sum = (list: AssessedItem[]) => ({
      points: list.reduce((s, i) => s + i.points, 0),
      score: list.reduce((s, i) => s + (i.score ?? 0), 0),
      unmarked: list.filter((i) => i.score === null).length,
    });
    const sections = [...new Set(assessed.map((i) => i.section))].map((section) => ({ section, ...sum(assessed.filter((i) => i.section === section)) }));
    const s = getGeneralSettings(db);
    return { year, org: { schoolName: s.schoolName, unionName: s.unionName }, items: assessed, sections, total: sum(assessed) };
  })();
}

/** The chair's score for a hand-judged item of the year; null clears it. */
export function markItem(db: Db, input: { year: number; key: string; score: number | null; note: string | null }): SelfAssessment {
  const item = readSettings(db, KEY, rubricSettingsSchema).items.find((i) => i.key === input.key);
  if (!item) throw new AppError('NOT_FOUND', '考核细则中没有这一项，可能已被修改，请刷新后重试');
  if (item.judge && JUDGES[item.judge]) throw new AppError('VALIDATION', `“${item.title}”由台账记录自动评分，不能手工打分`);
  if (input.score !== null && input.score > item.points) {
    throw new AppError('VALIDATION', `“${item.title}”的分值为 ${item.points} 分，得分不能超过分值`, { score: `不能超过 ${item.points} 分` });
  }
  if (input.score === null) db.prepare('DELETE FROM rubric_marks WHERE year = ? AND item_key = ?').run(input.year, input.key);
  else {
    db.prepare(
      `INSERT INTO rubric_marks (year, item_key, score, note, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (year, item_key) DO UPDATE SET score = excluded.score, note = excluded.note, updated_at = excluded.updated_at`,
    ).run(input.year, input.key, input.score, input.note, nowTimestamp());
  }
  return selfAssessment(db, input.year);
}
