/**
 * The 提案工作委员会's signature lines on its paperwork: the 主任 and 副主任 from 设置 → 教代会,
 * each with a line to sign on; without a list, an unnamed 主任 line. The full membership prints
 * where a document lists it (the 提案汇编).
 */
import type { CommitteeMember } from '../../../shared/congress/schema';



export function CommitteeSign({ committee }: { committee: readonly CommitteeMember[] }) {
  const heads = committee.filter((c) => c.committeeRole !== '委员');
  const lines = heads.length > 0 ? heads : [{ committeeName: '', committeeRole: '主任' as const, memberId: null }];
  return (
    <div className="cg-committee-sign" data-testid="committee-sign">
      {lines.map((c) => (
        <div key={`${c.committeeRole}-${c.committeeName}`}>
          提案工作委员会{c.committeeRole}：{c.committeeName}
          <span className="cg-line" style={{ minWidth: '26mm', marginLeft: '4pt' }} />
          （签名）
        </div>
      ))}
    </div>
  );
}

/** 主任 张三, 副主任 李四, 委员 王五、赵六 (wide spaces between) — one line for a cover or a colophon. */
export function committeeLine(committee: readonly CommitteeMember[]): string {
  const of = (role: CommitteeMember['committeeRole']) => committee.filter((c) => c.committeeRole === role).map((c) => c.committeeName);
  return (['主任', '副主任', '委员'] as const)
    .map((role) => (of(role).length > 0 ? `${role} ${of(role).join('、')}` : ''))
    .filter(Boolean)
    .join('\u3000');
}
