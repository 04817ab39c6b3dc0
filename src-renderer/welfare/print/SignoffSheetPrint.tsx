/**
 * 慰问金发放签收表 (A4 portrait): title and column header repeat on every page (both in thead),
 * one line per recipient with a signature cell, the total in figures and capitals at the end, and
 * the handler, witness and chair signature lines.
 */
import { useSearchParams } from 'react-router-dom';
import { formatDateCn } from '../../../shared/domain/dates';
import { formatFen } from '../../../shared/domain/money';
import type { RangeInput } from '../../../shared/welfare/schema';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import './welfare-print.css';

const money = (fen: number) => formatFen(fen).replace('¥', '');

export function signoffInput(params: URLSearchParams): RangeInput {
  const batch = Number(params.get('batch'));
  const reasons = params.get('reasons');
  return {
    batchId: Number.isInteger(batch) && batch > 0 ? batch : undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    reasons: reasons ? reasons.split(',').filter(Boolean) : undefined,
    cashOnly: params.get('cashOnly') === '1' || undefined,
  };
}

export function SignoffSheetPrint() {
  const [params] = useSearchParams();
  const sheet = useApiQuery('welfare.signoff', signoffInput(params));
  const s = sheet.data;
  const showGoods = Boolean(s?.rows.some((r) => r.goods));
  // A batch has one date, printed in the heading; a date range needs it on every line.
  const showDate = signoffInput(params).batchId === undefined;
  const columns = 6 + (showGoods ? 1 : 0) + (showDate ? 1 : 0);
  return (
    <PrintFrame title="慰问金发放签收表" pageSize="A4" landscape={false} ready={Boolean(s)} error={sheet.error ? errorMessage(sheet.error) : null}>
      {s ? (
        <>
          <table className="print-table signoff-table">
            <colgroup>
              <col style={{ width: '6%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '11%' }} />
              {showDate ? <col style={{ width: '15%' }} /> : null}
              <col style={{ width: '11%' }} />
              {showGoods ? <col style={{ width: showDate ? '12%' : '17%' }} /> : null}
              <col />
            </colgroup>
            <thead>
              <tr>
                <th colSpan={columns} className="signoff-caption">
                  <h1>慰问金发放签收表</h1>
                  <div className="signoff-meta">
                    <span>单位：{s.orgName || '＿＿＿＿＿＿＿＿'}</span>
                    <span>发放事项：{s.scope}</span>
                    <span>金额单位：元</span>
                  </div>
                </th>
              </tr>
              <tr>
                <th>序号</th>
                <th>姓名</th>
                <th>部门</th>
                <th>慰问事由</th>
                {showDate ? <th>慰问日期</th> : null}
                <th>慰问金</th>
                {showGoods ? <th>慰问品</th> : null}
                <th>领取人签名</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <tr key={r.no}>
                  <td className="center">{r.no}</td>
                  <td>{r.name}</td>
                  <td>{r.department}</td>
                  <td className="center">{r.reason}</td>
                  {showDate ? <td className="center nowrap">{formatDateCn(r.visitDate)}</td> : null}
                  <td className="num">{money(r.amountFen)}</td>
                  {showGoods ? <td>{r.goods}</td> : null}
                  <td />
                </tr>
              ))}
            </tbody>
            <tbody className="signoff-totals">
              <tr className="signoff-total">
                <td className="center" colSpan={showDate ? 5 : 4}>
                  合计（{s.rows.length} 人）
                </td>
                <td className="num">{money(s.totalFen)}</td>
                <td colSpan={columns - (showDate ? 6 : 5)} />
              </tr>
              <tr className="signoff-total">
                <td colSpan={columns} data-testid="total-capital">
                  合计金额：人民币（大写）：{s.totalCapital}{'\u3000\u3000'}（小写）{formatFen(s.totalFen)}
                </td>
              </tr>
              <tr className="signoff-sign-row">
                <td colSpan={columns}>
                  <div className="signoff-signatures">
                    <div>经办人：</div>
                    <div>监督人：</div>
                    <div>工会主席：</div>
                  </div>
                  <div className="signoff-date">{s.orgName ? `${s.orgName}\u3000` : ''}{'\u3000\u3000'}年{'\u3000\u3000'}月{'\u3000\u3000'}日</div>
                </td>
              </tr>
            </tbody>
          </table>
        </>
      ) : null}
    </PrintFrame>
  );
}
