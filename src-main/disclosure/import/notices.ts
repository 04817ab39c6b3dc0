/**
 * 校务公开台账 → notices. Each row is one notice with its dates, category, scope and state, as the
 * program's own register export writes them or as a hand-kept register has them. A notice whose
 * 公示期 is over comes in as archived history (已归档), unless an objection to it is still open;
 * one still in its period comes in as published. The register's 异议及处理情况 lines, as the export
 * writes them, come back as objections. A notice already in the store (same title, same publish
 * date) is left as it is.
 */
import { formatDateCn, todayIso } from '../../../shared/domain/dates';
import { blocksToHtml, escapeHtml, textToBlocks } from '../../../shared/disclosure/body';
import { periodEnd, workingDaysBetween } from '../../../shared/disclosure/period';
import { KINDS, noticeInputSchema, SCOPES, type NoticeData, type StoredState } from '../../../shared/disclosure/schema';
import { parseDay } from '../../../shared/import/values';
import type { WorkCalendar } from '../../../shared/domain/workdays';
import type { Db } from '../../db/types';
import { defineRecordSet, type RowContext, type WrittenRecord } from '../../import/definition';
import { storeCalendar } from '../../settings/calendar';
import { readDisclosureSettings } from '../settings';

const FIELDS = [
  'title',
  'category',
  'scope',
  'kind',
  'responsibleUnit',
  'publishDate',
  'endDate',
  'workingDays',
  'state',
  'objections',
  'withdrawReason',
  'objectionContact',
  'body',
] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  title: '公示标题',
  category: '公开类别',
  scope: '公开范围',
  kind: '公开形式',
  responsibleUnit: '责任部门',
  publishDate: '发布日期',
  endDate: '公示期截止',
  workingDays: '公示天数（工作日）',
  state: '状态',
  objections: '异议及处理情况',
  withdrawReason: '撤回原因',
  objectionContact: '异议受理方式',
  body: '公示内容',
};

const SYNONYMS: Record<Field, readonly string[]> = {
  title: ['公示标题', '标题', '公开事项', '公示事项', '公开内容标题', '事项名称', '公示名称', '名称', '公开项目'],
  category: ['公开类别', '类别', '公示类别', '公开类型', '类型', '分类'],
  scope: ['公开范围', '范围', '公示范围', '公开对象'],
  kind: ['公开形式', '形式', '公开方式', '公示方式'],
  responsibleUnit: ['责任部门', '部门', '责任单位', '承办部门', '负责部门', '发布部门'],
  publishDate: ['发布日期', '公示日期', '公开日期', '公示开始', '开始日期', '公示时间', '公开时间', '日期'],
  endDate: ['公示期截止', '截止日期', '公示截止', '结束日期', '公示结束', '公示期满', '截止时间'],
  workingDays: ['公示天数（工作日）', '公示天数', '公示期（工作日）', '公示期', '天数'],
  state: ['状态', '公示状态', '当前状态'],
  objections: ['异议及处理情况', '异议情况', '异议处理情况', '反馈意见及处理', '异议'],
  withdrawReason: ['撤回原因', '撤销原因'],
  objectionContact: ['异议受理方式', '监督电话', '异议受理', '受理方式', '联系方式'],
  body: ['公示内容', '内容', '正文', '公开内容', '主要内容'],
};

/** Words hand-kept registers use for the standard categories. */
const CATEGORY_ALIASES: Record<string, string> = {
  财务: '财务收支',
  财务公开: '财务收支',
  经费: '财务收支',
  收支: '财务收支',
  招生公开: '招生',
  收费公开: '收费',
  人事: '干部任免与教师管理',
  干部任免: '干部任免与教师管理',
  教师管理: '干部任免与教师管理',
  人事任免: '干部任免与教师管理',
  评优: '评先评优',
  评先: '评先评优',
  评优评先: '评先评优',
  职称: '职称评定',
  职称评审: '职称评定',
  绩效: '绩效工资',
  绩效考核: '绩效工资',
  基建: '基建工程与采购',
  采购: '基建工程与采购',
  工程: '基建工程与采购',
  基建工程: '基建工程与采购',
  决策: '重大决策',
  三重一大: '重大决策',
};

const SCOPE_WORDS: Record<string, (typeof SCOPES)[number]> = {
  对内: '对内',
  校内: '对内',
  内部: '对内',
  教职工: '对内',
  对内公开: '对内',
  '对内（教职工）': '对内',
  对外: '对外',
  校外: '对外',
  社会: '对外',
  社会公众: '对外',
  对外公开: '对外',
  '对外（社会公众）': '对外',
  对内对外: '对内对外',
  内外: '对内对外',
  校内外: '对内对外',
  '对内、对外': '对内对外',
  '对内/对外': '对内对外',
};

