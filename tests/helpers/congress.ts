/**
 * A congress on a store: 8 members, 第五届第二次教职工代表大会, 6 正式 delegates (4 of them
 * teachers), one 列席 delegate, and one member who is no delegate.
 */
import type { Db } from '../../src-main/db/types';
import { addDelegate } from '../../src-main/congress/delegates';
import { createSession } from '../../src-main/congress/sessions';
import { insertMember } from '../../src-main/members/service';
import { memberInputSchema } from '../../shared/members/schema';
import { sessionInputSchema } from '../../shared/congress/schema';
import type { Session } from '../../shared/congress/schema';
import { motionInputSchema, replyInputSchema, reviewInputSchema, type MotionInput } from '../../shared/congress/schema';
import { createMotion } from '../../src-main/congress/motions';
import { replyMotion, reviewMotion } from '../../src-main/congress/review';

export interface CongressFixture {
  session: Session;
  /** 正式 delegates by name. */
  d: Record<'张老师' | '李老师' | '王老师' | '赵老师' | '钱会计' | '孙主任', number>;
  observer: number;
  outsiderMemberId: number;
}

export const NAMES = ['张老师', '李老师', '王老师', '赵老师', '钱会计', '孙主任', '周列席', '吴教师'] as const;

export function congressFixture(db: Db): CongressFixture {
  const members = new Map<string, number>();
  for (const name of NAMES) members.set(name, insertMember(db, memberInputSchema.parse({ name, department: '语文组' })).id);
  const session = createSession(
    db,
    sessionInputSchema.parse({
      term: 5,
      meeting: 2,
      sessionKind: '代表大会',
      sessionStart: '2026-11-20',
      motionOpen: '2026-10-20',
      motionClose: '2026-11-10',
      replyDays: 30,
    }),
  );
  const add = (name: string, kind: '正式' | '列席', isTeacher: boolean, delegation: string) =>
    addDelegate(db, { term: 5, memberId: members.get(name)!, delegateKind: kind, isTeacher, delegation, electedOn: '2025-09-01', delegateNotes: null }).id;
  const d = {
    张老师: add('张老师', '正式', true, '第一代表团'),
    李老师: add('李老师', '正式', true, '第一代表团'),
    王老师: add('王老师', '正式', true, '第二代表团'),
    赵老师: add('赵老师', '正式', true, '第二代表团'),
    钱会计: add('钱会计', '正式', false, '第三代表团'),
    孙主任: add('孙主任', '正式', false, '第三代表团'),
  };
  const observer = add('周列席', '列席', false, '第三代表团');
  return { session, d, observer, outsiderMemberId: members.get('吴教师')! };
}

/**
 * A 后勤保障 motion filed on 2026-11-05 by 张老师 (李老师 and 王老师 co-signing) and reviewed on
 * 2026-11-21: 立案 with `unit` leading it, or 合并立案 into `mergeInto`. Returns its id.
 */
export function fileReviewedMotion(db: Db, fx: CongressFixture, title: string, unit: string | null, mergeInto?: number): number {
  const input: MotionInput = {
    sessionId: fx.session.id,
    motionTitle: title,
    motionReasons: 'r',
    motionProposals: 'p',
    motionCategory: '后勤保障',
    proposerId: fx.d.张老师,
    cosignerIds: [fx.d.李老师, fx.d.王老师],
    submittedOn: '2026-11-05',
  };
  const m = createMotion(db, motionInputSchema.parse(input));
  const review = mergeInto
    ? { id: m.id, decision: '合并立案', decidedOn: '2026-11-21', mergedIntoId: mergeInto }
    : { id: m.id, decision: '立案', decidedOn: '2026-11-21', leadUnit: unit };
  reviewMotion(db, reviewInputSchema.parse(review));
  return m.id;
}

/** The handling unit's reply (已办, 已落实) to motion `id`, dated `on`. */
export function replyDone(db: Db, id: number, on: string): void {
  replyMotion(db, replyInputSchema.parse({ id, replyText: '已办', repliedBy: '承办人', repliedOn: on, implementation: '已落实' }));
}
