import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { PrintFrame } from '../../print/PrintFrame';
import { MotionSheet } from './MotionSheet';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

/** /print/congress/motions/:motionId — one 提案表. */
export function MotionPrintPage() {
  const id = Number(useParams().motionId);
  const motion = useApiQuery('congress.motions.get', { id });
  const { settings, org, committee } = usePrintOrg();
  return (
    <PrintFrame
      title={motion.data ? `提案表 ${motion.data.number}` : '提案表'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(motion.data && settings.data)}
      error={motion.error?.message ?? settings.error?.message ?? null}
    >
      {motion.data ? <MotionSheet m={motion.data} org={org} committee={committee} /> : null}
    </PrintFrame>
  );
}
