/**
 * report.detail: the records behind one figure, read through the figure's own set (sets.ts), so
 * the list is exactly what the figure counts.
 */
import { chineseNumber } from '../../shared/congress/rules';
import { formatDateCn, todayIso } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import { FIGURE_LABELS, FIGURE_UNITS, type FigureDetail, type FigureKey } from '../../shared/report/schema';
import type { Db } from '../db/types';
import { ACTIVITIES, HONOURS } from './detail-activities';
import { FIGURE_SETS, LAST_RATING, LEFT, yearParams, type YearParams } from './sets';

type Row = Record<string, string | number | null>;
interface Listing {
  columns: [key: string, label: string][];
  sql: (set: string) => string;
  cells: (r: Row) => Record<string, string>;
  link: (r: Row) => string | null;
}

const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const date = (v: string | number | null | undefined): string => formatDateCn(text(v));

const MEMBERS: Listing = {
  columns: [
    ['name', '姓名'],
    ['gender', '性别'],
    ['department', '部门/教研组'],
    ['employment', '用工性质'],
    ['joinDate', '入会时间'],
    ['status', '当前状态'],
  ],
  sql: (set) => `SELECT id, name, gender, department, employment_type AS employment, join_date AS joinDate, status
    FROM members WHERE id IN (${set}) ORDER BY department IS NULL, department, name_pinyin, id`,
  cells: (r) => ({ name: text(r.name), gender: text(r.gender), department: text(r.department), employment: text(r.employment), joinDate: date(r.joinDate), status: text(r.status) }),
  link: () => '/members',
};

const LEFT_MEMBERS: Listing = {
  columns: [
    ['name', '姓名'],
    ['department', '部门/教研组'],
    ['joinDate', '入会时间'],
    ['reason', '减少原因'],
    ['changedOn', '变动日期'],
  ],
  sql: () => `SELECT m.id, m.name, m.department, m.join_date AS joinDate, l.to_status AS reason, l.changed_on AS changedOn
    FROM (${LEFT}) l JOIN members m ON m.id = l.id ORDER BY l.changed_on, m.id`,
  cells: (r) => ({ name: text(r.name), department: text(r.department), joinDate: date(r.joinDate), reason: text(r.reason), changedOn: date(r.changedOn) }),
  link: () => '/members',
};

const SESSIONS: Listing = {
  columns: [
    ['name', '届次'],
    ['kind', '会议类型'],
    ['startDate', '开会日期'],
    ['motions', '提案'],
    ['votes', '票决事项'],
  ],
  sql: (set) => `SELECT s.id, s.term, s.meeting, s.kind, s.start_date AS startDate,
      (SELECT count(*) FROM congress_motions mo WHERE mo.session_id = s.id) AS motions,
      (SELECT count(*) FROM congress_votes v WHERE v.session_id = s.id) AS votes
    FROM congress_sessions s WHERE s.id IN (${set}) ORDER BY s.start_date, s.id`,
  cells: (r) => ({
    name: `第${chineseNumber(Number(r.term))}届第${chineseNumber(Number(r.meeting))}次`,
    kind: r.kind === '代表大会' ? '教职工代表大会' : text(r.kind),
    startDate: date(r.startDate),
    motions: text(r.motions),
    votes: text(r.votes),
  }),
  link: (r) => `/congress/sessions/${text(r.id)}`,
};

const DELEGATES: Listing = {
  columns: [
    ['name', '姓名'],
    ['term', '届'],
    ['delegation', '代表团'],
    ['teacher', '教师代表'],
    ['department', '部门/教研组'],
  ],
  sql: (set) => `SELECT d.id, d.term, d.delegation, d.is_teacher AS teacher, m.name, m.department,
      (SELECT min(s.id) FROM congress_sessions s WHERE s.term = d.term AND s.start_date BETWEEN @ys AND @ye) AS sessionId
    FROM congress_delegates d JOIN members m ON m.id = d.member_id WHERE d.id IN (${set}) ORDER BY d.term, d.delegation, m.name_pinyin, d.id`,
  cells: (r) => ({
    name: text(r.name),
    term: `第${chineseNumber(Number(r.term))}届`,
    delegation: text(r.delegation),
    teacher: r.teacher === 1 ? '是' : '否',
    department: text(r.department),
  }),
  link: (r) => (r.sessionId === null ? null : `/congress/sessions/${text(r.sessionId)}?tab=delegates`),
};