/** The states a register may name, and what is stored for each (published ones by the calendar). */
const STATE_WORDS: Record<string, StoredState | 'published'> = {
  草稿: '草稿',
  已审核: '已审核',
  待审核: '草稿',
  待公示: 'published',
  公示中: 'published',
  公示期满: 'published',
  已发布: 'published',
  已公示: 'published',
  已公开: 'published',
  已完成: 'published',
  已撤回: '已撤回',
  撤回: '已撤回',
  已撤销: '已撤回',
  已归档: '已归档',
  归档: '已归档',
};

/** “2026年3月2日 王老师：内容（已办结，结果）”, one line per objection, as exportRegister writes it. */
const OBJECTION_LINE = /^(\d{4}年\d{1,2}月\d{1,2}日)\s+(.*?)：(.*)（(待处理|已办结|匿名未受理)(?:，(.*))?）$/s;
const NO_OBJECTION = /^(无|没有|无异议|未收到异议|无反馈|\/|-|—)$/;

interface ObjectionData {
  receivedOn: string;
  anonymous: boolean;
  name: string | null;
  content: string;
  status: '待处理' | '已办结' | '匿名未受理';
  result: string | null;
}

interface Planned {
  data: NoticeData;
  state: StoredState;
  endDate: string;
  overridden: boolean;
  withdrawReason: string | null;
  objections: ObjectionData[];
}

interface State {
  categories: string[];
  defaultDays: number;
  calendar: WorkCalendar;
  today: string;
  /** Title + publish date of the notices in the store. */
  existing: Set<string>;
  /** Title + publish date → the file row that had it first. */
  seen: Map<string, number>;
}

const keyOf = (title: string, date: string) => `${title}\u0000${date}`;

function begin(db: Db): State {
  const settings = readDisclosureSettings(db);
  const used = db.prepare<[], { category: string }>('SELECT DISTINCT category FROM disclosure_notices').all().map((r) => r.category);
  const existing = new Set(
    db
      .prepare<[], { title: string; publish_date: string }>('SELECT title, publish_date FROM disclosure_notices')
      .all()
      .map((r) => keyOf(r.title, r.publish_date)),
  );
  return {
    categories: [...new Set([...settings.noticeCategories, ...used])],
    defaultDays: settings.defaultWorkingDays,
    calendar: storeCalendar(db),
    today: todayIso(),
    existing,
    seen: new Map(),
  };
}

function mapCategory(state: State, text: string): string | null {
  if (state.categories.includes(text)) return text;
  const alias = CATEGORY_ALIASES[text.replace(/类$/, '')];
  return alias && state.categories.includes(alias) ? alias : null;
}

/** The register's body text back into paragraphs (and tables, from tab-separated lines). */
function bodyHtml(text: string): string {
  if (text.trim() === '') return '';
  const html = blocksToHtml(textToBlocks(text));
  return html || `<p>${escapeHtml(text.trim())}</p>`;
}

function parseObjections(ctx: RowContext<Field>, text: string, today: string): ObjectionData[] | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0 || (lines.length === 1 && NO_OBJECTION.test(lines[0]!))) return [];
  const out: ObjectionData[] = [];
  for (const line of lines) {
    const m = OBJECTION_LINE.exec(line);
    if (!m) {
      ctx.warn('objections', `“${line.length > 30 ? `${line.slice(0, 30)}…` : line}”不是“日期 异议人：内容（处理状态）”的写法，未作为异议记录导入，请导入后在公示详情中补录`);
      continue;
    }
    const day = parseDay(m[1]!);
    if (!day.ok || day.value > today) {
      ctx.error('objections', `异议日期“${m[1]}”${day.ok ? '晚于今天' : '无法识别'}`);
      return null;
    }
    const who = m[2]!.trim();
    const anonymous = who === '' || who === '匿名';
    const status = m[4] as ObjectionData['status'];
    if (status === '已办结' && !m[5]) {
      ctx.error('objections', `已办结的异议须写明处理结果：“${line}”`);
      return null;
    }
    out.push({ receivedOn: day.value, anonymous, name: anonymous ? null : who.slice(0, 30), content: m[3]!.trim().slice(0, 2000), status, result: m[5]?.trim() || null });
  }
  return out;
}

