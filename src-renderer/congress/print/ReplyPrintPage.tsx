/**
 * /print/congress/motions/:motionId/reply — the 答复反馈单 of one motion. A merged motion prints its
 * lead's reply; a motion not filed (不予立案, 转为意见建议) has no reply to give and prints the
 * committee's notice with its reason instead of an empty form.
 */
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { PrintFrame } from '../../print/PrintFrame';
import { NoticeSheet } from './NoticeSheet';
import { ReplySheet } from './ReplySheet';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

export function ReplyPrintPage() {
  const id = Number(useParams().motionId);
  const motion = useApiQuery('congress.motions.get', { id });
  const m = motion.data;
  const leadId = m?.mergedInto?.id ?? 0;
  const lead = useApiQuery('congress.motions.get', { id: leadId }, { enabled: leadId > 0 });
  const { settings, org, committee } = usePrintOrg();
  const notFiled = m?.decision === '不予立案' || m?.decision === '转为意见建议';
  return (
    <PrintFrame
      title={m ? `${notFiled ? '提案审查结果通知书' : '提案答复反馈单'} ${m.number}` : '提案答复反馈单'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(m && settings.data && (leadId === 0 || lead.data))}
      error={motion.error?.message ?? lead.error?.message ?? settings.error?.message ?? null}
    >
      {m && (leadId === 0 || lead.data) ? (
        notFiled ? <NoticeSheet m={m} org={org} committee={committee} /> : <ReplySheet m={m} lead={lead.data ?? null} org={org} />
      ) : null}
    </PrintFrame>
  );
}
