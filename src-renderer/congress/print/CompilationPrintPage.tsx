/**
 * /print/congress/sessions/:sessionId/compilation — 提案汇编: a cover with the session and the
 * committee, the contents (every motion's number, title, proposer, decision and handling unit) and
 * then every motion with its review and its replies, each motion starting on a new page. Pages are
 * numbered in the bottom margin.
 */
import { useParams } from 'react-router-dom';
import type { CommitteeMember, MotionDetail } from '../../../shared/congress/schema';
import { formatDateCn, todayIso } from '../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { PrintFrame } from '../../print/PrintFrame';
import { committeeLine } from './CommitteeSign';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

const FOOTER_CSS = `@page { @bottom-center { content: "第 " counter(page) " 页"; font-family: 'SimSun', 'Songti SC', 'Noto Serif CJK SC', serif; font-size: 9pt; } }`;

function outcome(m: MotionDetail): string {
  if (m.decision === null) return '待审查';
  if (m.decision === '合并立案') return `并入 ${m.mergedInto?.number ?? ''}`;
  if (m.decision !== '立案') return m.decision;
  return m.state;
}

function Cover({ sessionName, org, committee, count }: { sessionName: string; org: string; committee: readonly CommitteeMember[]; count: number }) {
  const line = committeeLine(committee);
  return (
    <section className="cg-sheet cg-cover" data-testid="compilation-cover">
      <div className="cg-cover-org">{org}</div>
      <div className="cg-cover-session">{sessionName}</div>
      <div className="cg-cover-title">提案汇编</div>
      <div className="cg-cover-count">共 {count} 件</div>
      <div className="cg-cover-foot">
        <div>{org}教职工代表大会提案工作委员会 编</div>
        {line ? <div className="cg-cover-members">{line}</div> : null}
        <div>{formatDateCn(todayIso())}</div>
      </div>
    </section>
  );
}

function Contents({ list }: { list: MotionDetail[] }) {
  const filed = list.filter((m) => m.decision === '立案' || m.decision === '合并立案').length;
  const answered = list.filter((m) => m.decision === '立案' && m.replyRound > 0).length;
  return (
    <section className="cg-sheet" data-testid="compilation-contents">
      <h1>目{'\u3000'}录</h1>
      <p className="cg-note" style={{ textAlign: 'center' }}>
        本次会议共收到提案 {list.length} 件，立案（含合并立案）{filed} 件，已答复 {answered} 件。
      </p>
      <table className="cg-form cg-list">
        <colgroup>
          <col style={{ width: '18mm' }} />
          <col />
          <col style={{ width: '18mm' }} />
          <col style={{ width: '26mm' }} />
          <col style={{ width: '22mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>编号</th>
            <th>案由</th>
            <th>提案人</th>
            <th>承办部门</th>
            <th>办理情况</th>
          </tr>
        </thead>
        <tbody>
          {list.map((m) => (
            <tr key={m.id} data-testid="contents-row">
              <td className="cg-c">{m.number}</td>
              <td>{m.title}</td>
              <td className="cg-c">{m.proposerName}</td>
              <td className="cg-c">{m.leadUnit ?? ''}</td>
              <td className="cg-c">{outcome(m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Entry({ m, lead }: { m: MotionDetail; lead: MotionDetail | null }) {
  const handled = lead ?? m;
  const replies = handled.steps.filter((s) => s.kind === '答复' && s.withdrawnBy === null);
  return (
    <section className="cg-sheet cg-entry" data-testid="compilation-motion">
      <h2>
        {`${m.number}\u3000${m.title}`}
      </h2>
      <div className="cg-entry-meta">
        {[
          `提案人：${m.proposerName}${m.proposerDelegation ? `（${m.proposerDelegation}）` : ''}`,
          `附议人：${m.cosigners.map((c) => c.name).join('、')}`,
          `类别：${m.category}`,
          `提交日期：${formatDateCn(m.submittedOn)}`,
        ].join('\u3000')}
      </div>
      <h3>理由</h3>
      <div className="cg-entry-text">{m.reasons}</div>
      <h3>建议和办法</h3>
      <div className="cg-entry-text">{m.proposals}</div>
      <h3>审查意见</h3>
      <div className="cg-entry-text">
        {m.decision === null ? '尚未审查。' : null}
        {m.decision === '立案'
          ? `${formatDateCn(m.decidedOn)}立案，交${m.leadUnit ?? ''}${m.supportUnits ? `（协办：${m.supportUnits}）` : ''}办理，答复期限${formatDateCn(m.deadline)}${m.originalDeadline && m.originalDeadline !== m.deadline ? `（原定${formatDateCn(m.originalDeadline)}）` : ''}。`
          : null}
        {m.decision === '合并立案' ? `${formatDateCn(m.decidedOn)}与提案 ${m.mergedInto?.number ?? ''}《${m.mergedInto?.title ?? ''}》合并立案，答复见该提案。` : null}
        {m.decision === '不予立案' || m.decision === '转为意见建议' ? `${formatDateCn(m.decidedOn)}${m.decision}。理由：${m.decisionReason ?? ''}` : null}
      </div>
      {m.decision === '立案' ? (
        <>
          <h3>答复</h3>
          {replies.length === 0 ? <div className="cg-entry-text">尚未答复。</div> : null}
          {replies.map((r) => (
            <div key={r.id} className="cg-entry-text" data-testid="compilation-reply">
              {replies.length > 1 ? <b>{`第${r.round}次答复\u3000`}</b> : null}
              {r.replyText}
              <div className="cg-entry-by">
                {r.repliedBy ? `答复人：${r.repliedBy}\u3000` : ''}
                {formatDateCn(r.stepDate)}
              </div>
            </div>
          ))}
          {handled.implementation ? (
            <div className="cg-entry-text">
              落实情况：{handled.implementation}
              {handled.implementationNote ? `，${handled.implementationNote}` : ''}
            </div>
          ) : null}
          {m.rating ? (
            <div className="cg-entry-text">
              提案人反馈：{m.rating}
              {m.ratingComment ? `，${m.ratingComment}` : ''}
              {m.ratedOn ? `（${formatDateCn(m.ratedOn)}）` : ''}
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

export function CompilationPrintPage() {
  const sessionId = Number(useParams().sessionId);
  const motions = useApiQuery('congress.motions.forSession', { sessionId });
  const { settings, org, committee } = usePrintOrg();
  const list = motions.data ?? [];
  const byId = new Map(list.map((m) => [m.id, m]));
  const name = list[0]?.sessionName ?? '';
  return (
    <PrintFrame
      title={name ? `${name}提案汇编` : '提案汇编'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(motions.data && settings.data)}
      error={motions.error?.message ?? settings.error?.message ?? (motions.data && list.length === 0 ? '该届次还没有提案，无法汇编。' : null)}
    >
      <style>{FOOTER_CSS}</style>
      <Cover sessionName={name} org={org} committee={committee} count={list.length} />
      <Contents list={list} />
      {list.map((m) => (
        <Entry key={m.id} m={m} lead={m.mergedInto ? (byId.get(m.mergedInto.id) ?? null) : null} />
      ))}
    </PrintFrame>
  );
}
