/**
 * 会员花名册 for printing: A4 landscape, the header row repeated on every page, ID numbers and
 * phones masked unless the user chose to show them.
 */
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import type { Member } from '../../../shared/members/schema';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/hooks';
import { formatDateCn, formatMonthCn, showIdNumber, showPhone } from '../../components/format';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import { rosterFilterFromParams } from './roster-query';

const PAGE = 500;

export function RosterPrintPage() {
  const [params] = useSearchParams();
  const { filter, reveal } = rosterFilterFromParams(params);
  const api = useApi();
  const settings = useApiQuery('settings.get', undefined);
  const members = useQuery<Member[], Error>({
    queryKey: ['members.list.all', filter],
    queryFn: async () => {
      const rows: Member[] = [];
      for (let page = 1; ; page++) {
        const result = await api.call('members.list', { ...filter, page, pageSize: PAGE });
        rows.push(...result.rows);
        if (rows.length >= result.total || result.rows.length === 0) return rows;
      }
    },
  });
  const school = settings.data?.schoolName || settings.data?.unionName || '';
  const error = members.error ?? settings.error;
  const today = new Date();
  const printedOn = formatDateCn(`${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`);
  return (
    <PrintFrame
      title={`${school}会员花名册`}
      pageSize="A4"
      landscape
      marginMm={10}
      ready={members.isSuccess && settings.isSuccess}
      error={error ? errorMessage(error) : null}
    >
      <h1>{school}会员花名册</h1>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: '10pt', marginBottom: '4pt' }}>
        <span>共 {members.data?.length ?? 0} 人</span>
        <span>打印日期：{printedOn}</span>
      </div>
      <table className="print-table" style={{ fontSize: '9pt', lineHeight: 1.35, tableLayout: 'fixed' }}>
        <thead>
          <tr>
            <th style={{ width: '4%' }}>序号</th>
            <th style={{ width: '7%' }}>姓名</th>
            <th style={{ width: '4%' }}>性别</th>
            <th style={{ width: '5%' }}>民族</th>
            <th style={{ width: '7%' }}>出生年月</th>
            <th style={{ width: '13%' }}>身份证号</th>
            <th style={{ width: '7%' }}>政治面貌</th>
            <th style={{ width: '7%' }}>学历</th>
            <th style={{ width: '7%' }}>职称</th>
            <th style={{ width: '8%' }}>部门/教研组</th>
            <th style={{ width: '7%' }}>职务</th>
            <th style={{ width: '5%' }}>用工性质</th>
            <th style={{ width: '9%' }}>联系电话</th>
            <th style={{ width: '9%' }}>入会时间</th>
            <th style={{ width: '5%' }}>状态</th>
          </tr>
        </thead>
        <tbody>
          {(members.data ?? []).map((m, i) => (
            <tr key={m.id}>
              <td style={{ textAlign: 'center' }}>{i + 1}</td>
              <td>{m.name}</td>
              <td style={{ textAlign: 'center' }}>{m.gender}</td>
              <td>{m.ethnicity}</td>
              <td style={{ whiteSpace: 'nowrap' }}>{formatMonthCn(m.birthDate)}</td>
              <td>{showIdNumber(m.idNumber, reveal)}</td>
              <td>{m.politicalStatus}</td>
              <td>{m.education}</td>
              <td>{m.title}</td>
              <td>{m.department}</td>
              <td>{m.position}</td>
              <td>{m.employmentType}</td>
              <td>{showPhone(m.phone, reveal)}</td>
              <td style={{ whiteSpace: 'nowrap' }}>{formatDateCn(m.joinDate)}</td>
              <td style={{ textAlign: 'center' }}>{m.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-signatures" style={{ fontSize: '10pt' }}>
        <span>制表人：</span>
        <span>审核人：</span>
        <span>{settings.data?.unionName || '工会'}（盖章）</span>
      </div>
    </PrintFrame>
  );
}
