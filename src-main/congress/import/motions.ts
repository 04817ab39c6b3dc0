/**
 * 提案汇总表 → the motions of a chosen session, with their review, handling unit, reply and the
 * proposer's rating as the summary records them. Proposers and co-signers are matched to the
 * term's delegates by name; a member on the roll who is not a delegate is either refused or, when
 * the user ticks it, added as a delegate by the same import (and removed again by its undo).
 * Motions come in as history: fewer co-signers than the rule asks, or a late submission, is
 * flagged, not refused. Every step is written with the date the summary gives.
 */
import { AppError } from '../../../shared/api/errors';
import { chineseNumber, motionNumber } from '../../../shared/congress/rules';
import { IMPLEMENTATIONS, MOTION_STATES, RATINGS, motionInputSchema, type Implementation, type Session } from '../../../shared/congress/schema';
import { formatDateCn } from '../../../shared/domain/dates';
import { normalizeName } from '../../../shared/domain/text';
import { parseDay, splitList } from '../../../shared/import/values';
import { findReferences } from '../../db/references';
import type { Db } from '../../db/types';
import { defineRecordSet, nameList, type RowContext, type WrittenRecord } from '../../import/definition';
import { describeMembers, MemberIndex, type KnownMember } from '../../import/people';
import { addDelegate } from '../delegates';
import { addStep } from '../motions';
import { getSession } from '../sessions';
import { getCongressSettings } from '../settings';

const FIELDS = ['number', 'title', 'proposer', 'cosigners', 'category', 'reasons', 'proposals', 'submittedOn', 'decision', 'unit', 'deadline', 'replyDate', 'reply', 'implementation', 'state', 'feedback'] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  number: '编号',
  title: '案由',
  proposer: '提案人',
  cosigners: '附议人',
  category: '类别',
  reasons: '理由',
  proposals: '建议/办法',
  submittedOn: '提交日期',
  decision: '审查意见',
  unit: '承办部门',
  deadline: '答复期限',
  replyDate: '答复日期',
  reply: '答复',
  implementation: '落实情况',
  state: '办理状态',
  feedback: '反馈意见',
};

const SYNONYMS: Record<Field, readonly string[]> = {
  number: ['编号', '提案编号', '提案号', '案号'],
  title: ['案由', '提案名称', '提案题目', '题目', '标题', '提案案由'],
  proposer: ['提案人', '领衔人', '第一提案人', '提案代表'],
  cosigners: ['附议人', '附议代表', '联名人'],
  category: ['类别', '提案类别', '分类'],
  reasons: ['理由', '提案理由', '案据', '问题及理由'],
  proposals: ['建议', '办法', '建议办法', '具体建议', '解决办法', '建议/办法'],
  submittedOn: ['提交日期', '提交时间', '提出日期'],
  decision: ['审查意见', '审查结果', '立案情况', '处理意见'],
  unit: ['承办部门', '承办单位', '办理部门', '责任部门'],
  replyDate: ['答复日期', '答复时间'],
  deadline: ['答复期限', '办理期限', '答复时限'],
  reply: ['答复', '答复意见', '答复内容', '办理结果'],
  implementation: ['落实情况', '落实'],
  state: ['办理状态', '状态', '办理情况'],
  feedback: ['反馈意见', '满意度', '提案人意见', '反馈', '满意程度'],
};

/** Said where the summary gives no text for a field the motion must have. */
const NOT_IN_SUMMARY = '（提案汇总表未载明，见原提案）';

interface Person {
  name: string;
  /** The delegate holding the seat, or the member to add as a delegate. */
  delegateId: number | null;
  member: KnownMember;
}

interface Planned {
  seq: number | null;
  number: string | null;
  title: string;
  reasons: string;
  proposals: string;
  category: string;
  proposer: Person;
  cosigners: Person[];
  submittedOn: string;
  late: boolean;
  decision: '立案' | '转为意见建议' | '不予立案' | null;
  decisionReason: string | null;
  leadUnit: string | null;
  supportUnits: string | null;
  deadline: string | null;
  /** The deadline set at review, where the summary says it was reset later (原定 …). */
  originalDeadline: string | null;
  repliedOn: string | null;
  replyText: string | null;
  implementation: Implementation | null;
  implementationNote: string | null;
  rating: (typeof RATINGS)[number] | null;
  ratingComment: string | null;
  state: (typeof MOTION_STATES)[number];
  excellent: boolean;
}

