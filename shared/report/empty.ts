/** A year with no records: every count 0, every rate null, the fixed lists (months, reasons) present. */
import { MEMBER_STATUSES } from '../domain/labels';
import { emptyActivityFigures, emptyHonourFigures } from './activities-honours';
import type { YearFigures } from './schema';

export function emptyFigures(): YearFigures {
  return {
    members: {
      total: 0,
      men: 0,
      women: 0,
      joined: 0,
      left: 0,
      leftByReason: MEMBER_STATUSES.filter((s) => s !== '在册').map((s) => ({ key: s, label: s, count: 0 })),
      byEmployment: [],
      byDepartment: [],
      ageBands: [],
    },
    congress: {
      sessions: 0,
      delegates: 0,
      motions: 0,
      filed: 0,
      merged: 0,
      toSuggestions: 0,
      rejected: 0,
      pending: 0,
      answered: 0,
      answeredOnTime: 0,
      unanswered: 0,
      rated: 0,
      satisfied: 0,
      basicallySatisfied: 0,
      unsatisfied: 0,
      excellent: 0,
      votes: 0,
      votesPassed: 0,
      replyRate: null,
      onTimeRate: null,
      satisfactionRate: null,
    },
    disclosure: { notices: 0, withdrawn: 0, byCategory: [], byScope: [], boards: 0, objections: 0, objectionsResolved: 0 },
    welfare: {
      visits: 0,
      people: 0,
      households: 0,
      amountFen: 0,
      goodsValueFen: 0,
      byReason: [],
      byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: 0, amountFen: 0 })),
      overStandard: 0,
      batches: 0,
      hardshipHouseholds: 0,
      hardshipByLevel: [],
      hardshipReverified: 0,
    },
    activities: emptyActivityFigures(),
    honours: emptyHonourFigures(),
    dues: { members: 0, paidMembers: 0, amountFen: 0, dueFen: 0, arrearsFen: 0, arrearsMembers: 0 },
  };
}
