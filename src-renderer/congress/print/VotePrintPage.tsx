/**
 * 票决结果: one agenda item's figures, the verdict in words, the names of those present, and
 * signature lines for the tellers and the chair.
 */
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { formatDateCn } from '../../../shared/domain/dates';
import { PrintFrame } from '../../print/PrintFrame';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';
import { SheetCols, SheetHead } from './SheetParts';

export function VotePrintPage() {
  const id = Number(useParams().voteId);
  const vote = useApiQuery('congress.votes.get', { id });
  const v = vote.data;
  const session = useApiQuery('congress.sessions.get', { id: v?.sessionId ?? 0 }, { enabled: Boolean(v) });
  const s = session.data;
  const delegates = useApiQuery('congress.delegates.list', { term: s?.term ?? 1 }, { enabled: Boolean(s) });
  const { settings, org } = usePrintOrg();
  const names = new Map((delegates.data?.rows ?? []).map((d) => [d.id, d.name]));
  const present = (v?.presentIds ?? []).map((pid) => names.get(pid) ?? '').filter(Boolean);
  const verdict = v
    ? `本次会议应到${s?.kind === '教职工大会' ? '' : '代表'} ${v.due} 人，实到 ${v.present} 人，` +
      (v.ballotsIssued !== null ? `发出选票 ${v.ballotsIssued} 张，` : '') +
      (v.ballotsReturned !== null ? `收回 ${v.ballotsReturned} 张（有效 ${v.valid} 张，无效 ${v.invalid} 张），` : '') +
      `${v.quorumMet ? '达到' : '未达到'}法定人数（${v.quorumNeeded} 人）。` +
      (v.quorumMet
        ? `表决结果：赞成 ${v.votesFor} 票，反对 ${v.votesAgainst} 票，弃权 ${v.abstain} 票，无效 ${v.invalid} 票。赞成票${v.result === '通过' ? '达到' : '未达到'}通过所需的 ${v.passNeeded} 票，${v.item}${v.result === '通过' ? '获得通过' : '未获通过'}。`
        : '本次表决无效。')
    : '';
  return (
    <PrintFrame
      title={v ? `票决结果 ${v.item}` : '票决结果'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(v && s && delegates.data && settings.data)}
      error={vote.error?.message ?? session.error?.message ?? delegates.error?.message ?? null}
    >
      {v && s ? (
        <section className="cg-sheet">
          <SheetHead org={`${org}${s.name}`} title="票决结果" />
          <table className="cg-form" style={{ marginTop: '8pt' }}>
            <SheetCols widths={['26mm', null, '26mm', '40mm']} />
            <tbody>
              <tr>
                <th>表决事项</th>
                <td colSpan={3}>
                  <b>{v.item}</b>
                </td>
              </tr>
              <tr>
                <th>表决日期</th>
                <td>{formatDateCn(v.votedOn)}</td>
                <th>表决方式</th>
                <td>{v.method}</td>
              </tr>
            </tbody>
          </table>
          <table className="cg-form cg-figures" style={{ marginTop: '-0.75pt' }}>
            <tbody>
              <tr>
                <th style={{ width: 'auto' }}>应到代表</th>
                <th style={{ width: 'auto' }}>实到代表</th>
                <th style={{ width: 'auto' }}>法定人数</th>
                <th style={{ width: 'auto' }}>赞成</th>
                <th style={{ width: 'auto' }}>反对</th>
                <th style={{ width: 'auto' }}>弃权</th>
                <th style={{ width: 'auto' }}>无效</th>
              </tr>
              <tr>
                <td>{v.due} 人</td>
                <td>{v.present} 人</td>
                <td>{v.quorumNeeded} 人</td>
                <td>{v.votesFor} 票</td>
                <td>{v.votesAgainst} 票</td>
                <td>{v.abstain} 票</td>
                <td>{v.invalid} 票</td>
              </tr>
              <tr>
                <th colSpan={2} style={{ width: 'auto' }}>
                  表决结果
                </th>
                <td colSpan={5} className="cg-result" data-testid="vote-result">
                  {v.result === '不足法定人数' ? '到会人数不足法定人数，表决无效' : v.result}
                </td>
              </tr>
            </tbody>
          </table>
          <p style={{ marginTop: '10pt', textIndent: '2em' }}>{verdict}</p>
          <p className="cg-note">表决规则：{v.ruleText}。列席、特邀代表不参加表决。</p>
          <table className="cg-form" style={{ marginTop: '6pt' }}>
            <tbody>
              <tr>
                <th style={{ width: '26mm' }}>实到代表</th>
                <td>{present.join('、')}</td>
              </tr>
              {v.notes ? (
                <tr>
                  <th style={{ width: '26mm' }}>备注</th>
                  <td>{v.notes}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
          <div className="cg-sign" style={{ marginTop: '24pt', justifyContent: 'space-between' }}>
            <span>
              监票人：<span className="cg-line" />
            </span>
            <span>
              计票人：<span className="cg-line" />
            </span>
            <span>
              大会主持人：<span className="cg-line" />
            </span>
          </div>
          <div className="cg-sign" style={{ marginTop: '14pt' }}>
            <span>{formatDateCn(v.votedOn)}</span>
          </div>
        </section>
      ) : null}
    </PrintFrame>
  );
}
