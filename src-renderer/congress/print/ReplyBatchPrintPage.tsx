/**
 * /print/congress/sessions/:sessionId/replies?ids=3,5,8 — the 答复反馈单 of the motions chosen in
 * the list, one per sheet, in the list's order. As with one motion: a merged motion prints its
 * lead's replies, one not filed prints the committee's notice with its reason.
 */
import { useParams, useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { PrintFrame } from '../../print/PrintFrame';
import { NoticeSheet } from './NoticeSheet';
import { ReplySheet } from './ReplySheet';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

export function ReplyBatchPrintPage() {
  const sessionId = Number(useParams().sessionId);
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const motions = useApiQuery('congress.motions.forSession', { sessionId });
  const { settings, org, committee } = usePrintOrg();
  const all = motions.data ?? [];
  const byId = new Map(all.map((m) => [m.id, m]));
  const chosen = ids.map((id) => byId.get(id)).filter((m) => m !== undefined);
  const missing = motions.data && chosen.length < ids.length ? '所选提案中有的已被删除或不属于该届次，请回到提案列表重新选择。' : null;
  return (
    <PrintFrame
      title={all[0] ? `${all[0].sessionName}提案答复反馈单（共 ${chosen.length} 件）` : '提案答复反馈单'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(motions.data && settings.data)}
      error={motions.error?.message ?? settings.error?.message ?? (ids.length === 0 ? '没有选择提案。' : missing)}
    >
      {chosen.map((m) =>
        m.decision === '不予立案' || m.decision === '转为意见建议' ? (
          <NoticeSheet key={m.id} m={m} org={org} committee={committee} />
        ) : (
          <ReplySheet key={m.id} m={m} lead={m.mergedInto ? (byId.get(m.mergedInto.id) ?? null) : null} org={org} />
        ),
      )}
    </PrintFrame>
  );
}
