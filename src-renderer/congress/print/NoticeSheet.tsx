/**
 * 提案审查结果通知书: the committee tells the proposer what it decided and why — 立案 with the
 * handling unit and deadline, 合并立案 with the motion it joins, 不予立案 / 转为意见建议 with the reason.
 */
import type { CommitteeMember, MotionDetail } from '../../../shared/congress/schema';
import { CommitteeSign } from './CommitteeSign';
import { formatDateCn } from '../../../shared/domain/dates';
import { SheetHead } from './SheetParts';

function decisionText(m: MotionDetail): string {
  switch (m.decision) {
    case '立案':
      return `予以立案，交${m.leadUnit ?? ''}${m.supportUnits ? `（协办：${m.supportUnits}）` : ''}办理，请于${formatDateCn(m.deadline)}前书面答复。`;
    case '合并立案':
      return `与提案 ${m.mergedInto?.number ?? ''}《${m.mergedInto?.title ?? ''}》内容相近，合并立案，并入该提案一并办理答复。`;
    case '转为意见建议':
      return `不作为提案立案，转为意见建议交有关部门研究处理。理由：${m.decisionReason ?? ''}`;
    case '不予立案':
      return `不予立案。理由：${m.decisionReason ?? ''}`;
    default:
      return '';
  }
}

export function NoticeSheet({ m, org, committee }: { m: MotionDetail; org: string; committee: readonly CommitteeMember[] }) {
  return (
    <section className="cg-sheet" data-testid="notice-sheet">
      <SheetHead
        org={`${org}${m.sessionName}`}
        title={m.decision === '立案' || m.decision === '合并立案' ? '提案立案通知书' : '提案审查结果通知书'}
        meta={[`编号：${m.number}`, `类别：${m.category}`]}
      />
      <div className="cg-letter">
        <p className="cg-to">
          {m.proposerName}
          {m.proposerKind !== '正式' ? `（${m.proposerKind}代表）` : ''}代表：
        </p>
        <p>
          您于{formatDateCn(m.submittedOn)}提交、{m.cosigners.map((c) => c.name).join('、')}附议的提案《{m.title}》，经提案工作委员会于
          {formatDateCn(m.decidedOn)}审查，{decisionText(m)}
        </p>
        {m.decision === '不予立案' || m.decision === '转为意见建议' ? <p>如有不同意见，可向提案工作委员会提出。感谢您对学校工作的关心和支持。</p> : <p>感谢您对学校工作的关心和支持。</p>}
      </div>
      <div className="cg-signoff">
        <div>{org}教职工代表大会提案工作委员会</div>
        <div>{formatDateCn(m.decidedOn)}</div>
      </div>
      <CommitteeSign committee={committee} />
    </section>
  );
}
