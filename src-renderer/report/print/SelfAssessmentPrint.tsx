/** 自评表 (A4 portrait): the rubric with points, 自评分 and the evidence, section subtotals, total and signatures. */
import { Fragment } from 'react';
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/form-errors';
import { PrintFrame } from '../../print/PrintFrame';
import './report-print.css';
import { SignOff } from './SignOff';

export function SelfAssessmentPrint() {
  const year = Number(useParams().year);
  const q = useApiQuery('report.selfAssessment', { year });
  const s = q.data;
  const org = s ? s.org.unionName || s.org.schoolName : '';
  return (
    <PrintFrame title={`${year}年度工会工作自评表`} pageSize="A4" landscape={false} marginMm={14} ready={Boolean(s)} error={q.error ? errorMessage(q.error) : null}>
      {s ? (
        <div className="yr-sheet">
          <h1>{year}年度工会工作自评表</h1>
          <div className="yr-meta">
            <span>单位：{org || '＿＿＿＿＿＿＿＿＿＿＿＿'}</span>
            <span data-testid="print-self-total">
              自评总分：{s.total.score} 分（满分 {s.total.points} 分）
            </span>
          </div>
          <table className="print-table yr-table self-table" data-testid="print-self">
            <colgroup>
              <col style={{ width: '12%' }} />
              <col style={{ width: '34%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '39%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>类别</th>
                <th>考核内容</th>
                <th>分值</th>
                <th>自评分</th>
                <th>评分依据</th>
              </tr>
            </thead>
            <tbody>
              {s.sections.map((sec) => {
                const items = s.items.filter((i) => i.section === sec.section);
                return (
                  <Fragment key={sec.section}>
                    {items.map((i, n) => (
                      <tr key={i.key}>
                        {n === 0 ? <td rowSpan={items.length + 1} className="yr-label">{sec.section}</td> : null}
                        <td className="yr-label">{i.title}</td>
                        <td className="num">{i.points}</td>
                        <td className="num">{i.score ?? ''}</td>
                        <td className="yr-label">{i.mode === '自动' ? `台账记录：${i.evidence}` : i.note ?? ''}</td>
                      </tr>
                    ))}
                    <tr className="self-subtotal">
                      <td className="yr-label">小计</td>
                      <td className="num">{sec.points}</td>
                      <td className="num">{sec.score}</td>
                      <td />
                    </tr>
                  </Fragment>
                );
              })}
              <tr className="self-subtotal">
                <td colSpan={2} className="yr-label">合计</td>
                <td className="num">{s.total.points}</td>
                <td className="num">{s.total.score}</td>
                <td className="yr-label">{s.total.unmarked ? `${s.total.unmarked} 项未评分` : ''}</td>
              </tr>
            </tbody>
          </table>
          <SignOff signer="自评人" />
        </div>
      ) : null}
    </PrintFrame>
  );
}
