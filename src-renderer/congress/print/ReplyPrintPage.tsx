/**
 * 提案答复反馈单: the handling unit's replies with signature lines, and the proposer's rating with
 * boxes to tick and a signature line.
 */
import { useParams } from 'react-router-dom';
import { RATINGS } from '../../../shared/congress/schema';
import { useApiQuery } from '../../api/hooks';
import { formatDateCn } from '../../components/format';
import { PrintFrame } from '../../print/PrintFrame';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

export function ReplyPrintPage() {
  const id = Number(useParams().motionId);
  const motion = useApiQuery('congress.motions.get', { id });
  const { settings, org } = usePrintOrg();
  const m = motion.data;
  const replies = (m?.steps ?? []).filter((s) => s.kind === '答复');
  const feedback = (m?.steps ?? []).filter((s) => s.kind === '反馈');
  const lastFeedback = m?.rating ? feedback[feedback.length - 1] : undefined;
  return (
    <PrintFrame
      title={m ? `提案答复反馈单 ${m.number}` : '提案答复反馈单'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(m && settings.data)}
      error={motion.error?.message ?? settings.error?.message ?? null}
    >
      {m ? (
        <section className="cg-sheet">
          <p className="cg-org">
            {org}
            {m.sessionName}
          </p>
          <h1>提案答复反馈单</h1>
          <div className="cg-meta">
            <span>编号：{m.number}</span>
            <span>类别：{m.category}</span>
            <span>答复期限：{formatDateCn(m.deadline)}</span>
          </div>
          <table className="cg-form">
            <colgroup>
              <col style={{ width: '22mm' }} />
              <col />
              <col style={{ width: '22mm' }} />
              <col style={{ width: '48mm' }} />
            </colgroup>
            <tbody>
              <tr>
                <th>案由</th>
                <td colSpan={3}>
                  <b>{m.title}</b>
                </td>
              </tr>
              <tr>
                <th>提案人</th>
                <td>{m.proposerName}</td>
                <th>附议人</th>
                <td>{m.cosigners.map((c) => c.name).join('、')}</td>
              </tr>
              <tr>
                <th>承办部门</th>
                <td>
                  {m.leadUnit ?? ''}
                  {m.supportUnits ? `（协办：${m.supportUnits}）` : ''}
                </td>
                <th>审查意见</th>
                <td>
                  {m.decision ?? ''}
                  {m.decidedOn ? `（${formatDateCn(m.decidedOn)}）` : ''}
                </td>
              </tr>
              {replies.length === 0 ? (
                <tr>
                  <th>答复内容</th>
                  <td colSpan={3}>
                    <div className="cg-tall" />
                  </td>
                </tr>
              ) : (
                replies.map((r) => (
                  <tr key={r.id}>
                    <th>
                      {replies.length > 1 ? (
                        <>
                          第{r.round}次
                          <br />
                          答复
                        </>
                      ) : (
                        '答复内容'
                      )}
                    </th>
                    <td colSpan={3}>
                      <div className="cg-mid">{r.replyText}</div>
                      <div className="cg-sign">
                        <span>答复人：{r.repliedBy}</span>
                        <span>落实情况：{r.implementation}</span>
                        <span>日期：{formatDateCn(r.stepDate)}</span>
                      </div>
                      {feedback
                        .filter((f) => f.round === r.round && f.rating === '不满意')
                        .map((f) => (
                          <div key={f.id} className="cg-note">
                            提案人反馈（{formatDateCn(f.stepDate)}）：不满意{f.reason ? `，${f.reason}` : ''}，退回再次答复
                          </div>
                        ))}
                    </td>
                  </tr>
                ))
              )}
              <tr>
                <th>落实情况</th>
                <td colSpan={3}>
                  {m.implementation ?? ''}
                  {m.implementationNote ? `：${m.implementationNote}` : ''}
                  <div className="cg-sign">
                    <span>
                      承办部门负责人（签名）：<span className="cg-line" />
                    </span>
                    <span>
                      日期：<span className="cg-line" style={{ minWidth: '26mm' }} />
                    </span>
                  </div>
                </td>
              </tr>
              <tr>
                <th>
                  提案人
                  <br />
                  反馈意见
                </th>
                <td colSpan={3}>
                  <div style={{ margin: '2pt 0 6pt' }}>
                    {RATINGS.map((r) => (
                      <span key={r} className="cg-box">
                        {m.rating === r ? '☑' : '☐'} {r}
                      </span>
                    ))}
                  </div>
                  <div className="cg-mid">{lastFeedback?.reason ?? m.ratingComment ?? ''}</div>
                  <div className="cg-sign">
                    <span>
                      提案人（签名）：<span className="cg-line" />
                    </span>
                    <span>日期：{m.ratedOn ? formatDateCn(m.ratedOn) : <span className="cg-line" style={{ minWidth: '26mm' }} />}</span>
                  </div>
                </td>
              </tr>
              {m.closedOn ? (
                <tr>
                  <th>办结</th>
                  <td colSpan={3}>
                    {formatDateCn(m.closedOn)}
                    {m.closedNote ? `（${m.closedNote}）` : ''}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
          <p className="cg-note">注：提案人对答复不满意的，提案退回承办部门再次答复。本单一式两份，提案人和工会各存一份。</p>
        </section>
      ) : null}
    </PrintFrame>
  );
}
