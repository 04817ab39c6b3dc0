/**
 * /print/congress/sessions/:sessionId/sign-in — 签到表, printed before the meeting: one line per
 * delegate (or, at a 教职工大会, per member on the roll) with room to sign.
 */
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { formatDateCn } from '../../components/format';
import { PrintFrame } from '../../print/PrintFrame';
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
          <p className="cg-org">{org}</p>
          <h1>{s.sessionName}签到表</h1>
          <div className="cg-meta">
            <span>会议日期：{formatDateCn(s.startDate)}</span>
            <span>
              {delegatesMeeting ? '应到代表' : '应到'} {s.rows.filter((r) => r.kind === null || r.kind === '正式').length} 人
            </span>
          </div>
          <table className="cg-form cg-list">
            <colgroup>
              <col style={{ width: '12mm' }} />
              <col style={{ width: '26mm' }} />
              <col style={{ width: '40mm' }} />
              {delegatesMeeting ? <col style={{ width: '18mm' }} /> : null}
              <col />
            </colgroup>
            <thead>
              <tr>
                <th>序号</th>
                <th>姓名</th>
                <th>{delegatesMeeting ? '代表团' : '部门'}</th>
                {delegatesMeeting ? <th>类别</th> : null}
                <th>签名</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r, i) => (
                <tr key={i}>
                  <td className="cg-c">{i + 1}</td>
                  <td>{r.name}</td>
                  <td>{delegatesMeeting ? (r.delegation ?? '') : (r.department ?? '')}</td>
                  {delegatesMeeting ? <td className="cg-c">{r.kind}</td> : null}
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
          {delegatesMeeting ? <p className="cg-note">注：列席、特邀代表签到但不参加表决，不计入实到人数。</p> : null}
        </section>
      ) : null}
    </PrintFrame>
  );
}