interface State {
  session: Session;
  categories: string[];
  cosignerMin: number;
  addDelegates: boolean;
  members: MemberIndex;
  /** Sitting delegates of the term by member id. */
  seats: Map<number, number>;
  /** Numbers in the session → title; numbers met earlier in the file → row. */
  stored: Map<string, string>;
  seen: Map<string, number>;
  /** Members this import will add as delegates, so the summary names them once. */
  adding: Set<number>;
}

function begin(db: Db, sessionId: number | undefined, addDelegates: boolean): State {
  if (sessionId === undefined) throw new AppError('VALIDATION', '请选择这些提案属于哪一次会议。', { sessionId: '请选择会议' });
  const session = getSession(db, sessionId);
  const settings = getCongressSettings(db);
  const seats = new Map<number, number>();
  for (const r of db
    .prepare<[number], { id: number; member_id: number }>('SELECT id, member_id FROM congress_delegates WHERE term = ? AND left_on IS NULL')
    .iterate(session.term)) {
    seats.set(r.member_id, r.id);
  }
  const stored = new Map<string, string>();
  for (const r of db.prepare<[number], { number: string; title: string }>('SELECT number, title FROM congress_motions WHERE session_id = ?').iterate(sessionId)) {
    stored.set(r.number, r.title);
  }
  return { session, categories: settings.categories, cosignerMin: settings.cosignerMin, addDelegates, members: new MemberIndex(db), seats, stored, seen: new Map(), adding: new Set() };
}

function person(state: State, ctx: RowContext<Field>, field: 'proposer' | 'cosigners', name: string): Person | null {
  const term = `第${chineseNumber(state.session.term)}届`;
  const match = state.members.find(name, '', '');
  if (match.kind === 'ambiguous') {
    // Two members share the name: the one holding a seat is meant, if only one does.
    const seated = match.members.filter((m) => state.seats.has(m.id));
    if (seated.length === 1) return { name, delegateId: state.seats.get(seated[0]!.id)!, member: seated[0]! };
    ctx.error(field, `“${name}”对应 ${match.members.length} 名会员：${describeMembers(match.members)}，无法判断是哪一位${term}代表`);
    return null;
  }
  if (match.kind !== 'found') {
    ctx.error(field, `“${name}”不在会员名册中，也不是${term}代表。请先在会员名册和代表名单中添加此人`);
    return null;
  }
  const seat = state.seats.get(match.member.id);
  if (seat !== undefined) return { name, delegateId: seat, member: match.member };
  if (!state.addDelegates) {
    ctx.error(field, `${name} 不是${term}代表。可在导入时勾选“把不在代表名单中的提案人、附议人添加为代表”`);
    return null;
  }
  if (match.member.status !== '在册') {
    ctx.error(field, `${name} 不是${term}代表，且会员状态是“${match.member.status}”，不能添加为代表`);
    return null;
  }
  if (!state.adding.has(match.member.id)) {
    state.adding.add(match.member.id);
    ctx.warn(field, `${name} 不是${term}代表，导入时将添加为正式代表`);
  }
  return { name, delegateId: null, member: match.member };
}

