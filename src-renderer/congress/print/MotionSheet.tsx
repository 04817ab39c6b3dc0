/**
 * 提案表: one motion on one A4 page, with signature lines for the proposer and each co-signer and
 * a place for the committee's decision.
 */
import type { CommitteeMember, MotionDetail } from '../../../shared/congress/schema';
import { formatDateCn } from '../../../shared/domain/dates';
import { SheetCols, SheetHead } from './SheetParts';

export function MotionSheet({ m, org, committee = [] }: { m: MotionDetail; org: string; committee?: readonly CommitteeMember[] }) {
  const chair = committee.find((c) => c.committeeRole === '主任')?.committeeName ?? '';
  const decision =
    m.decision === null
      ? ''
      : `${m.decision}${m.mergedInto ? `（并入 ${m.mergedInto.number}）` : ''}${m.decisionReason ? `：${m.decisionReason}` : ''}`;
  return (
    <section className="cg-sheet" data-testid="motion-sheet">
      <SheetHead org={`${org}${m.sessionName}`} title="提案表" meta={[`编号：${m.number}`, `类别：${m.category}`, `提交日期：${formatDateCn(m.submittedOn)}`]} />
      <table className="cg-form">
        <SheetCols widths={['22mm', null, '22mm', '42mm']} />
        <tbody>
          <tr>
            <th>案由</th>
            <td colSpan={3}>
              <b>{m.title}</b>
              {m.late ? '（逾期提交）' : ''}
            </td>
          </tr>
          <tr>
            <th>提案人</th>
            <td>
              {m.proposerName}（{m.proposerKind}代表）
            </td>
            <th>代表团</th>
            <td>{m.proposerDelegation ?? ''}</td>
          </tr>
          <tr>
            <th>附议人</th>
            <td colSpan={3}>{m.cosigners.map((c) => c.name).join('、')}</td>
          </tr>
          <tr>
            <th>理由</th>
            <td colSpan={3}>
              <div className="cg-tall">{m.reasons}</div>
            </td>
          </tr>
          <tr>
            <th>建议/办法</th>
            <td colSpan={3}>
              <div className="cg-tall">{m.proposals}</div>
            </td>
          </tr>
          <tr>
            <th>
              提案工作
              <br />
              委员会
              <br />
              审查意见
            </th>
            <td colSpan={3}>
              <div className="cg-mid">{decision}</div>
              <div className="cg-sign">
                <span>
                  主任（签名）：{chair}
                  <span className="cg-line" style={{ minWidth: chair ? '20mm' : '30mm' }} />
                </span>
                <span>
                  日期：{m.decidedOn ? formatDateCn(m.decidedOn) : <span className="cg-line" />}
                </span>
              </div>
            </td>
          </tr>
          <tr>
            <th>承办部门</th>
            <td>
              {m.leadUnit ?? ''}
              {m.supportUnits ? `（协办：${m.supportUnits}）` : ''}
            </td>
            <th>答复期限</th>
            <td>
              {m.originalDeadline && m.originalDeadline !== m.deadline ? (
                <>
                  原定 {formatDateCn(m.originalDeadline)}
                  <br />
                  重新确定 {formatDateCn(m.deadline)}
                </>
              ) : (
                formatDateCn(m.deadline)
              )}
            </td>
          </tr>
        </tbody>
      </table>
      <div className="cg-sign" style={{ justifyContent: 'flex-start', marginTop: '14pt' }}>
        <span>
          提案人（签名）：<span className="cg-line" />
        </span>
      </div>
      <div className="cg-sign" style={{ justifyContent: 'flex-start' }}>
        <span>附议人（签名）：</span>
        {m.cosigners.map((c) => (
          <span key={c.id}>
            {c.name} <span className="cg-line" style={{ minWidth: '24mm' }} />
          </span>
        ))}
      </div>
      <p className="cg-note">注：一事一案；提案人、附议人须为本届代表并亲笔签名。</p>
    </section>
  );
}
