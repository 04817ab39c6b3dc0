/**
 * 会员花名册 for printing: A4 landscape, the header row repeated on every page, ID numbers and
 * phones masked unless the user chose to show them.
 */
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import type { Member } from '../../../shared/members/schema';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/hooks';
import { showIdNumber, showPhone } from '../../components/format';
import { formatDateCn, formatMonthCn } from '../../../shared/domain/dates';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import { rosterFilterFromParams } from './roster-query';

const PAGE = 500;

/** 某某学校工会会员花名册: the roster belongs to the union, so its title says so. */
export function rosterTitle(schoolName: string, unionName: string): string {
  if (schoolName) return `${schoolName}工会会员花名册`;
  if (unionName) return `${unionName.replace(/委员会$/, '')}${unionName.includes('工会') ? '' : '工会'}会员花名册`;
  return '工会会员花名册';
}

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
  const title = rosterTitle(settings.data?.schoolName ?? '', settings.data?.unionName ?? '');
  const error = members.error ?? settings.error;
  const today = new Date();
  const printedOn = formatDateCn(`${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`);
  return (
    <PrintFrame
      title={title}
      pageSize="A4"
      landscape
      marginMm={10}
      ready={members.isSuccess && settings.isSuccess}
      error={error ? errorMessage(error) : null}
    >
      <h1>{title}</h1>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: '10pt', marginBottom: '4pt' }}>
        <span>共 {members.data?.length ?? 0} 人</span>
        <span>打印日期：{printedOn}</span>
      </div>
      <table className="print-table roster-print" style={{ fontSize: '9pt', lineHeight: 1.3, tableLayout: 'fixed' }}>
        <thead>
          <tr>
            <th style={{ width: '3.5%' }}>序号</th>
            <th style={{ width: '6%' }}>姓名</th>
            <th style={{ width: '3.5%' }}>性别</th>
            <th style={{ width: '4.5%' }}>民族</th>
            <th style={{ width: '7.5%' }}>出生年月</th>
            <th style={{ width: '14.5%' }}>身份证号</th>
            <th style={{ width: '6.5%' }}>政治面貌</th>
            <th style={{ width: '6%' }}>学历</th>
            <th style={{ width: '8%' }}>职称</th>
            <th style={{ width: '8%' }}>部门/教研组</th>
            <th style={{ width: '6.5%' }}>职务</th>
            <th style={{ width: '4.5%' }}>用工性质</th>
            <th style={{ width: '9.5%' }}>联系电话</th>
            <th style={{ width: '8%' }}>入会时间</th>
            <th style={{ width: '3.5%' }}>状态</th>
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
              <td className="nowrap-id">{showIdNumber(m.idNumber, reveal)}</td>
              <td>{m.politicalStatus}</td>
              <td>{m.education}</td>
              <td>{m.title}</td>
              <td>{m.department}</td>
              <td>{m.position}</td>
              <td>{m.employmentType}</td>
              <td className="nowrap-id">{showPhone(m.phone, reveal)}</td>
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