function inParens(text: string): { head: string; inner: string | null } {
  const m = /^([^（(]*)[（(](.*)[)）]$/.exec(text);
  return m ? { head: m[1]!.trim(), inner: m[2]!.trim() } : { head: text.trim(), inner: null };
}

function checkRow(state: State, ctx: RowContext<Field>) {
  const title = ctx.cell('title');
  if (title === '') {
    ctx.error('title', '案由为空：这一行有其他内容，但没有写提案的案由');
    return null;
  }
  const number = ctx.cell('number') || null;
  let seq: number | null = null;
  if (number) {
    const first = state.seen.get(number);
    if (first !== undefined) ctx.error('number', `编号 ${number} 与第 ${first} 行重复：同一编号只能有一件提案`);
    else state.seen.set(number, ctx.row);
    const storedTitle = state.stored.get(number);
    if (storedTitle !== undefined && storedTitle !== title) {
      ctx.error('number', `编号 ${number} 已被本次会议的提案《${storedTitle}》使用`);
    }
    const m = /^(\d+)-(\d+)-(\d+)$/.exec(number);
    if (m && Number(m[1]) === state.session.term && Number(m[2]) === state.session.meeting) seq = Number(m[3]);
  }

  const proposerName = normalizeName(ctx.raw('proposer'));
  const proposer = proposerName === '' ? null : person(state, ctx, 'proposer', proposerName);
  if (proposerName === '') ctx.error('proposer', '提案人为空');
  const cosigners: Person[] = [];
  const names = splitList(ctx.cell('cosigners')).map(normalizeName);
  for (const name of names) {
    if (name === proposerName) {
      ctx.error('cosigners', `提案人 ${name} 不能同时是自己提案的附议人`);
      continue;
    }
    if (cosigners.some((c) => c.name === name)) {
      ctx.error('cosigners', `附议人 ${name} 写了两次`);
      continue;
    }
    const p = person(state, ctx, 'cosigners', name);
    if (p) cosigners.push(p);
  }
  if (names.length < state.cosignerMin) ctx.warn('cosigners', `附议人 ${names.length} 名，少于现行规定的 ${state.cosignerMin} 名；按原记录导入`);

  const category = ctx.cell('category');
  if (category === '') ctx.error('category', '类别为空');
  else if (!state.categories.includes(category)) ctx.error('category', `类别“${category}”不在提案类别列表中（${state.categories.join('、')}）。请改为列表中的类别，或先在设置中添加`);

  const submittedText = ctx.cell('submittedOn');
  const submitted = submittedText ? parseDay(submittedText) : { ok: true as const, value: state.session.motionClose };
  if (!submitted.ok) ctx.error('submittedOn', submitted.message);

  const { head: decisionWord, inner: decisionInner } = inParens(ctx.cell('decision'));
  let decision: Planned['decision'] = null;
  let decisionReason: string | null = null;
  if (decisionWord !== '') {
    if (decisionWord === '立案' || decisionWord === '合并立案') {
      decision = '立案';
      if (decisionWord === '合并立案') ctx.warn('decision', `合并立案的提案按“立案”导入；如需并入另一件提案${decisionInner ? `（${decisionInner}）` : ''}，请在导入后在程序中办理`);
    } else if (decisionWord === '转为意见建议' || decisionWord === '不予立案') {
      decision = decisionWord;
      decisionReason = decisionInner;
    } else ctx.error('decision', `审查意见“${decisionWord}”无法识别（应为 立案、转为意见建议 或 不予立案）`);
  }
  const unit = inParens(ctx.cell('unit'));
  const support = unit.inner?.replace(/^协办[:：]\s*/, '') ?? null;

  // 答复期限 as the summary writes it: a date, or the reset date with （原定 the first one）.
  const deadlineCell = inParens(ctx.cell('deadline'));
  const deadline = deadlineCell.head ? parseDay(deadlineCell.head) : null;
  if (deadline && !deadline.ok) ctx.error('deadline', deadline.message);
  const originalText = deadlineCell.inner?.replace(/^原定\s*/, '') ?? '';
  const original = originalText ? parseDay(originalText) : null;
  if (original && !original.ok) ctx.error('deadline', `原定期限：${original.message}`);

  const implementationCell = /^([^:：]+)(?:[:：]\s*(.*))?$/.exec(ctx.cell('implementation'));
  let implementation: Implementation | null = null;
  if (implementationCell) {
    const word = implementationCell[1]!.trim();
    if ((IMPLEMENTATIONS as readonly string[]).includes(word)) implementation = word as Implementation;
    else ctx.error('implementation', `落实情况“${word}”无法识别（应为 ${IMPLEMENTATIONS.join('、')}）`);
  }

  const replyText = ctx.cell('replyDate');
  const replied = replyText ? parseDay(replyText) : null;
  if (replied && !replied.ok) ctx.error('replyDate', replied.message);

  const feedback = ctx.cell('feedback');
  let rating: Planned['rating'] = null;
  let ratingComment: string | null = null;
  if (feedback) {
    const m = /^(满意|基本满意|不满意)(?:[:：]\s*(.*))?$/.exec(feedback);
    if (m) {
      rating = m[1] as Planned['rating'];
      ratingComment = m[2]?.trim() || null;
    } else ctx.error('feedback', `反馈意见“${feedback}”无法识别（应以 满意、基本满意 或 不满意 开头）`);
  }

  const stateWords = ctx.cell('state').split(/[；;]/).map((s) => s.trim()).filter(Boolean);
  const excellent = stateWords.includes('优秀提案');
  const givenState = stateWords.find((w): w is Planned['state'] => (MOTION_STATES as readonly string[]).includes(w));
  if (!proposer || !submitted.ok || (replied && !replied.ok)) return null;
  if (replied && decision !== '立案') ctx.error('replyDate', '只有立案的提案才有答复：请核对审查意见');
  if (rating && !replied) ctx.error('feedback', '有反馈意见但没有答复日期：请填写答复日期');
  if (implementation && !replied) ctx.error('implementation', '有落实情况但没有答复日期：请填写答复日期');

  const derived: Planned['state'] =
    decision === null ? '待审查' : decision !== '立案' ? decision : rating && rating !== '不满意' ? '已办结' : replied && !rating ? '待反馈' : '办理中';
  const motionState = givenState && givenState !== '已合并' ? givenState : derived;

  const reasons = ctx.cell('reasons') || NOT_IN_SUMMARY;
  const proposals = ctx.cell('proposals') || NOT_IN_SUMMARY;
  // The area's own schema checks the motion's fields (lengths, dates); ids are placeholders here.
  const parsed = motionInputSchema.safeParse({
    sessionId: state.session.id,
    motionTitle: title,
    motionReasons: reasons,
    motionProposals: proposals,
    motionCategory: category || '其他',
    proposerId: proposer.delegateId ?? 1,
    cosignerIds: cosigners.map((c, i) => c.delegateId ?? i + 1),
    submittedOn: submitted.value,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field: Field = key === 'motionTitle' ? 'title' : key === 'motionReasons' ? 'reasons' : key === 'motionProposals' ? 'proposals' : key === 'cosignerIds' ? 'cosigners' : 'title';
      ctx.error(field, `${LABELS[field]}${issue.message}`);
    }
    return null;
  }
  const planned: Planned = {
    seq,
    number,
    title,
    reasons,
    proposals,
    category,
    proposer,
    cosigners,
    submittedOn: submitted.value,
    late: submitted.value > state.session.motionClose || stateWords.includes('逾期提交'),
    decision,
    decisionReason,
    leadUnit: unit.head || null,
    supportUnits: support,
    deadline: deadline?.ok ? deadline.value : null,
    originalDeadline: original?.ok ? original.value : null,
    repliedOn: replied?.ok ? replied.value : null,
    replyText: ctx.cell('reply') || (replied ? NOT_IN_SUMMARY : null),
    implementation,
    implementationNote: implementationCell?.[2]?.trim() || null,
    rating,
    ratingComment,
    state: motionState,
    excellent,
  };
  const summary = `${number ?? '（新编号）'} 《${title}》 · 提案人 ${proposer.name} · 附议 ${cosigners.length} 人 · ${motionState}${replied?.ok ? ` · ${formatDateCn(replied.value)}答复` : ''}`;
  if (number && state.stored.get(number) === title) return { data: planned, action: 'unchanged' as const, summary: `${summary}（本次会议已有此提案）` };
  return { data: planned, action: 'create' as const, summary };
}

function write(db: Db, state: State, rows: ReadonlyArray<{ row: number; data: Planned }>, now: string): WrittenRecord[] {
  const written: WrittenRecord[] = [];
  const session = state.session;
  // Members to add as delegates first, once each.
  const added = new Map<number, number>();
  const seatOf = (p: Person, row: number): number => {
    if (p.delegateId !== null) return p.delegateId;
    let id = added.get(p.member.id);
    if (id === undefined) {
      id = addDelegate(db, { term: session.term, memberId: p.member.id, delegation: null, delegateKind: '正式', isTeacher: false, electedOn: null, delegateNotes: '由提案汇总表导入时添加' }).id;
      added.set(p.member.id, id);
      written.push({ table: 'congress_delegates', id, row });
    }
    return id;
  };
  const taken = new Set(db.prepare<[number], { seq: number }>('SELECT seq FROM congress_motions WHERE session_id = ?').all(session.id).map((r) => r.seq));
  for (const r of rows) if (r.data.seq !== null && taken.has(r.data.seq)) r.data.seq = null;
  for (const r of rows) if (r.data.seq !== null) taken.add(r.data.seq);
  let next = Math.max(0, ...taken) + 1;
  const insert = db.prepare(
    `INSERT INTO congress_motions (session_id, seq, number, title, reasons, proposals, category, proposer_id, submitted_on, late, state,
       decision, decided_on, decision_reason, lead_unit, support_units, deadline, reply_round, reply_text, replied_on, implementation, implementation_note, rating, rating_comment,
       rated_on, closed_on, excellent, created_at, updated_at)
     VALUES (@sessionId, @seq, @number, @title, @reasons, @proposals, @category, @proposerId, @submittedOn, @late, @state,
       @decision, @decidedOn, @decisionReason, @leadUnit, @supportUnits, @deadline, @replyRound, @replyText, @repliedOn, @implementation, @implementationNote, @rating, @ratingComment,
       @ratedOn, @closedOn, @excellent, @now, @now)`,
  );
  const cosign = db.prepare('INSERT INTO congress_motion_cosigners (motion_id, delegate_id, position) VALUES (?, ?, ?)');
  for (const { row, data: p } of rows) {
    const proposerId = seatOf(p.proposer, row);
    const cosignerIds = p.cosigners.map((c) => seatOf(c, row));
    const seq = p.seq ?? next++;
    // The review is dated at the meeting unless the motion came in after it.
    const decidedOn = p.decision ? (p.submittedOn > session.startDate ? p.submittedOn : session.startDate) : null;
    const ratedOn = p.rating ? p.repliedOn : null;
    const closedOn = p.state === '已办结' ? (ratedOn ?? p.repliedOn ?? decidedOn) : null;
    const id = Number(
      insert.run({
        sessionId: session.id,
        seq,
        number: p.number ?? motionNumber(session.term, session.meeting, seq),
        title: p.title,
        reasons: p.reasons,
        proposals: p.proposals,
        category: p.category,
        proposerId,
        submittedOn: p.submittedOn,
        late: p.late ? 1 : 0,
        state: p.state,
        decision: p.decision,
        decidedOn,
        decisionReason: p.decisionReason,
        leadUnit: p.decision === '立案' ? p.leadUnit : null,
        supportUnits: p.decision === '立案' ? p.supportUnits : null,
        deadline: p.decision === '立案' ? p.deadline : null,
        implementation: p.repliedOn ? p.implementation : null,
        implementationNote: p.repliedOn ? p.implementationNote : null,
        replyRound: p.repliedOn ? 1 : 0,
        replyText: p.replyText,
        repliedOn: p.repliedOn,
        rating: p.rating,
        ratingComment: p.ratingComment,
        ratedOn,
        closedOn,
        excellent: p.excellent ? 1 : 0,
        now,
      }).lastInsertRowid,
    );
    cosignerIds.forEach((d, i) => cosign.run(id, d, i + 1));
    const note = '由提案汇总表导入';
    addStep(db, id, { kind: '提交', stepDate: p.submittedOn, note: p.late ? `${note}；征集截止后提交（逾期提案）` : note });
    if (p.decision && decidedOn) {
      addStep(db, id, { kind: '审查', stepDate: decidedOn, decision: p.decision, reason: p.decisionReason, leadUnit: p.leadUnit, supportUnits: p.supportUnits, deadline: p.decision === '立案' ? (p.originalDeadline ?? p.deadline) : null, note });
    }
    if (p.repliedOn) addStep(db, id, { kind: '答复', stepDate: p.repliedOn, round: 1, replyText: p.replyText, note });
    if (p.repliedOn && p.implementation) addStep(db, id, { kind: '落实', stepDate: p.repliedOn, round: 1, implementation: p.implementation, note: p.implementationNote ?? note });
    if (p.rating && ratedOn) addStep(db, id, { kind: '反馈', stepDate: ratedOn, round: 1, rating: p.rating, reason: p.ratingComment, note });
    if (closedOn) addStep(db, id, { kind: '办结', stepDate: closedOn, round: 1, note });
    if (p.excellent) addStep(db, id, { kind: '优秀提案', stepDate: closedOn ?? p.submittedOn, note });
    written.push({ table: 'congress_motions', id, row });
  }
  return written;
}

export const motionsImport = defineRecordSet<Field, Planned, State>({
  set: 'motions',
  recordsWord: '提案',
  fields: FIELDS,
  labels: LABELS,
  synonyms: SYNONYMS,
  keyField: 'title',
  required: ['title', 'proposer', 'category'],
  begin: (db, options) => begin(db, options.sessionId, options.addDelegates ?? false),
  checkRow,
  write,
  // Sequence numbers and the delegates added for proposers are settled across the whole file.
  target: (state) => state.session.name,
  undoBlocker(db, records) {
    const motions = new Set(records.filter((r) => r.table === 'congress_motions').map((r) => r.id));
    const changed: string[] = [];
    for (const id of motions) {
      const m = db.prepare<[number], { number: string; created_at: string; updated_at: string }>('SELECT number, created_at, updated_at FROM congress_motions WHERE id = ?').get(id);
      if (!m) continue;
      const merged = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM congress_motions WHERE merged_into_id = ?').get(id)!.n;
      // Every step the import wrote carries its note; any other step was recorded since.
      const later = db
        .prepare<[number], { n: number }>("SELECT count(*) AS n FROM congress_motion_steps WHERE motion_id = ? AND (note IS NULL OR note NOT LIKE '由提案汇总表导入%')")
        .get(id)!.n;
      if (m.updated_at !== m.created_at || merged > 0 || later > 0) changed.push(m.number);
    }
    if (changed.length === 0) return null;
    return `本批导入的提案 ${nameList(changed, '件')} 导入后已有审查、答复、合并等办理记录。请先处理这些提案，或逐件删除。`;
  },
  remove(db, records) {
    let n = 0;
    for (const r of records.filter((x) => x.table === 'congress_motions')) n += db.prepare('DELETE FROM congress_motions WHERE id = ?').run(r.id).changes;
    for (const r of records.filter((x) => x.table === 'congress_delegates')) {
      if (findReferences(db, 'congress_delegates', r.id).length > 0) {
        const name = db.prepare<[number], { name: string }>('SELECT m.name FROM congress_delegates d JOIN members m ON m.id = d.member_id WHERE d.id = ?').get(r.id)?.name ?? '';
        throw new AppError('IN_USE', `不能撤销：本批导入时添加的代表 ${name} 已有其他提案、附议或出席记录。请先处理这些记录。`);
      }
      n += db.prepare('DELETE FROM congress_delegates WHERE id = ?').run(r.id).changes;
    }
    return n;
  },
  template: {
    fileName: '提案汇总表导入模板.xlsx',
    sheetName: '提案汇总表',
    title: '提案汇总表（导入模板）',
    columns: [
      { field: 'number', header: '编号', example: '5-2-001', width: 11 },
      { field: 'title', header: '案由', example: '关于改善教师午餐的提案', width: 32 },
      { field: 'proposer', header: '提案人', example: '张三', width: 10 },
      { field: 'cosigners', header: '附议人', example: '李四、王五', width: 20 },
      { field: 'category', header: '类别', example: '后勤保障', width: 10 },
      { field: 'reasons', header: '理由', example: '', width: 30 },
      { field: 'proposals', header: '建议/办法', example: '', width: 30 },
      { field: 'submittedOn', header: '提交日期', example: '2026-11-01', width: 12 },
      { field: 'decision', header: '审查意见', example: '立案', width: 16 },
      { field: 'unit', header: '承办部门', example: '总务处（协办：工会）', width: 20 },
      { field: 'deadline', header: '答复期限', example: '2026-12-20', width: 12 },
      { field: 'replyDate', header: '答复日期', example: '2026-12-01', width: 12 },
      { field: 'reply', header: '答复', example: '', width: 30 },
      { field: 'implementation', header: '落实情况', example: '', width: 12 },
      { field: 'feedback', header: '反馈意见', example: '满意', width: 16 },
    ],
    notes: [
      '导入时选择这些提案属于哪一次会议；编号留空时按顺序自动编号，编号重复的行不会导入。',
      '提案人、附议人须是本届代表（附议人之间用顿号、逗号或空格分开）；是会员但还不是代表的人，可在导入时勾选一并添加为代表。',
      '类别须是“设置”中的提案类别之一；审查意见填 立案、转为意见建议（原因） 或 不予立案（原因）。',
      '承办部门可写作“总务处（协办：工会）”；反馈意见填 满意、基本满意 或 不满意，可接“：意见”。',
    ],
  },
});
