/**
 * /print/congress/delegates/:term — 代表名单 on A4: the delegates in office by delegation, with the
 * make-up figures (teachers, women, 中层以上干部) the district checks.
 */
import { useParams } from 'react-router-dom';
import { chineseNumber } from '../../../shared/congress/rules';
import { useApiQuery } from '../../api/hooks';
import { formatDateCn } from '../../../shared/domain/dates';
import { PrintFrame } from '../../print/PrintFrame';
import { SheetHead, SheetList } from './SheetParts';
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
          <SheetHead
            org={org}
            title={title}
            meta={[
              `正式代表 ${d.votingCount} 人：教师 ${d.teacherCount} 人（${d.teacherPercent}%），女代表 ${d.womenCount} 人（${d.womenPercent}%），中层以上干部 ${d.cadreCount} 人（${d.cadrePercent}%）`,
            ]}
          />
          <SheetList
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { title: '序号', width: '11mm', center: true, cell: (_, i) => i + 1 },
              { title: '姓名', width: '22mm', cell: (r) => r.name },
              { title: '性别', width: '11mm', center: true, cell: (r) => r.gender ?? '' },
              { title: '部门', cell: (r) => r.department ?? '' },
              { title: '代表团', width: '30mm', cell: (r) => r.delegation ?? '' },
              { title: '类别', width: '15mm', center: true, cell: (r) => r.kind },
              { title: '教师', width: '15mm', center: true, cell: (r) => (r.isTeacher ? '是' : '否') },
              { title: '当选日期', width: '28mm', cell: (r) => formatDateCn(r.electedOn) },
            ]}
          />
          {d.delegations.length ? <p className="cg-note">代表团：{d.delegations.map((g) => `${g.name} ${g.count} 人`).join('；')}。</p> : null}
        </section>
      ) : null}
    </PrintFrame>
  );
}
