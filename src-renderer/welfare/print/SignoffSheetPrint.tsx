/**
 * 慰问金发放签收表 (A4 portrait): title and column header repeat on every page (both in thead),
 * one line per recipient with a signature cell, the total in figures and capitals at the end, and
 * the handler, witness and chair signature lines.
 */
import { useSearchParams } from 'react-router-dom';
import { formatDateCn } from '../../../shared/domain/dates';
import { formatFen } from '../../../shared/domain/money';
import type { RangeInput, SignoffSheet } from '../../../shared/welfare/schema';
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

/** The last rows that travel with the totals and signatures, so those never start a page alone. */
const KEEP_WITH_TOTALS = 3;

function goodsText(r: SignoffSheet['rows'][number]): string {
  if (!r.goods && !r.goodsValueFen) return '';
  return `${r.goods ?? '慰问品'}${r.goodsValueFen ? `（${money(r.goodsValueFen)}）` : ''}`;
}

export function SignoffSheetPrint() {
  const [params] = useSearchParams();
  const sheet = useApiQuery('welfare.signoff', signoffInput(params));
  const s = sheet.data;
  const showGoods = Boolean(s?.rows.some((r) => r.goods || r.goodsValueFen));
  // A batch has one date, printed in the heading; a date range needs it on every line.
  const showDate = signoffInput(params).batchId === undefined;
  const columns = 6 + (showGoods ? 1 : 0) + (showDate ? 1 : 0);
  const split = s ? Math.max(0, s.rows.length - KEEP_WITH_TOTALS) : 0;
  const row = (r: SignoffSheet['rows'][number]) => (
    <tr key={r.no}>
      <td className="center">{r.no}</td>
      <td>{r.name}</td>
      <td>{r.department}</td>
      <td className="center">{r.reason}</td>
      {showDate ? <td className="center nowrap">{formatDateCn(r.visitDate)}</td> : null}
      <td className="num">{money(r.amountFen)}</td>
      {showGoods ? <td>{goodsText(r)}</td> : null}
      <td />
    </tr>
  );
  return (
    <PrintFrame title="慰问金发放签收表" pageSize="A4" landscape={false} ready={Boolean(s)} error={sheet.error ? errorMessage(sheet.error) : null}>
      {s ? (
        <>
          <table className="print-table signoff-table">
            <colgroup>
              <col style={{ width: '6%' }} />
              <col style={{ width: '11%' }} />
              <col style={{ width: showDate ? '14%' : '17%' }} />
              <col style={{ width: '11%' }} />
              {showDate ? <col style={{ width: '15%' }} /> : null}
              <col style={{ width: '11%' }} />
              {showGoods ? <col style={{ width: showDate ? '14%' : '18%' }} /> : null}
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
            {split > 0 ? <tbody>{s.rows.slice(0, split).map(row)}</tbody> : null}
            <tbody className="signoff-totals">
              {s.rows.slice(split).map(row)}
              <tr className="signoff-total">
                <td className="center" colSpan={showDate ? 5 : 4}>
                  合计（{s.rows.length} 人）
                </td>
                <td className="num">{money(s.totalFen)}</td>
                {showGoods ? <td className="num" data-testid="goods-total">{s.goodsValueFen ? money(s.goodsValueFen) : ''}</td> : null}
                <td />
              </tr>
              <tr className="signoff-total">
                <td colSpan={columns} data-testid="total-capital">
                  合计金额：人民币（大写）：{s.totalCapital}{'\u3000\u3000'}（小写）{formatFen(s.totalFen)}
                  {s.goodsValueFen ? `\u3000\u3000慰问品折合 ${formatFen(s.goodsValueFen)}` : ''}
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
