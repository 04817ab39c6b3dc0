/**
 * 提案答复反馈单: the handling unit's replies with signature lines, and the proposer's rating with
 * boxes to tick and a signature line. A merged motion prints its lead's replies under a line saying
 * so, with its own proposer's rating.
 */
import type { MotionDetail } from '../../../shared/congress/schema';
import { RATINGS } from '../../../shared/congress/schema';
import { formatDateCn } from '../../../shared/domain/dates';
import { SheetCols, SheetHead } from './SheetParts';

export function ReplySheet({ m, lead, org }: { m: MotionDetail; lead: MotionDetail | null; org: string }) {
  const handled = lead ?? m;
  const replies = handled.steps.filter((s) => s.kind === '答复' && s.withdrawnBy === null);
  // The send-backs noted under each reply are the handled motion's own proposer's.
  const sendBacks = handled.steps.filter((s) => s.kind === '反馈' && s.withdrawnBy === null && s.rating === '不满意' && s.note?.startsWith('提案人不满意'));
  const feedback = m.steps.filter((s) => s.kind === '反馈' && s.withdrawnBy === null);
  const lastFeedback = m.rating ? feedback[feedback.length - 1] : undefined;
  return (
    <section className="cg-sheet" data-testid="reply-sheet">
      <SheetHead
        org={`${org}${m.sessionName}`}
        title="提案答复反馈单"
        meta={[
          `编号：${m.number}`,
          `类别：${m.category}`,
          `答复期限：${formatDateCn(m.deadline)}${m.originalDeadline && m.originalDeadline !== m.deadline ? `（原定 ${formatDateCn(m.originalDeadline)}）` : ''}`,
        ]}
      >
        {lead ? (
          <p className="cg-merged" data-testid="merged-note">
            本提案经提案工作委员会审查合并立案，已并入 {lead.number}《{lead.title}》办理，以下为该提案的答复。
          </p>
        ) : null}
      </SheetHead>
      <table className="cg-form">
        <SheetCols widths={['22mm', null, '22mm', '48mm']} />
        <tbody>
          <tr>
            <th>案由</th>
            <td colSpan={3}>
              <b>{m.title}</b>
            </td>
          </tr>
          <tr>
            <th>提案人</th>
            <td>
              {m.proposerName}
              {m.proposerKind !== '正式' ? `（${m.proposerKind}代表）` : ''}
            </td>
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
              {lead ? `（并入 ${lead.number}）` : ''}
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
                  {sendBacks
                    .filter((f) => f.round === r.round)
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
              {handled.implementation ?? ''}
              {handled.implementationNote ? `：${handled.implementationNote}` : ''}
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
  );
}
