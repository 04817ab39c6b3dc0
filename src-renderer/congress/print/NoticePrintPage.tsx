import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { PrintFrame } from '../../print/PrintFrame';
import { NoticeSheet } from './NoticeSheet';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

/** /print/congress/motions/:motionId/notice — the committee's 立案/不予立案 notice of one motion. */
export function NoticePrintPage() {
  const id = Number(useParams().motionId);
  const motion = useApiQuery('congress.motions.get', { id });
  const { settings, org, committee } = usePrintOrg();
  const m = motion.data;
  return (
    <PrintFrame
      title={m ? `提案审查结果通知书 ${m.number}` : '提案审查结果通知书'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(m && settings.data)}
      error={motion.error?.message ?? settings.error?.message ?? (m && m.decision === null ? '该提案尚未审查，没有审查结果可以通知。' : null)}
    >
      {m && m.decision !== null ? <NoticeSheet m={m} org={org} committee={committee} /> : null}
    </PrintFrame>
  );
}
