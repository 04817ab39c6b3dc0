/**
 * 评优评先 register → honours. 姓名 holds one member, several (张三、李四: one honour held jointly),
 * or a group (语文组, 本校工会; or any name with 集体 in the 部门 column). Names are matched to the
 * register like the welfare import (ID, else name narrowed by department). 级别 and 状态 accept the
 * words registers use (省, 全国, 区级; 申报, 已获). A row equal to a stored honour is left alone.
 */
import { formatDateCn } from '../../../shared/domain/dates';
import { normalizeName } from '../../../shared/domain/text';
import { honourInputSchema, HONOUR_LEVELS, type HonourData, type HonourLevel } from '../../../shared/honours/schema';
import { parseDay, splitList } from '../../../shared/import/values';
import type { Db } from '../../db/types';
import { defineRecordSet, type RowContext } from '../../import/definition';
import { describeMembers, MemberIndex } from '../../import/people';
import { honourInserter } from '../honours';

const FIELDS = ['name', 'department', 'idNumber', 'title', 'level', 'awardingBody', 'awardedOn', 'state', 'notes'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  name: '姓名',
  department: '部门',
  idNumber: '身份证号',
  title: '荣誉称号',
  level: '级别',
  awardingBody: '授予单位',
  awardedOn: '获得日期',
  state: '状态',
  notes: '备注',
};

