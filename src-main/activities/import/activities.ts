/**
 * 活动记录 (a year's activity register, or the program's own export) → activities. 活动类型 is
 * mapped to the editable type list (common short words: 文体, 读书, 培训 …); 参加会员 names are
 * matched to the register, and a name not found is left out with a warning (the count still holds).
 * A row equal to an activity already in the store (name, date, type) is left alone.
 */
import { formatDateCn } from '../../../shared/domain/dates';
import { formatFen } from '../../../shared/domain/money';
import { normalizeName, toHalfWidth, trimAll } from '../../../shared/domain/text';
import { parseDay, parseMoneyFen, splitList } from '../../../shared/import/values';
import { activityInputSchema, ORGANISERS, type ActivityData } from '../../../shared/activities/schema';
import type { Db } from '../../db/types';
import { defineRecordSet, type RowContext } from '../../import/definition';
import { describeMembers, MemberIndex } from '../../import/people';
import { activityInserter } from '../activities';
import { activityTypes } from '../types';

const FIELDS = ['name', 'type', 'startDate', 'endDate', 'place', 'organiser', 'participantCount', 'members', 'spending', 'record', 'notes'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  name: '活动名称',
  type: '活动类型',
  startDate: '活动日期',
  endDate: '结束日期',
  place: '地点',
  organiser: '主办方',
  participantCount: '参加人数',
  members: '参加会员',
  spending: '活动经费',
  record: '内容与成效',
  notes: '备注',
};

const SYNONYMS: Record<Field, readonly string[]> = {
  name: ['活动名称', '活动', '名称', '活动主题', '主题', '活动项目', '项目名称', '活动内容'],
  type: ['活动类型', '类型', '类别', '活动类别', '活动种类'],
  startDate: ['活动日期', '日期', '活动时间', '时间', '开始日期', '举办日期', '举办时间'],
  endDate: ['结束日期', '截止日期', '结束时间'],
  place: ['地点', '活动地点', '举办地点', '场地'],
  organiser: ['主办方', '主办', '主办单位', '组织单位', '组织者'],
  participantCount: ['参加人数', '参与人数', '人数', '参加人次', '参与人次', '人次'],
  members: ['参加会员', '参加人员', '参与人员', '参加人', '名单', '获奖人员'],
  spending: ['活动经费', '经费', '费用', '支出', '金额', '经费支出', '活动经费元'],
  record: ['内容与成效', '活动内容与成效', '成效', '活动简介', '活动记录', '活动情况', '内容'],
  notes: ['备注', '说明'],
};

/** Short words registers use for the default types. */
const TYPE_ALIASES: Record<string, string> = {
  文体: '文体活动',
  体育: '文体活动',
  文艺: '文体活动',
  体育比赛: '文体活动',
  文艺演出: '文体活动',
  读书: '读书活动',
  阅读: '读书活动',
  培训: '培训讲座',
  讲座: '培训讲座',
  培训活动: '培训讲座',
  劳动竞赛: '劳动竞赛/技能竞赛',
  技能竞赛: '劳动竞赛/技能竞赛',
  竞赛: '劳动竞赛/技能竞赛',
  志愿: '志愿服务',
  志愿者: '志愿服务',
  女职工: '女职工活动',
  三八: '女职工活动',
  宣讲: '劳模/师德宣讲',
  劳模宣讲: '劳模/师德宣讲',
  师德宣讲: '劳模/师德宣讲',
  体检: '健康体检',
  教工之家: '教工之家活动',
  职工之家: '教工之家活动',
};

interface State {
  members: MemberIndex;
  types: string[];
  existing: Set<string>;
}

const sameKey = (name: string, date: string, type: string) => `${normalizeName(name)}\u0000${date}\u0000${type}`;

function begin(db: Db): State {
  const existing = new Set<string>();
  for (const r of db.prepare<[], { name: string; start_date: string; type: string }>('SELECT name, start_date, type FROM activities').iterate()) {
    existing.add(sameKey(r.name, r.start_date, r.type));
  }
  return { members: new MemberIndex(db), types: activityTypes(db), existing };
}

function mapType(state: State, text: string): string | null {
  const bare = text.replace(/\s+/g, '');
  if (state.types.includes(bare)) return bare;
  const alias = TYPE_ALIASES[bare.replace(/(类|活动)$/, '')] ?? TYPE_ALIASES[bare];
  return alias && state.types.includes(alias) ? alias : null;
}

function count(ctx: RowContext<'participantCount'>): number | null | undefined {
  const text = trimAll(toHalfWidth(ctx.cell('participantCount'))).replace(/\s+/g, '').replace(/(人次|人|名)$/, '').replace(/^(约|近|共)/, '');
  if (text === '') return null;
  if (!/^\d+$/.test(text)) {
    ctx.error('participantCount', `参加人数“${ctx.cell('participantCount')}”不是整数（应写成 45 或 45人）`);
    return undefined;
  }
  return Number(text);
}