/** A merged motion shows the reply of the motion it was merged into (it follows that reply). */
const MOTIONS: Listing = {
  columns: [
    ['number', '编号'],
    ['title', '案由'],
    ['proposer', '提案人'],
    ['decision', '审查结果'],
    ['leadUnit', '主办部门'],
    ['deadline', '答复期限'],
    ['firstReply', '首次答复'],
    ['rating', '提案人反馈'],
    ['state', '状态'],
  ],
  sql: (set) => `SELECT mo.id, mo.number, mo.title, pm.name AS proposer, mo.decision, mo.state, mo.excellent,
      coalesce(p.lead_unit, mo.lead_unit) AS leadUnit, p.number AS parentNumber,
      (SELECT d.deadline FROM congress_motion_steps d WHERE d.motion_id = coalesce(p.id, mo.id) AND d.kind = '审查' AND d.deadline IS NOT NULL ORDER BY d.id LIMIT 1) AS deadline,
      (SELECT min(r.step_date) FROM congress_motion_steps r WHERE r.motion_id = coalesce(p.id, mo.id) AND r.kind = '答复') AS firstReply,
      ${LAST_RATING} AS rating, (SELECT f.rating FROM congress_motion_steps f WHERE f.motion_id = p.id AND f.kind = '反馈' ORDER BY f.id DESC LIMIT 1) AS parentRating
    FROM congress_motions mo
    JOIN congress_delegates pd ON pd.id = mo.proposer_id JOIN members pm ON pm.id = pd.member_id
    LEFT JOIN congress_motions p ON p.id = mo.merged_into_id
    WHERE mo.id IN (${set}) ORDER BY mo.session_id, mo.seq`,
  cells: (r) => ({
    number: text(r.number),
    title: text(r.title),
    proposer: text(r.proposer),
    decision: r.parentNumber ? `合并立案（并入 ${text(r.parentNumber)}）` : text(r.decision ?? '待审查'),
    leadUnit: text(r.leadUnit),
    deadline: date(r.deadline),
    firstReply: date(r.firstReply),
    rating: text(r.rating ?? (r.parentNumber ? r.parentRating : null)),
    state: `${text(r.state)}${r.excellent === 1 ? '（优秀提案）' : ''}`,
  }),
  link: (r) => `/congress/motions/${text(r.id)}`,
};

const VOTES: Listing = {
  columns: [
    ['item', '表决事项'],
    ['votedOn', '表决日期'],
    ['due', '应到'],
    ['present', '实到'],
    ['for', '赞成'],
    ['against', '反对'],
    ['abstain', '弃权'],
    ['result', '结果'],
  ],
  sql: (set) => `SELECT id, session_id AS sessionId, item, voted_on AS votedOn, due, present, votes_for AS "for", votes_against AS against, abstain, result
    FROM congress_votes WHERE id IN (${set}) ORDER BY voted_on, id`,
  cells: (r) => ({
    item: text(r.item),
    votedOn: date(r.votedOn),
    due: text(r.due),
    present: text(r.present),
    for: text(r.for),
    against: text(r.against),
    abstain: text(r.abstain),
    result: text(r.result),
  }),
  link: (r) => `/congress/sessions/${text(r.sessionId)}?tab=votes`,
};

const NOTICES: Listing = {
  columns: [
    ['title', '公示标题'],
    ['category', '公开类别'],
    ['scope', '公开范围'],
    ['publishDate', '发布日期'],
    ['endDate', '公示期至'],
    ['state', '状态'],
  ],
  sql: (set) => `SELECT id, title, category, scope, publish_date AS publishDate, end_date AS endDate, state, withdraw_reason AS withdrawReason
    FROM disclosure_notices WHERE id IN (${set}) ORDER BY publish_date, id`,
  cells: (r) => ({
    title: text(r.title),
    category: text(r.category),
    scope: text(r.scope),
    publishDate: date(r.publishDate),
    endDate: date(r.endDate),
    state: r.withdrawReason && r.state === '已撤回' ? `已撤回（${text(r.withdrawReason)}）` : text(r.state),
  }),
  link: (r) => `/disclosure/notices/${text(r.id)}`,
};

const BOARDS: Listing = {
  columns: [
    ['number', '期号'],
    ['issueDate', '出版日期'],
    ['notices', '公示数'],
  ],
  sql: (set) => `SELECT i.id, i.year, i.number, i.issue_date AS issueDate,
      (SELECT count(*) FROM disclosure_issue_notices x WHERE x.issue_id = i.id) AS notices
    FROM disclosure_issues i WHERE i.id IN (${set}) ORDER BY i.issue_date, i.number`,
  cells: (r) => ({ number: `${text(r.year)}年第${text(r.number)}期`, issueDate: date(r.issueDate), notices: text(r.notices) }),
  link: (r) => `/disclosure/issues/${text(r.id)}`,
};

const OBJECTIONS: Listing = {
  columns: [
    ['notice', '公示'],
    ['receivedOn', '收到日期'],
    ['objector', '异议人'],
    ['status', '处理状态'],
    ['resolvedOn', '办结日期'],
  ],
  sql: (set) => `SELECT o.id, o.notice_id AS noticeId, n.title AS notice, o.received_on AS receivedOn, o.anonymous, o.objector_name AS objector,
      o.status, o.resolved_on AS resolvedOn
    FROM disclosure_objections o JOIN disclosure_notices n ON n.id = o.notice_id WHERE o.id IN (${set}) ORDER BY o.received_on, o.id`,
  cells: (r) => ({
    notice: text(r.notice),
    receivedOn: date(r.receivedOn),
    objector: r.anonymous === 1 ? '匿名' : text(r.objector),
    status: text(r.status),
    resolvedOn: date(r.resolvedOn),
  }),
  link: (r) => `/disclosure/notices/${text(r.noticeId)}`,
};

