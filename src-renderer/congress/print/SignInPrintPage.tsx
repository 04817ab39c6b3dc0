/**
 * /print/congress/sessions/:sessionId/sign-in — 签到表, printed before the meeting: one line per
 * delegate (or, at a 教职工大会, per member on the roll) with room to sign.
 */
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { formatDateCn } from '../../../shared/domain/dates';
import { PrintFrame } from '../../print/PrintFrame';
import { SheetHead, SheetList } from './SheetParts';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

export function SignInPrintPage() {
  const sessionId = Number(useParams().sessionId);
  const sheet = useApiQuery('congress.attendance.sheet', { sessionId });
  const { settings, org } = usePrintOrg();
  const s = sheet.data;
  const delegatesMeeting = s?.kind === '代表大会';
  return (
    <PrintFrame
      title={s ? `${s.sessionName}签到表` : '签到表'}
      pageSize="A4"
      landscape={false}
      ready={Boolean(s && settings.data)}
      error={sheet.error?.message ?? settings.error?.message ?? null}
    >
      {s ? (
        <section className="cg-sheet" data-testid="sign-in-sheet">
          <SheetHead
            org={org}
            title={`${s.sessionName}签到表`}
            meta={[
              `会议日期：${formatDateCn(s.startDate)}`,
              `${delegatesMeeting ? '应到代表' : '应到'} ${s.rows.filter((r) => r.kind === null || r.kind === '正式').length} 人`,
            ]}
          />
          <SheetList
            rows={s.rows}
            rowKey={(_, i) => i}
            columns={[
              { title: '序号', width: '12mm', center: true, cell: (_, i) => i + 1 },
              { title: '姓名', width: '26mm', cell: (r) => r.name },
              { title: delegatesMeeting ? '代表团' : '部门', width: '40mm', cell: (r) => (delegatesMeeting ? (r.delegation ?? '') : (r.department ?? '')) },
              delegatesMeeting && { title: '类别', width: '18mm', center: true, cell: (r) => r.kind },
              { title: '签名', cell: () => null },
            ]}
          />
          {delegatesMeeting ? <p className="cg-note">注：列席、特邀代表签到但不参加表决，不计入实到人数。</p> : null}
        </section>
      ) : null}
    </PrintFrame>
  );
}
