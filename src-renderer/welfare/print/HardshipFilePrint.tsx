/**
 * 困难职工档案表: one family on A4 portrait, the way a district union collects it. The ID number
 * and phone are masked, as on every printout.
 */
import { useParams } from 'react-router-dom';
import { formatDateCn } from '../../../shared/domain/dates';
import { formatFen } from '../../../shared/domain/money';
import { HARDSHIP_CAUSES } from '../../../shared/welfare/schema';
import { useApiQuery } from '../../api/hooks';
import { maskPhone, showIdNumber } from '../../components/format';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import './welfare-print.css';

const FAMILY_ROWS = 5;

export function HardshipFilePrint() {
  const { id } = useParams();
  const fileId = Number(id);
  const file = useApiQuery('welfare.hardship.get', { id: fileId }, { enabled: Number.isInteger(fileId) && fileId > 0 });
  const settings = useApiQuery('settings.get', undefined);
  const f = file.data;
  const org = settings.data ? settings.data.unionName || settings.data.schoolName : '';
  const blanks = f ? Math.max(0, FAMILY_ROWS - f.family.length) : 0;
  return (
    <PrintFrame
      title="困难职工档案表"
      pageSize="A4"
      landscape={false}
      ready={Boolean(f && settings.data)}
      error={file.error ? errorMessage(file.error) : Number.isInteger(fileId) && fileId > 0 ? null : '档案编号不正确'}
    >
      {f ? (
        <>
          <h1>困难职工档案表</h1>
          <p className="print-subtitle">
            填报单位：{org || '＿＿＿＿＿＿＿＿'}{'\u3000\u3000'}建档日期：{formatDateCn(f.filedOn)}{'\u3000\u3000'}档案状态：{f.status}
            {f.statusDate ? `（${formatDateCn(f.statusDate)}）` : ''}
          </p>
          <table className="hardship-form">
            <colgroup>
              <col style={{ width: '13%' }} />
              <col style={{ width: '17%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '20%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '20%' }} />
            </colgroup>
            <tbody>
              <tr>
                <th>姓名</th>
                <td>{f.memberName}</td>
                <th>性别</th>
                <td>{f.gender}</td>
                <th>出生日期</th>
                <td className="date">{formatDateCn(f.birthDate)}</td>
              </tr>
              <tr>
                <th>身份证号</th>
                <td colSpan={3}>{showIdNumber(f.idNumber, false)}</td>
                <th>联系电话</th>
                <td>{maskPhone(f.phone)}</td>
              </tr>
              <tr>
                <th>部门</th>
                <td>{f.department}</td>
                <th>困难类别</th>
                <td>{f.level}</td>
                <th>家庭人口</th>
                <td>{f.householdSize} 人</td>
              </tr>
              <tr>
                <th>主要致困原因</th>
                <td colSpan={5}>
                  {HARDSHIP_CAUSES.map((c) => (
                    <span key={c} className="check-box">
                      {c === f.mainCause ? '☑' : '☐'}
                      {c}
                    </span>
                  ))}
                </td>
              </tr>
              <tr>
                <th>次要致困原因</th>
                <td colSpan={5}>{f.secondaryCauses.length ? f.secondaryCauses.join('、') : '无'}</td>
              </tr>
              <tr>
                <th>人均月收入</th>
                <td>{formatFen(f.perCapitaIncomeFen)}</td>
                <th>健康状况</th>
                <td colSpan={3}>{f.health}</td>
              </tr>
              <tr>
                <th>住房情况</th>
                <td colSpan={5}>{f.housing}</td>
              </tr>
              <tr>
                <th colSpan={6}>家庭成员情况（不含本人）</th>
              </tr>
              <tr>
                <th>姓名</th>
                <th>与本人关系</th>
                <th>出生日期</th>
                <th colSpan={2}>工作单位或就读学校</th>
                <th>月收入 / 健康状况</th>
              </tr>
              {f.family.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{m.relation}</td>
                  <td className="date">{formatDateCn(m.birthDate)}</td>
                  <td colSpan={2}>{m.occupation}</td>
                  <td>
                    {formatFen(m.monthlyIncomeFen)}
                    {m.health ? ` / ${m.health}` : ''}
                  </td>
                </tr>
              ))}
              {Array.from({ length: blanks }, (_, i) => (
                <tr key={`blank-${i}`}>
                  <td>&nbsp;</td>
                  <td />
                  <td />
                  <td colSpan={2} />
                  <td />
                </tr>
              ))}
              <tr>
                <th>近三年慰问</th>
                <td colSpan={5} className="tall">
                  {f.recentVisits.length
                    ? f.recentVisits.map((v) => `${formatDateCn(v.visitDate)} ${v.reason} ${formatFen(v.amountFen)}${v.goods ? `（${v.goods}）` : ''}`).join('；')
                    : '无'}
                </td>
              </tr>
              <tr>
                <th>备注</th>
                <td colSpan={5} className="tall" style={{ whiteSpace: 'pre-wrap' }}>
                  {f.notes}
                  {f.statusReason ? `${f.notes ? '\n' : ''}${f.status}原因：${f.statusReason}` : ''}
                </td>
              </tr>
              <tr>
                <th>核实情况</th>
                <td colSpan={5}>
                  核实人：{f.verifiedBy}{'\u3000\u3000'}核实日期：{formatDateCn(f.verifiedOn)}{'\u3000\u3000'}下次复核：{formatDateCn(f.reverifyBy)} 前
                </td>
              </tr>
              <tr>
                <th>本人签字</th>
                <td colSpan={2} className="tall" />
                <th>工会意见</th>
                <td colSpan={2} className="tall">
                  <div style={{ marginTop: 24, textAlign: 'right' }}>（盖章）{'\u3000\u3000'}年{'\u3000\u3000'}月{'\u3000\u3000'}日</div>
                </td>
              </tr>
            </tbody>
          </table>
        </>
      ) : null}
    </PrintFrame>
  );
}