function workingDaysCell(ctx: RowContext<Field>): number | null | undefined {
  const text = ctx.cell('workingDays').replace(/\s+/g, '').replace(/个?工作日$|天$|日$/, '');
  if (text === '') return null;
  if (!/^\d+$/.test(text)) {
    ctx.error('workingDays', `公示天数“${ctx.cell('workingDays')}”不是整数（应写成 5 或 5个工作日）`);
    return undefined;
  }
  return Number(text);
}

/** Free text as written: full-width punctuation (，（）) is what Chinese text uses. */
function text(ctx: RowContext<Field>, field: Field): string {
  return ctx.raw(field).trim();
}

function checkRow(state: State, ctx: RowContext<Field>) {
  const title = text(ctx, 'title');
  if (title === '') {
    ctx.error('title', '公示标题为空：这一行有其他内容，但没有写公示标题');
    return null;
  }
  const categoryText = ctx.cell('category').replace(/\s+/g, '');
  const category = categoryText === '' ? null : mapCategory(state, categoryText);
  if (categoryText === '') ctx.error('category', `公开类别为空，请填写（${state.categories.join('、')}）之一`);
  else if (!category) {
    ctx.error('category', `公开类别“${categoryText}”不在设置的类别中（${state.categories.join('、')}）。请改为其中之一，或先在“设置 → 校务公开”中添加这一类别`);
  }

  const scopeText = ctx.cell('scope').replace(/\s+/g, '');
  let scope = SCOPE_WORDS[scopeText];
  if (scopeText === '') {
    scope = '对内';
    if (ctx.has('scope')) ctx.warn('scope', '公开范围为空，按“对内”（教职工）导入');
  } else if (!scope) ctx.error('scope', `公开范围“${scopeText}”无法识别（应为 对内、对外 或 对内对外）`);

  const kindText = ctx.cell('kind').replace(/\s+/g, '').replace(/公开$/, '');
  const kind = kindText === '' ? '定期' : (KINDS as readonly string[]).includes(kindText) ? (kindText as (typeof KINDS)[number]) : null;
  if (!kind) ctx.error('kind', `公开形式“${ctx.cell('kind')}”无法识别（应为 长期、定期 或 即时）`);

  const publish = parseDay(ctx.cell('publishDate'));
  if (!publish.ok) ctx.error('publishDate', publish.message === '日期为空' ? '发布日期为空' : `发布日期：${publish.message}`);
  const endText = ctx.cell('endDate');
  const end = endText === '' ? null : parseDay(endText);
  if (end && !end.ok) ctx.error('endDate', `公示期截止：${end.message}`);
  const days = workingDaysCell(ctx);
  if (days !== null && days !== undefined && (days < 1 || days > 60)) ctx.error('workingDays', `公示天数 ${days} 不在 1 至 60 个工作日之间`);

  const stateText = ctx.cell('state').replace(/\s+/g, '');
  const stateWord = stateText === '' ? 'published' : STATE_WORDS[stateText];
  if (!stateWord) ctx.error('state', `状态“${stateText}”无法识别（应为 草稿、已审核、待公示、公示中、公示期满、已撤回 或 已归档）`);
  const withdrawReason = text(ctx, 'withdrawReason') || null;
  if (stateWord === '已撤回' && !withdrawReason) ctx.error('withdrawReason', '已撤回的公示须写明撤回原因');

  if (!category || !scope || !kind || !publish.ok || (end && !end.ok) || days === undefined || !stateWord) return null;
  if (end?.ok && end.value < publish.value) {
    ctx.error('endDate', `公示期截止 ${formatDateCn(end.value)} 早于发布日期 ${formatDateCn(publish.value)}`);
    return null;
  }
  if (days !== null && (days < 1 || days > 60)) return null;

  // The period: the working days as written, else those between the two dates, else the default.
  let workingDays = days ?? (end?.ok ? Math.max(1, workingDaysBetween(publish.value, end.value, state.calendar)) : state.defaultDays);
  workingDays = Math.min(60, workingDays);
  const computed = periodEnd(publish.value, workingDays, state.calendar);
  const endDate = end?.ok ? end.value : computed;

  const objections = parseObjections(ctx, ctx.raw('objections'), state.today);
  if (objections === null) return null;
  const open = objections.filter((o) => o.status === '待处理').length;

  let stored: StoredState;
  if (stateWord !== 'published') stored = stateWord;
  else stored = endDate < state.today && open === 0 ? '已归档' : '已发布';
  if (stateWord === '已归档' && endDate >= state.today) {
    ctx.error('state', `公示期到 ${formatDateCn(endDate)} 才结束，不能按“已归档”导入；请把状态改为“公示中”`);
    return null;
  }
  if (stateWord === '已归档' && open > 0) {
    ctx.error('state', `还有 ${open} 条异议未办结，不能按“已归档”导入；请把状态改为“公示期满”，或写明异议的处理结果`);
    return null;
  }
  if ((stored === '草稿' || stored === '已审核') && objections.length > 0) {
    ctx.error('objections', `尚未发布（${stored}）的公示不能有异议记录`);
    return null;
  }
  if (stored === '已发布' && endDate < state.today && open > 0) {
    ctx.warn('state', `公示期已满，但还有 ${open} 条异议未办结，按“公示期满”导入，办结后再归档`);
  }

  const body = bodyHtml(ctx.raw('body'));
  const parsed = noticeInputSchema.safeParse({
    noticeTitle: title,
    noticeCategory: category,
    noticeScope: scope,
    noticeKind: kind,
    responsibleUnit: text(ctx, 'responsibleUnit'),
    noticeBody: body,
    publishDate: publish.value,
    periodWorkingDays: workingDays,
    periodEndDate: endDate === computed ? null : endDate,
    objectionContact: text(ctx, 'objectionContact'),
    noticeIssuer: null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field: Field =
        key === 'noticeTitle' ? 'title' : key === 'responsibleUnit' ? 'responsibleUnit' : key === 'objectionContact' ? 'objectionContact' : key === 'noticeBody' ? 'body' : 'endDate';
      ctx.error(field, issue.message.startsWith(LABELS[field].slice(0, 2)) ? issue.message : `${LABELS[field]}${issue.message}`);
    }
    return null;
  }
  if (body === '' && (stored === '草稿' || stored === '已审核' || stored === '已发布')) {
    ctx.warn('body', '公示内容为空：导入后请在公示中补上内容，再打印公示栏');
  }

  const key = keyOf(parsed.data.noticeTitle, parsed.data.publishDate);
  const first = state.seen.get(key);
  if (first !== undefined) {
    ctx.error('title', `与第 ${first} 行是同一则公示（标题、发布日期都相同）`);
    return null;
  }
  state.seen.set(key, ctx.row);
  const shown = stored === '已发布' ? (parsed.data.publishDate > state.today ? '待公示' : endDate < state.today ? '公示期满' : '公示中') : stored;
  const summary = `${parsed.data.noticeTitle} · ${parsed.data.noticeCategory} · ${formatDateCn(parsed.data.publishDate)}至${formatDateCn(endDate)} · ${shown}${objections.length ? ` · 异议 ${objections.length} 条` : ''}`;
  const planned: Planned = { data: parsed.data, state: stored, endDate, overridden: endDate !== computed, withdrawReason: stored === '已撤回' ? withdrawReason : null, objections };
  if (state.existing.has(key)) return { data: planned, action: 'unchanged' as const, summary: `${summary}（已有这则公示，不重复导入）` };
  return { data: planned, action: 'create' as const, summary };
}