const VISITS: Listing = {
  columns: [
    ['visitDate', '慰问日期'],
    ['name', '慰问对象'],
    ['department', '部门'],
    ['reason', '慰问事由'],
    ['amount', '慰问金'],
    ['goods', '慰问品'],
  ],
  sql: (set) => `SELECT w.id, w.visit_date AS visitDate, m.name AS memberName, w.recipient_name AS recipient, w.recipient_relation AS relation,
      w.department, w.reason, w.amount_fen AS amount, w.goods, w.goods_value_fen AS goodsValue
    FROM welfare_visits w LEFT JOIN members m ON m.id = w.member_id WHERE w.id IN (${set}) ORDER BY w.visit_date, w.id`,
  cells: (r) => ({
    visitDate: date(r.visitDate),
    name: visitorName(r),
    department: text(r.department),
    reason: text(r.reason),
    amount: formatFen(Number(r.amount)),
    goods: r.goods ? `${text(r.goods)}（${formatFen(Number(r.goodsValue))}）` : '',
  }),
  link: () => '/welfare',
};

/** 张三 / 张母（张三的母亲）/ 刘老师（退休教师，非会员）. */
export function visitorName(r: Row): string {
  const member = r.memberName === null ? null : text(r.memberName);
  const recipient = r.recipient === null ? null : text(r.recipient);
  const relation = r.relation === null ? '' : text(r.relation);
  if (member && recipient) return `${recipient}（${member}的${relation || '家属'}）`;
  if (member) return member;
  return `${recipient ?? ''}（${relation ? `${relation}，` : ''}非会员）`;
}

const BATCHES: Listing = {
  columns: [
    ['title', '批次'],
    ['visitDate', '慰问日期'],
    ['reason', '慰问事由'],
    ['people', '人数'],
    ['amount', '慰问金合计'],
  ],
  sql: (set) => `SELECT b.id, b.title, b.visit_date AS visitDate, b.reason,
      (SELECT count(*) FROM welfare_visits w WHERE w.batch_id = b.id) AS people,
      (SELECT coalesce(sum(w.amount_fen), 0) FROM welfare_visits w WHERE w.batch_id = b.id) AS amount
    FROM welfare_batches b WHERE b.id IN (${set}) ORDER BY b.visit_date, b.id`,
  cells: (r) => ({ title: text(r.title), visitDate: date(r.visitDate), reason: text(r.reason), people: text(r.people), amount: formatFen(Number(r.amount)) }),
  link: () => '/welfare/batches',
};

const HARDSHIP: Listing = {
  columns: [
    ['name', '姓名'],
    ['department', '部门'],
    ['level', '困难类别'],
    ['cause', '主要致困原因'],
    ['householdSize', '家庭人口'],
    ['filedOn', '建档日期'],
    ['verifiedOn', '最近核实'],
    ['status', '档案状态'],
  ],
  sql: (set) => `SELECT h.id, m.name, m.department, h.level, h.main_cause AS cause, h.household_size AS householdSize, h.filed_on AS filedOn,
      h.verified_on AS verifiedOn, h.status
    FROM hardship_files h JOIN members m ON m.id = h.member_id WHERE h.id IN (${set}) ORDER BY h.filed_on, h.id`,
  cells: (r) => ({
    name: text(r.name),
    department: text(r.department),
    level: text(r.level),
    cause: text(r.cause),
    householdSize: `${text(r.householdSize)} 人`,
    filedOn: date(r.filedOn),
    verifiedOn: date(r.verifiedOn),
    status: text(r.status),
  }),
  link: () => '/welfare/hardship',
};

function listingFor(figure: FigureKey): Listing {
  if (figure === 'members.left') return LEFT_MEMBERS;
  if (figure.startsWith('members.')) return MEMBERS;
  if (figure === 'congress.sessions') return SESSIONS;
  if (figure === 'congress.delegates') return DELEGATES;
  if (figure === 'congress.votes' || figure === 'congress.votesPassed') return VOTES;
  if (figure.startsWith('congress.')) return MOTIONS;
  if (figure === 'disclosure.boards') return BOARDS;
  if (figure.startsWith('disclosure.objections')) return OBJECTIONS;
  if (figure.startsWith('disclosure.')) return NOTICES;
  if (figure === 'welfare.batches') return BATCHES;
  if (figure.startsWith('welfare.hardship')) return HARDSHIP;
  if (figure.startsWith('activities.')) return ACTIVITIES;
  if (figure.startsWith('honours.')) return HONOURS;
  return VISITS;
}

export function figureDetail(db: Db, year: number, figure: FigureKey, today: string = todayIso()): FigureDetail {
  const listing = listingFor(figure);
  const p: YearParams = yearParams(year, today);
  const rows = db.prepare<YearParams, Row>(listing.sql(FIGURE_SETS[figure])).all(p);
  return {
    title: `${year}年 ${FIGURE_LABELS[figure]}（${rows.length} ${FIGURE_UNITS[figure]}）`,
    columns: listing.columns.map(([key, label]) => ({ key, label })),
    rows: rows.map((r) => ({ id: text(r.id), cells: listing.cells(r), link: listing.link(r) })),
  };
}