function checkRow(state: State, ctx: RowContext<Field>) {
  const name = trimAll(ctx.cell('name'));
  if (name === '') {
    ctx.error('name', '活动名称为空：这一行有其他内容，但没有写活动名称');
    return null;
  }
  const start = parseDay(ctx.cell('startDate'));
  if (!start.ok) ctx.error('startDate', start.message);
  let endDate: string | null = null;
  if (ctx.cell('endDate') !== '') {
    const end = parseDay(ctx.cell('endDate'));
    if (!end.ok) ctx.error('endDate', end.message);
    else if (start.ok && end.value < start.value) ctx.error('endDate', `结束日期 ${formatDateCn(end.value)} 早于活动日期`);
    else endDate = end.value;
  }
  const typeText = ctx.cell('type').replace(/\s+/g, '');
  const type = typeText === '' ? null : mapType(state, typeText);
  if (typeText === '') ctx.error('type', `活动类型为空（可选：${state.types.join('、')}）`);
  else if (type === null) {
    ctx.error('type', `活动类型“${typeText}”不在活动类型列表中（${state.types.join('、')}）。请改为列表中的类型，或先在“活动类型”中添加`);
  }
  let organiser: (typeof ORGANISERS)[number] = '本校工会';
  const organiserText = ctx.cell('organiser').replace(/\s+/g, '');
  if (organiserText !== '') {
    const found = ORGANISERS.find((o) => o === organiserText || (organiserText.includes('上级') && o === '上级工会') || (organiserText.includes('联合') && o === '联合') || (/本校|校工会|我校/.test(organiserText) && o === '本校工会'));
    if (found) organiser = found;
    else {
      ctx.warn('organiser', `主办方“${organiserText}”不是 本校工会、上级工会、联合 之一，按“联合”导入`);
      organiser = '联合';
    }
  }
  const participantCount = count(ctx);
  const spendingText = ctx.cell('spending');
  const spending = parseMoneyFen(spendingText);
  if (!spending.ok) ctx.error('spending', spending.message.replace('慰问金', '活动经费'));

  const memberIds: number[] = [];
  for (const person of splitList(ctx.cell('members'))) {
    const match = state.members.find(person, '', '');
    if (match.kind === 'found') {
      if (!memberIds.includes(match.member.id)) memberIds.push(match.member.id);
    } else if (match.kind === 'ambiguous') {
      ctx.warn('members', `“${person}”对应 ${match.members.length} 名会员（${describeMembers(match.members)}），未列入参加会员名单，请导入后在活动中选择`);
    } else {
      ctx.warn('members', `“${person}”不在会员名册中，未列入参加会员名单`);
    }
  }
  if (!start.ok || participantCount === undefined || !spending.ok || type === null) return null;

  const parsed = activityInputSchema.safeParse({
    name,
    type,
    startDate: start.value,
    endDate,
    place: ctx.cell('place'),
    organiser,
    participantCount: participantCount === null ? null : Math.max(participantCount, memberIds.length),
    memberIds,
    spendingFen: spending.value,
    record: ctx.cell('record'),
    notes: ctx.cell('notes'),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field: Field = key === 'spendingFen' ? 'spending' : key === 'memberIds' ? 'members' : (FIELDS as readonly string[]).includes(key) ? (key as Field) : 'notes';
      ctx.error(field, `${LABELS[field]}${issue.message}`);
    }
    return null;
  }
  const data: ActivityData = parsed.data;
  const summary = `${formatDateCn(data.startDate)} · ${data.type} · ${data.name}${data.participantCount !== null || memberIds.length ? ` · ${data.participantCount ?? memberIds.length} 人` : ''}${data.spendingFen ? ` · ${formatFen(data.spendingFen)}` : ''}`;
  const key = sameKey(data.name, data.startDate, data.type);
  if (state.existing.has(key)) return { data, action: 'unchanged' as const, summary: `${summary}（已有相同活动，不重复导入）` };
  state.existing.add(key);
  return { data, action: 'create' as const, summary };
}

export const activitiesImport = defineRecordSet<Field, ActivityData, State>({
  set: 'activities',
  recordsWord: '活动',
  fields: FIELDS,
  labels: LABELS,
  synonyms: SYNONYMS,
  keyField: 'name',
  required: ['name', 'startDate', 'type'],
  begin: (db) => begin(db),
  checkRow,
  table: 'activities',
  insert: (db, _state, now) => activityInserter(db, now),
  undoBlocker(db, records) {
    const withFiles = db
      .prepare<[string], { n: number }>('SELECT count(DISTINCT activity_id) AS n FROM activity_files WHERE activity_id IN (SELECT value FROM json_each(?))')
      .get(JSON.stringify(records.map((r) => r.id)))!.n;
    return withFiles > 0 ? `其中 ${withFiles} 项活动导入后已添加了照片或附件，撤销会一并删除这些照片。请先在活动中删除照片，再撤销导入。` : null;
  },
  template: {
    fileName: '活动记录导入模板.xlsx',
    sheetName: '活动记录',
    title: '活动记录（导入模板）',
    columns: [
      { field: 'name', header: '活动名称', example: '教职工集体跳绳比赛', width: 22 },
      { field: 'type', header: '活动类型', example: '文体活动', width: 14 },
      { field: 'startDate', header: '活动日期', example: '2026-04-15', width: 12 },
      { field: 'endDate', header: '结束日期', example: '', width: 12 },
      { field: 'place', header: '地点', example: '学校操场', width: 14 },
      { field: 'organiser', header: '主办方', example: '本校工会', width: 10 },
      { field: 'participantCount', header: '参加人数', example: '120', width: 9 },
      { field: 'members', header: '参加会员', example: '', width: 20 },
      { field: 'spending', header: '活动经费（元）', example: '1500', width: 13 },
      { field: 'record', header: '内容与成效', example: '分年级组比赛，评出团体一等奖 2 个', width: 30 },
      { field: 'notes', header: '备注', example: '', width: 16 },
    ],
    notes: [
      '活动类型从以下选择：文体活动、读书活动、培训讲座、劳动竞赛/技能竞赛、志愿服务、女职工活动、劳模/师德宣讲、健康体检、教工之家活动、其他（以本单位“活动类型”为准）。',
      '活动日期可写作 2026-04-15、2026.4.15 或 2026年4月15日。',
      '参加人数写总人数（含非会员）；参加会员可写姓名，用顿号分隔，导入后与会员名册对应。',
      '活动经费可写作 1500、1,500.00、¥1500 或 1500元。照片请导入后在活动中添加。',
    ],
  },
});
