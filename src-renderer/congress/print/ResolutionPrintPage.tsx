/**
 * /print/congress/sessions/:sessionId/resolution — 大会决议, the written resolution district unions
 * ask for after every congress: attendance, each item voted with its counts and result, the motions'
 * handling, signed by the 大会主席团. Everything comes from the session's records.
 */
import { useParams } from 'react-router-dom';
import { fractionText } from '../../../shared/congress/rules';
import { useApiQuery } from '../../api/hooks';
import { formatDateCn } from '../../../shared/domain/dates';
import { PrintFrame } from '../../print/PrintFrame';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

export function ResolutionPrintPage() {
  const sessionId = Number(useParams().sessionId);
  const session = useApiQuery('congress.sessions.get', { id: sessionId });
  const votes = useApiQuery('congress.votes.list', { sessionId });
  const motions = useApiQuery('congress.motions.list', { sessionId });
  const attendance = useApiQuery('congress.attendance.get', { sessionId });
  const rules = useApiQuery('congress.settings.get', undefined);
  const { settings, org } = usePrintOrg();
  const s = session.data;
  const a = attendance.data;
  const ready = Boolean(s && votes.data && motions.data && a && rules.data && settings.data);
  const error = session.error?.message ?? votes.error?.message ?? motions.error?.message ?? attendance.error?.message ?? null;
  const passed = (votes.data ?? []).filter((v) => v.result === '通过');
  const notPassed = (votes.data ?? []).filter((v) => v.result !== '通过');
  const decided = (d: string) => (motions.data ?? []).filter((m) => m.decision === d).length;
  const who = s?.kind === '教职工大会' ? '教职工' : '代表';
  const present = a?.recorded ? a.presentCount : null;
  return (
    <PrintFrame title={s ? `${s.name}决议` : '大会决议'} pageSize="A4" landscape={false} ready={ready} error={error}>
      {s && a && rules.data ? (
        <section className="cg-sheet" data-testid="resolution-sheet" style={{ paddingTop: '6mm' }}>
          <h1>
            {org}
            {s.name}决议
          </h1>
          <p className="cg-c" style={{ margin: '2pt 0 10pt' }}>
            （{formatDateCn(s.endDate ?? s.startDate)}{s.name}通过）
          </p>
          <div className="cg-letter">
            <p>
              {org}
              {s.name}于{formatDateCn(s.startDate)}
              {s.endDate && s.endDate !== s.startDate ? `至${formatDateCn(s.endDate)}` : ''}召开。应到{who} {a.due} 人
              {present !== null
                ? `，实到 ${present} 人，${present * rules.data.quorumDenominator >= a.due * rules.data.quorumNumerator ? '超过' : '未达到'}应到${who}的${fractionText(rules.data.quorumNumerator, rules.data.quorumDenominator)}`
                : ''}
              。
            </p>
            {passed.length ? (
              <p>
                大会审议并表决通过了：
                {passed
                  .map((v) => `《${v.item.replace(/^《|》$/g, '')}》（${v.method}，实到 ${v.present} 人，赞成 ${v.votesFor} 票，反对 ${v.votesAgainst} 票，弃权 ${v.abstain} 票${v.invalid ? `，无效 ${v.invalid} 票` : ''}）`)
                  .join('；')}
                。
              </p>
            ) : null}
            {notPassed.map((v) => (
              <p key={v.id}>
                《{v.item.replace(/^《|》$/g, '')}》{v.result === '不足法定人数' ? '表决时到会人数不足法定人数，表决无效' : `赞成 ${v.votesFor} 票，未达到通过所需的 ${v.passNeeded} 票，未获通过`}。
              </p>
            ))}
            <p>
              大会共收到提案 {motions.data?.length ?? 0} 件。经提案工作委员会审查，立案 {decided('立案')} 件，合并立案 {decided('合并立案')} 件，转为意见建议{' '}
              {decided('转为意见建议')} 件，不予立案 {decided('不予立案')} 件{decided('立案') + decided('合并立案') > 0 ? '。立案提案已交承办部门办理，大会要求承办部门按期答复，做到件件有落实、事事有回音' : ''}。
            </p>
            <p>大会号召全体教职工团结一致，认真落实大会各项决议，为学校发展作出新的贡献。</p>
          </div>
          <div className="cg-signoff">
            <div>
              {org}
              {s.name}主席团
            </div>
            <div>{formatDateCn(s.endDate ?? s.startDate)}</div>
          </div>
        </section>
      ) : null}
    </PrintFrame>
  );
}
