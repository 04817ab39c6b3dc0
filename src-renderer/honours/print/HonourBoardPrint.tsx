/**
 * 荣誉榜: the year's awarded honours for the 校务公开栏, A4 portrait, grouped by level (国家级 first),
 * with the union's name and the date. Only 获评 records: a recommendation is not yet an honour.
 */
import { useParams } from 'react-router-dom';
import { formatDateCn, todayIso } from '../../../shared/domain/dates';
import { HONOUR_LEVELS } from '../../../shared/honours/schema';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import '../../activities/print/activities-print.css';

export function HonourBoardPrint() {
  const { year: y } = useParams();
  const year = Number(y);
  const valid = Number.isInteger(year) && year >= 1990 && year <= 2100;
  const list = useApiQuery('honours.list', { year, states: ['获评'], page: 1, pageSize: 500 }, { enabled: valid });
  const settings = useApiQuery('settings.get', undefined);
  const org = settings.data ? settings.data.unionName || settings.data.schoolName : '';
  const rows = list.data?.rows ?? [];
  return (
    <PrintFrame title="荣誉榜" pageSize="A4" landscape={false} ready={Boolean(list.data && settings.data)} error={!valid ? '年份不正确' : list.error ? errorMessage(list.error) : null}>
      <div className="honour-board">
        <h1>{settings.data?.schoolName ? `${settings.data.schoolName} ` : ''}{year}年度荣誉榜</h1>
        <p className="print-subtitle">热烈祝贺以下教职工和集体荣获各级荣誉（共 {rows.length} 项）</p>
        {rows.length === 0 ? <p style={{ textAlign: 'center' }}>{year}年暂无获评荣誉。</p> : null}
        {HONOUR_LEVELS.map((level) => {
          const items = [...rows].filter((r) => r.level === level).sort((a, b) => a.awardedOn.localeCompare(b.awardedOn) || a.id - b.id);
          if (items.length === 0) return null;
          return (
            <section key={level}>
              <h2>{level}荣誉</h2>
              <table className="print-table">
                <colgroup>
                  <col style={{ width: '30%' }} />
                  <col style={{ width: '28%' }} />
                  <col style={{ width: '26%' }} />
                  <col style={{ width: '16%' }} />
                </colgroup>
                <thead>
                  <tr>
                    <th>获奖个人或集体</th>
                    <th>荣誉称号</th>
                    <th>授予单位</th>
                    <th>时间</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((h) => (
                    <tr key={h.id}>
                      <td>{h.members.length ? h.members.map((m) => `${m.name}${m.department ? `（${m.department}）` : ''}`).join('、') : h.groupName}</td>
                      <td>{h.title}</td>
                      <td>{h.awardingBody ?? ''}</td>
                      <td style={{ whiteSpace: 'nowrap' }}>{formatDateCn(h.awardedOn).replace(/\d+日$/, '')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
        <p className="footer">
          {org || '学校工会'}
          <br />
          {formatDateCn(todayIso())}
        </p>
      </div>
    </PrintFrame>
  );
}
