/**
 * /print/congress/delegates/:term — 代表名单 on A4: the delegates in office by delegation, with the
 * make-up figures (teachers, women, 中层以上干部) the district checks.
 */
import { useParams } from 'react-router-dom';
import { chineseNumber } from '../../../shared/congress/rules';
import { useApiQuery } from '../../api/hooks';
import { formatDateCn } from '../../components/format';
import { PrintFrame } from '../../print/PrintFrame';
import { usePrintOrg } from './usePrintOrg';
import './congress-print.css';

export function DelegatesPrintPage() {
  const term = Number(useParams().term);
  const list = useApiQuery('congress.delegates.list', { term });
  const { settings, org } = usePrintOrg();
  const d = list.data;
  const rows = (d?.rows ?? []).filter((r) => r.leftOn === null);
  const title = `第${chineseNumber(term)}届教职工代表大会代表名单`;
  return (
    <PrintFrame title={title} pageSize="A4" landscape={false} ready={Boolean(d && settings.data)} error={list.error?.message ?? settings.error?.message ?? null}>
      {d ? (
        <section className="cg-sheet" data-testid="delegates-sheet">
          <p className="cg-org">{org}</p>
          <h1>{title}</h1>
          <div className="cg-meta">
            <span>
              正式代表 {d.votingCount} 人：教师 {d.teacherCount} 人（{d.teacherPercent}%），女代表 {d.womenCount} 人（{d.womenPercent}%），中层以上干部 {d.cadreCount} 人（
              {d.cadrePercent}%）
            </span>
          </div>
          <table className="cg-form cg-list">
            <colgroup>
              <col style={{ width: '11mm' }} />
              <col style={{ width: '22mm' }} />
              <col style={{ width: '11mm' }} />
              <col />
              <col style={{ width: '30mm' }} />
              <col style={{ width: '15mm' }} />
              <col style={{ width: '15mm' }} />
              <col style={{ width: '28mm' }} />
            </colgroup>
            <thead>
              <tr>
                <th>序号</th>
                <th>姓名</th>
                <th>性别</th>
                <th>部门</th>
                <th>代表团</th>
                <th>类别</th>
                <th>教师</th>
                <th>当选日期</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.id}>
                  <td className="cg-c">{i + 1}</td>
                  <td>{r.name}</td>
                  <td className="cg-c">{r.gender ?? ''}</td>
                  <td>{r.department ?? ''}</td>
                  <td>{r.delegation ?? ''}</td>
                  <td className="cg-c">{r.kind}</td>
                  <td className="cg-c">{r.isTeacher ? '是' : '否'}</td>
                  <td>{formatDateCn(r.electedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {d.delegations.length ? <p className="cg-note">代表团：{d.delegations.map((g) => `${g.name} ${g.count} 人`).join('；')}。</p> : null}
        </section>
      ) : null}
    </PrintFrame>
  );
}
