/**
 * 会费收缴台账 (A4 landscape): one row per member, one column per month, totals, the rule and the
 * signature lines; the header row repeats on every printed page (a table's thead does).
 */
import { useParams } from 'react-router-dom';
import { formatFen } from '../../../shared/domain/money';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import { MONTH_LEGEND, MONTH_MARK } from '../DuesPage';
import './dues-print.css';

export function DuesLedgerPrint() {
  const year = Number(useParams().year);
  const ledger = useApiQuery('dues.ledger', { year });
  const settings = useApiQuery('settings.get', {});
  const l = ledger.data;
  const org = settings.data ? settings.data.unionName || settings.data.schoolName : '';
  const t = l?.totals;
  return (
    <PrintFrame title={`${year}年会费收缴台账`} pageSize="A4" landscape marginMm={10} ready={Boolean(l && settings.data)} error={ledger.error ? errorMessage(ledger.error) : null}>
      {l && t ? (
        <div className="dues-sheet">
          <h1>{org ? `${org}` : ''}{year}年会费收缴台账</h1>
          <div className="dues-meta">
            <span>会费标准：{l.rule}</span>
            <span>统计至{l.throughMonth ? `${l.throughMonth}月` : '（未到该年度）'}</span>
            <span>{MONTH_LEGEND}</span>
          </div>
          <table className="print-table dues-table" data-testid="print-dues">
            <thead>
              <tr>
                <th>序号</th>
                <th>姓名</th>
                <th>部门</th>
                <th>月工资基数</th>
                <th>月应缴</th>
                {Array.from({ length: 12 }, (_, i) => (
                  <th key={i}>{i + 1}月</th>
                ))}
                <th>实缴</th>
                <th>欠缴</th>
                <th>备注</th>
              </tr>
            </thead>
            <tbody>
              {l.rows.map((r, i) => (
                <tr key={r.memberId}>
                  <td className="num">{i + 1}</td>
                  <td>{r.name}</td>
                  <td>{r.department ?? ''}</td>
                  <td className="num">{r.baseFen === null ? '' : formatFen(r.baseFen)}</td>
                  <td className="num">{r.monthlyFen === null ? '未填' : formatFen(r.monthlyFen)}</td>
                  {r.months.map((s, m) => (
                    <td key={m} className={`mark mark-${MONTH_MARK[s].title}`}>{MONTH_MARK[s].text}</td>
                  ))}
                  <td className="num">{formatFen(r.paidFen)}</td>
                  <td className="num">{r.arrearsFen > 0 ? formatFen(r.arrearsFen) : ''}</td>
                  <td className="note">{r.note}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={5}>合计：应缴会员 {t.members} 人，已缴 {t.paidMembers} 人</td>
                {l.byMonth.map((m) => (
                  <td key={m.month} className="mark">{m.due ? `${m.paid}/${m.due}` : ''}</td>
                ))}
                <td className="num">{formatFen(t.amountFen)}</td>
                <td className="num">{formatFen(t.arrearsFen)}</td>
                <td>欠缴 {t.arrearsMembers} 人</td>
              </tr>
            </tfoot>
          </table>
          <div className="dues-sign">
            <span>经办人：＿＿＿＿＿＿</span>
            <span>工会主席（签字）：＿＿＿＿＿＿</span>
            <span>日期：＿＿年＿＿月＿＿日</span>
          </div>
        </div>
      ) : null}
    </PrintFrame>
  );
}
