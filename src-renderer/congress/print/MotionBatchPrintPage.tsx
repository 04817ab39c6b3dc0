import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { PrintFrame } from '../../print/PrintFrame';
import { MotionSheet } from './MotionSheet';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

/** /print/congress/sessions/:sessionId/motions — every 提案表 of a session, one per page. */
export function MotionBatchPrintPage() {
  const sessionId = Number(useParams().sessionId);
  const motions = useApiQuery('congress.motions.forSession', { sessionId });
  const { settings, org, committee } = usePrintOrg();
  const list = motions.data ?? [];
  return (
    <PrintFrame
      title={list[0] ? `${list[0].sessionName}提案表（共 ${list.length} 件）` : '提案表'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(motions.data && settings.data)}
      error={motions.error?.message ?? settings.error?.message ?? (motions.data && list.length === 0 ? '该届次还没有提案。' : null)}
    >
      {list.map((m) => (
        <MotionSheet key={m.id} m={m} org={org} committee={committee} />
      ))}
    </PrintFrame>
  );
}
