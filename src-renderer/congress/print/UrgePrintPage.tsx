/**
 * /print/congress/sessions/:sessionId/urge — 提案催办单: one sheet per handling unit, listing its
 * filed motions past their reply deadline with the days overdue in working days (China's calendar)
 * and in calendar days, signed by the 提案工作委员会, with a line for the unit to sign for it.
 */
import { useParams } from 'react-router-dom';
import type { UrgeSheet } from '../../../shared/congress/schema';
import { formatDateCn } from '../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { PrintFrame } from '../../print/PrintFrame';
import { CommitteeSign } from './CommitteeSign';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

function UnitSheet({ sheet, unit, org, committee }: { sheet: UrgeSheet; unit: UrgeSheet['units'][number]; org: string; committee: Parameters<typeof CommitteeSign>[0]['committee'] }) {
  return (
    <section className="cg-sheet" data-testid="urge-sheet">
      <p className="cg-org">
        {org}
        {sheet.sessionName}
      </p>
      <h1>提案催办单</h1>
      <div className="cg-letter">
        <p className="cg-to">{unit.unit}：</p>
        <p>
          截至{formatDateCn(sheet.today)}，贵部门承办的下列 {unit.motions.length} 件提案已超过答复期限，尚未答复。请抓紧办理，尽快书面答复提案人，并将提案答复反馈单送交提案工作委员会。
        </p>
      </div>
      <table className="cg-form cg-list" style={{ marginTop: '8pt' }}>
        <colgroup>
          <col style={{ width: '18mm' }} />
          <col />
          <col style={{ width: '18mm' }} />
          <col style={{ width: '36mm' }} />
          <col style={{ width: '20mm' }} />
          <col style={{ width: '16mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>编号</th>
            <th>案由</th>
            <th>提案人</th>
            <th>答复期限</th>
            <th>逾期工作日</th>
            <th>逾期天数</th>
          </tr>
        </thead>
        <tbody>
          {unit.motions.map((m) => (
            <tr key={m.id} data-testid="urge-row">
              <td className="cg-c">{m.number}</td>
              <td>
                {m.title}
                {m.supportUnits ? `（协办：${m.supportUnits}）` : ''}
                {m.replyRound > 0 ? '（提案人不满意，退回再次答复）' : ''}
              </td>
              <td className="cg-c">{m.proposerName}</td>
              <td className="cg-c">
                {formatDateCn(m.deadline)}
                {m.originalDeadline && m.originalDeadline !== m.deadline ? `（原定${formatDateCn(m.originalDeadline)}）` : ''}
              </td>
              <td className="cg-c">{m.workingDaysOverdue} 个</td>
              <td className="cg-c">{m.daysOverdue} 天</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="cg-note">注：逾期工作日按国家法定节假日和调休安排计算（设置 → 节假日与调休），不含周末和节假日。</p>
      <div className="cg-signoff">
        <div>{org}教职工代表大会提案工作委员会</div>
        <div>{formatDateCn(sheet.today)}</div>
      </div>
      <CommitteeSign committee={committee} />
      <div className="cg-sign" style={{ marginTop: '18pt', justifyContent: 'flex-start' }}>
        <span>
          承办部门签收人：<span className="cg-line" />
        </span>
        <span>
          签收日期：<span className="cg-line" style={{ minWidth: '26mm' }} />
        </span>
      </div>
    </section>
  );
}

export function UrgePrintPage() {
  const sessionId = Number(useParams().sessionId);
  const sheet = useApiQuery('congress.urgeSheet', { sessionId });
  const { settings, org, committee } = usePrintOrg();
  const s = sheet.data;
  const count = s?.units.reduce((n, u) => n + u.motions.length, 0) ?? 0;
  return (
    <PrintFrame
      title={s ? `${s.sessionName}提案催办单（${s.units.length} 个部门，${count} 件）` : '提案催办单'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(s && settings.data)}
      error={sheet.error?.message ?? settings.error?.message ?? (s && s.units.length === 0 ? '没有超过答复期限的提案，无需催办。' : null)}
    >
      {s ? s.units.map((u) => <UnitSheet key={u.unit} sheet={s} unit={u} org={org} committee={committee} />) : null}
    </PrintFrame>
  );
}