function inserter(db: Db, now: string): (p: Planned) => number {
  const insert = db.prepare(
    `INSERT INTO disclosure_notices (title, category, scope, kind, responsible_unit, body, publish_date, working_days,
      end_date, end_overridden, objection_contact, issuer, state, withdraw_reason, created_at, updated_at)
     VALUES (@title, @category, @scope, @kind, @unit, @body, @publishDate, @workingDays, @endDate, @overridden,
      @contact, NULL, @state, @withdrawReason, @now, @now)`,
  );
  const event = db.prepare(
    'INSERT INTO disclosure_notice_history (notice_id, from_state, to_state, on_date, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const objection = db.prepare(
    `INSERT INTO disclosure_objections (notice_id, received_on, anonymous, objector_name, objector_contact, content, handling, result,
      resolved_on, status, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, NULL, ?, NULL, ?, ?, ?)`,
  );
  return (p) => {
    const d = p.data;
    const id = Number(
      insert.run({
        title: d.noticeTitle,
        category: d.noticeCategory,
        scope: d.noticeScope,
        kind: d.noticeKind,
        unit: d.responsibleUnit,
        body: d.noticeBody,
        publishDate: d.publishDate,
        workingDays: d.periodWorkingDays,
        endDate: p.endDate,
        overridden: p.overridden ? 1 : 0,
        contact: d.objectionContact,
        state: p.state,
        withdrawReason: p.withdrawReason,
        now,
      }).lastInsertRowid,
    );
    // The history says where the record came from; the steps before it were taken outside the program.
    const onDate = p.state === '已归档' ? p.endDate : p.state === '草稿' || p.state === '已审核' ? now.slice(0, 10) : d.publishDate;
    event.run(id, null, p.state, onDate, '由校务公开台账导入', now);
    for (const o of p.objections) objection.run(id, o.receivedOn, o.anonymous ? 1 : 0, o.name, o.content, o.result, o.status, now, now);
    return id;
  };
}

