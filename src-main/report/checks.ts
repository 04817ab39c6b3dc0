/**
 * 台账检查: what a district check of the branch's registers looks for, each line with the page
 * where it is put right. Every check is listed; passed ones say so.
 */
import { formatDateCn, todayIso } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import type { CheckItem } from '../../shared/report/schema';
import type { Db } from '../db/types';
import { getGeneralSettings } from '../settings/service';
import { duesLedger } from '../dues/ledger';
import { reverifyCutoff } from '../welfare/hardship';
import { countSet } from './figures';
import { FIGURE_SETS, ROLL, yearParams, type YearParams } from './sets';

/**
 * DESIGN: schools of 100 staff or fewer usually hold an all-staff meeting (教职工大会) instead of a
 * delegates' congress. The congress settings have no such threshold yet, so it is fixed here.
 */
export const ALL_STAFF_MEETING_MAX = 100;

type P = YearParams & { today: string };

function ids(db: Db, sql: string, p: P): { id: number; extra: number | null }[] {
  return db.prepare<P, { id: number; extra: number | null }>(sql).all(p);
}

function linkFor(list: { id: number; extra: number | null }[], one: (id: number) => string, many: string): string {
  return list.length === 1 ? one(list[0]!.id) : many;
}

export function reportChecks(db: Db, year: number, today: string = todayIso()): { items: CheckItem[] } {
  const p: P = { ...yearParams(year, today), today };
  const items: CheckItem[] = [];
  const settings = getGeneralSettings(db);

  const sessions = countSet(db, 'congress.sessions', p);
  const staff = db.prepare<YearParams, { n: number }>(`SELECT count(*) AS n FROM (${ROLL})`).get(p)!.n;
  const meeting = staff > ALL_STAFF_MEETING_MAX ? '教职工代表大会' : '教代会（教职工 100 人及以下可召开教职工大会）';
  items.push({
    key: 'congress.session',
    area: 'congress',
    ok: sessions > 0,
    title: '全年至少召开一次教代会',
    detail: sessions > 0 ? `本年度召开教代会 ${sessions} 次` : `本年度未召开教代会；在册会员 ${staff} 人，应召开${meeting}`,
    count: sessions,
    link: '/congress',
  });

  // Filed motions of the year's sessions that wait for a reply (first or, after 不满意, another).
  const waiting = ids(
    db,
    `SELECT mo.id, CASE WHEN mo.deadline < @today THEN 1 ELSE 0 END AS extra FROM congress_motions mo
     WHERE mo.id IN (${FIGURE_SETS['congress.filed']}) AND mo.state = '办理中' ORDER BY mo.seq`,
    p,
  );
  const overdue = waiting.filter((w) => w.extra === 1).length;
  items.push({
    key: 'congress.unanswered',
    area: 'congress',
    ok: waiting.length === 0,
    title: '立案提案件件有答复',
    detail: waiting.length === 0 ? '本年度立案提案均已答复' : `${waiting.length} 件立案提案尚未答复${overdue > 0 ? `，其中 ${overdue} 件已超过答复期限` : ''}`,
    count: waiting.length,
    link: linkFor(waiting, (id) => `/congress/motions/${id}`, '/congress'),
  });

  const boards = countSet(db, 'disclosure.boards', p);
  items.push({
    key: 'disclosure.boards',
    area: 'disclosure',
    ok: boards > 0,
    title: '校务公开栏及时更新',
    detail: boards > 0 ? `本年度出版校务公开栏 ${boards} 期` : '本年度未出版校务公开栏',
    count: boards,
    link: '/disclosure/issues',
  });

  const objecting = ids(
    db,
    `SELECT n.id, count(*) AS extra FROM disclosure_notices n JOIN disclosure_objections o ON o.notice_id = n.id AND o.status = '待处理'
     WHERE n.publish_date BETWEEN @ys AND @ye GROUP BY n.id ORDER BY n.publish_date`,
    p,
  );
  items.push({
    key: 'disclosure.openObjections',
    area: 'disclosure',
    ok: objecting.length === 0,
    title: '异议及时处理',
    detail:
      objecting.length === 0
        ? '本年度公示的异议均已处理'
        : `${objecting.length} 则公示有未处理的异议（共 ${objecting.reduce((s, o) => s + (o.extra ?? 0), 0)} 条）`,
    count: objecting.length,
    link: linkFor(objecting, (id) => `/disclosure/notices/${id}`, '/disclosure'),
  });

  const unarchived = ids(
    db,
    `SELECT n.id, NULL AS extra FROM disclosure_notices n
     WHERE n.publish_date BETWEEN @ys AND @ye AND n.state = '已发布' AND n.end_date < @today ORDER BY n.end_date`,
    p,
  );
  items.push({
    key: 'disclosure.unarchived',
    area: 'disclosure',
    ok: unarchived.length === 0,
    title: '公示期满后归档',
    detail: unarchived.length === 0 ? '公示期已满的公示均已归档' : `${unarchived.length} 则公示的公示期已满，尚未归档`,
    count: unarchived.length,
    link: linkFor(unarchived, (id) => `/disclosure/notices/${id}`, '/disclosure'),
  });

  const cutoff = reverifyCutoff(today);
  const due = ids(db, `SELECT h.id, NULL AS extra FROM hardship_files h WHERE h.status = '在档' AND h.verified_on <= @cutoff`, { ...p, cutoff } as P);
  items.push({
    key: 'welfare.reverify',
    area: 'welfare',
    ok: due.length === 0,
    title: '困难职工档案每年复核',
    detail:
      due.length === 0
        ? '在档困难职工档案均在 12 个月内核实过'
        : `${due.length} 份在档困难职工档案超过 12 个月未复核（最近核实早于${formatDateCn(cutoff)}）`,
    count: due.length,
    link: '/welfare/hardship',
  });

  const dues = duesLedger(db, year, today).totals;
  items.push({
    key: 'dues.arrears',
    area: 'dues',
    ok: dues.members > 0 && dues.payments > 0 && dues.arrearsMembers === 0,
    title: '会费按时足额收缴',
    detail:
      dues.members === 0
        ? '本年度没有应缴会费的会员'
        : dues.payments === 0
          ? `本年度应缴会员 ${dues.members} 人，尚无会费收缴记录`
          : dues.arrearsMembers === 0
            ? `应缴会员 ${dues.members} 人均已按月缴纳`
            : `${dues.arrearsMembers} 人欠缴会费，共 ${formatFen(dues.arrearsFen)}`,
    count: dues.arrearsMembers,
    link: `/dues?year=${year}`,
  });

  const missingNames = [!settings.schoolName && '学校名称', !settings.unionName && '工会名称'].filter(Boolean) as string[];
  items.push({
    key: 'settings.names',
    area: 'settings',
    ok: missingNames.length === 0,
    title: '填写学校和工会名称',
    detail: missingNames.length === 0 ? `${settings.schoolName}\u3000${settings.unionName}` : `未填写${missingNames.join('、')}（台账、公开栏和导出文件的标题要用）`,
    count: null,
    link: '/settings',
  });
  items.push({
    key: 'settings.supervisionPhone',
    area: 'settings',
    ok: settings.supervisionPhone !== '',
    title: '公布校务公开监督电话',
    detail: settings.supervisionPhone !== '' ? `监督电话 ${settings.supervisionPhone}` : '未填写监督电话（校务公开栏须公布）',
    count: null,
    link: '/settings',
  });
  return { items };
}