const SYNONYMS: Record<Field, readonly string[]> = {
  name: ['姓名', '获奖人', '获奖者', '获奖人员', '教师姓名', '教职工姓名', '会员姓名', '获奖单位或个人', '获奖集体或个人', '名字', '对象'],
  department: ['部门', '所在部门', '教研组', '年级组', '科室', '部门/教研组'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码'],
  title: ['荣誉称号', '荣誉', '称号', '奖项', '奖项名称', '荣誉名称', '获奖名称', '表彰名称'],
  level: ['级别', '荣誉级别', '奖项级别', '表彰级别', '等级'],
  awardingBody: ['授予单位', '颁发单位', '表彰单位', '发文单位', '授奖单位'],
  awardedOn: ['获得日期', '获奖日期', '授予日期', '日期', '时间', '获奖时间', '表彰日期', '表彰时间'],
  state: ['状态', '推荐/获评', '类别', '评选状态'],
  notes: ['备注', '说明', '文号'],
};

const GROUP = /(组|工会|学校|中学|小学|幼儿园|部|室|处|中心|年级|集体|班子|团队|之家|委员会|科)$/;

interface State {
  members: MemberIndex;
  existing: Set<string>;
}

const sameKey = (d: { title: string; awardedOn: string; level: string; memberIds: number[]; groupName: string | null }) =>
  [d.title, d.awardedOn, d.level, d.memberIds.join(','), d.groupName ?? ''].join('\u0000');

function begin(db: Db): State {
  const existing = new Set<string>();
  const rows = db
    .prepare<[], { title: string; awarded_on: string; level: string; group_name: string | null; ids: string | null }>(
      `SELECT h.title, h.awarded_on, h.level, h.group_name,
         (SELECT group_concat(member_id, ',') FROM (SELECT member_id FROM honour_members WHERE honour_id = h.id ORDER BY position)) AS ids
       FROM honours h`,
    )
    .all();
  for (const r of rows) {
    existing.add(sameKey({ title: r.title, awardedOn: r.awarded_on, level: r.level, memberIds: r.ids ? r.ids.split(',').map(Number) : [], groupName: r.group_name }));
  }
  return { members: new MemberIndex(db), existing };
}

export function parseLevel(text: string): HonourLevel | null {
  const t = text.replace(/\s+/g, '');
  if ((HONOUR_LEVELS as readonly string[]).includes(t)) return t as HonourLevel;
  if (/^(国家|全国|国家级别|部级)/.test(t)) return '国家级';
  if (/^省/.test(t)) return '省级';
  if (/^(市|地市|地级)/.test(t)) return '市级';
  if (/^(区|县|区县|县区|区级|县级)/.test(t)) return '区县级';
  if (/^(校|学校|本校)/.test(t)) return '校级';
  return null;
}

function parseState(text: string): '推荐' | '获评' | null {
  const t = text.replace(/\s+/g, '');
  if (t === '' || /^(获评|获得|已获|授予|获奖|评上|已评|荣获)/.test(t)) return '获评';
  if (/^(推荐|申报|候选|推选|报送)/.test(t)) return '推荐';
  return null;
}

function holders(state: State, ctx: RowContext<Field>): { memberIds: number[]; groupName: string | null } | null {
  const text = normalizeName(ctx.raw('name'));
  const department = ctx.cell('department');
  if (department === '集体') return { memberIds: [], groupName: text };
  const names = splitList(text);
  const memberIds: number[] = [];
  for (const person of names) {
    const match = state.members.find(person, names.length === 1 ? department : '', names.length === 1 ? ctx.cell('idNumber') : '');
    if (match.kind === 'found') {
      if (match.member.status === '退会') ctx.warn('name', `${match.member.name} 现已退会，按历史荣誉记录导入`);
      if (!memberIds.includes(match.member.id)) memberIds.push(match.member.id);
    } else if (match.kind === 'ambiguous') {
      ctx.error('name', `姓名“${person}”对应 ${match.members.length} 名会员：${describeMembers(match.members)}。请在“部门”列写明部门，或填写身份证号`);
      return null;
    } else if (match.kind === 'id-unknown') {
      ctx.error('idNumber', `身份证号 ${ctx.cell('idNumber')} 不在会员名册中，请核对`);
      return null;
    } else if (names.length === 1 && GROUP.test(person)) {
      return { memberIds: [], groupName: person };
    } else {
      ctx.error(
        'name',
        `“${person}”不在会员名册中（可能尚未录入或已删除）。个人荣誉须对应名册中的会员；如是集体荣誉，请在“部门”列填写“集体”`,
      );
      return null;
    }
  }
  return { memberIds, groupName: null };
}

function checkRow(state: State, ctx: RowContext<Field>) {
  if (normalizeName(ctx.raw('name')) === '') {
    ctx.error('name', '姓名为空：这一行有其他内容，但没有写获奖的个人或集体');
    return null;
  }
  const who = holders(state, ctx);
  const title = ctx.cell('title').replace(/\s+/g, '');
  if (title === '') ctx.error('title', '荣誉称号为空');
  const level = parseLevel(ctx.cell('level'));
  if (ctx.cell('level') === '') ctx.error('level', '级别为空（应为 国家级、省级、市级、区县级、校级 之一）');
  else if (level === null) ctx.error('level', `级别“${ctx.cell('level')}”无法识别（应为 国家级、省级、市级、区县级、校级 之一）`);
  const day = parseDay(ctx.cell('awardedOn'));
  if (!day.ok) ctx.error('awardedOn', day.message);
  const honourState = parseState(ctx.cell('state'));
  if (honourState === null) ctx.error('state', `状态“${ctx.cell('state')}”无法识别（应为 推荐 或 获评）`);
  if (!who || title === '' || level === null || !day.ok || honourState === null) return null;

  const parsed = honourInputSchema.safeParse({
    title,
    level,
    awardingBody: ctx.cell('awardingBody'),
    awardedOn: day.value,
    state: honourState,
    memberIds: who.memberIds,
    groupName: who.groupName,
    notes: ctx.cell('notes'),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field: Field = key === 'memberIds' || key === 'groupName' ? 'name' : (FIELDS as readonly string[]).includes(key) ? (key as Field) : 'notes';
      ctx.error(field, `${LABELS[field]}${issue.message}`);
    }
    return null;
  }
  const data: HonourData = parsed.data;
  const holderText = who.groupName ?? who.memberIds.map((id) => state.members.byMemberId.get(id)?.name ?? '').join('、');
  const summary = `${holderText} · ${data.title}（${data.level}）· ${formatDateCn(data.awardedOn)} · ${data.state}`;
  const key = sameKey(data);
  if (state.existing.has(key)) return { data, action: 'unchanged' as const, summary: `${summary}（已有相同记录，不重复导入）` };
  state.existing.add(key);
  return { data, action: 'create' as const, summary };
}

export const honoursImport = defineRecordSet<Field, HonourData, State>({
  set: 'honours',
  recordsWord: '荣誉',
  fields: FIELDS,
  labels: LABELS,
  synonyms: SYNONYMS,
  keyField: 'name',
  required: ['name', 'title', 'level', 'awardedOn'],
  begin: (db) => begin(db),
  checkRow,
  table: 'honours',
  insert: (db, _state, now) => honourInserter(db, now),
  template: {
    fileName: '评优评先导入模板.xlsx',
    sheetName: '评优评先',
    title: '评优评先记录（导入模板）',
    columns: [
      { field: 'name', header: '姓名', example: '张三', width: 16 },
      { field: 'department', header: '部门', example: '语文组', width: 12 },
      { field: 'title', header: '荣誉称号', example: '师德标兵', width: 18 },
      { field: 'level', header: '级别', example: '市级', width: 9 },
      { field: 'awardingBody', header: '授予单位', example: '市教育局', width: 20 },
      { field: 'awardedOn', header: '获得日期', example: '2026-09-10', width: 12 },
      { field: 'state', header: '状态', example: '获评', width: 8 },
      { field: 'notes', header: '备注', example: '', width: 20 },
    ],
    notes: [
      '姓名填写会员姓名，几人共同获得的写作“张三、李四”；同名会员请在“部门”列写明部门。',
      '集体荣誉（教研组、本校工会等）在“姓名”列写集体名称，“部门”列写“集体”。',
      '级别填写 国家级、省级、市级、区县级 或 校级；状态填写 推荐 或 获评（不填按获评）。',
      '获得日期可写作 2026-09-10、2026.9.10 或 2026年9月10日。',
    ],
  },
});