function undoBlocker(db: Db, records: readonly WrittenRecord[]): string | null {
  const onBoard: string[] = [];
  const touched: string[] = [];
  const board = db.prepare<[number], { title: string; label: string }>(
    `SELECT n.title, i.year || '年第' || i.number || '期' AS label FROM disclosure_issue_notices x
     JOIN disclosure_issues i ON i.id = x.issue_id JOIN disclosure_notices n ON n.id = x.notice_id WHERE x.notice_id = ? LIMIT 1`,
  );
  // Anything recorded after the import: a later state step, an objection added by hand.
  const later = db.prepare<[number], { title: string }>(
    `SELECT n.title FROM disclosure_notices n WHERE n.id = ? AND (
       EXISTS (SELECT 1 FROM disclosure_notice_history h WHERE h.notice_id = n.id AND h.recorded_at > n.created_at)
       OR EXISTS (SELECT 1 FROM disclosure_objections o WHERE o.notice_id = n.id AND o.updated_at > n.created_at))`,
  );
  for (const r of records) {
    const b = board.get(r.id);
    if (b) onBoard.push(`“${b.title}”（${b.label}）`);
    const l = later.get(r.id);
    if (l) touched.push(`“${l.title}”`);
  }
  const list = (items: string[]) => items.slice(0, 3).join('、') + (items.length > 3 ? ` 等 ${items.length} 则` : '');
  if (onBoard.length) return `本批导入的公示 ${list(onBoard)} 已编入校务公开栏。请先从公示栏中移除，再撤销导入。`;
  if (touched.length) return `本批导入的公示 ${list(touched)} 在导入后又登记了状态变化或异议。撤销会把这些记录一并删除，请先逐则处理。`;
  return null;
}

export const noticesImport = defineRecordSet<Field, Planned, State>({
  set: 'notices',
  recordsWord: '公示',
  fields: FIELDS,
  labels: LABELS,
  synonyms: SYNONYMS,
  keyField: 'title',
  required: ['title', 'publishDate'],
  begin: (db) => begin(db),
  checkRow,
  table: 'disclosure_notices',
  insert: (db, _state, now) => inserter(db, now),
  // Deleting a notice takes its history and objections with it (ON DELETE CASCADE).
  undoBlocker,
  template: {
    fileName: '校务公开台账导入模板.xlsx',
    sheetName: '校务公开台账',
    title: '校务公开台账（导入模板）',
    columns: [
      { field: 'title', header: '公示标题', example: '2026年度评优评先结果公示', width: 34 },
      { field: 'category', header: '公开类别', example: '评先评优', width: 14 },
      { field: 'scope', header: '公开范围', example: '对内', width: 10 },
      { field: 'kind', header: '公开形式', example: '定期', width: 9 },
      { field: 'responsibleUnit', header: '责任部门', example: '校长办公室', width: 14 },
      { field: 'publishDate', header: '发布日期', example: '2026-03-02', width: 13 },
      { field: 'endDate', header: '公示期截止', example: '', width: 13 },
      { field: 'workingDays', header: '公示天数（工作日）', example: '5', width: 10 },
      { field: 'state', header: '状态', example: '', width: 10 },
      { field: 'withdrawReason', header: '撤回原因', example: '', width: 20 },
      { field: 'objectionContact', header: '异议受理方式', example: '校纪委 电话 12345678', width: 24 },
      { field: 'body', header: '公示内容', example: '经学校评优领导小组评议……', width: 50 },
    ],
    notes: [
      '每行一则公示。公示标题、发布日期必填；同一标题、同一发布日期的公示已在台账中时不会重复导入。',
      '公开类别须是“设置 → 校务公开”中的类别之一（如 招生、收费、财务收支、评先评优、职称评定、绩效工资、重大决策、其他）。',
      '公开范围填 对内、对外 或 对内对外（空着按对内）；公开形式填 长期、定期 或 即时（空着按定期）。',
      '日期可写作 2026-03-02、2026.3.2、2026年3月2日 或 3/2/2026。公示期截止空着时，按公示天数（空着按设置的默认天数）从发布次日起算工作日。',
      '状态可空着：公示期已过的导入为“已归档”的历史记录，仍在公示期内的导入为“公示中”。已撤回的公示须写明撤回原因。',
    ],
  },
});
