/**
 * A published notice on a store, as the notice page and the objection form start from:
 * 绩效工资方案, posted today for 5 working days.
 */
import { todayIso } from '../../shared/domain/dates';
import { noticeInputSchema } from '../../shared/disclosure/schema';
import { createNotice } from '../../src-main/disclosure/notices';
import { approveNotice, publishNotice } from '../../src-main/disclosure/states';
import type { Db } from '../../src-main/db/types';

export function publishedNotice(db: Db): ReturnType<typeof createNotice> {
  const today = todayIso();
  const n = createNotice(
    db,
    noticeInputSchema.parse({
      noticeTitle: '绩效工资方案',
      noticeCategory: '绩效工资',
      noticeScope: '对内',
      noticeKind: '即时',
      noticeBody: '<p>方案</p>',
      publishDate: today,
      periodWorkingDays: 5,
    }),
  );
  approveNotice(db, { id: n.id, stateDate: today, stateNote: null });
  publishNotice(db, { id: n.id, publishDate: null });
  return n;
}
