import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/api/dispatch';
import { MemberVisitsSection } from '../../../src-renderer/welfare/MemberVisitsSection';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

describe('MemberVisitsSection', () => {
  it('lists the member’s visits with yearly totals and the hardship file', async () => {
    const store = tempStore();
    const call = async (method: Parameters<typeof dispatch>[1], input: unknown) => {
      const r = await dispatch(store.ctx, method, input, () => undefined);
      if (!r.ok) throw new Error(r.error.message);
      return r.data as { id: number };
    };
    const { id } = await call('members.create', { name: '王老师', department: '数学组' });
    await call('welfare.visits.create', { memberId: id, visitDate: '2025-06-01', reason: '结婚', amountFen: 60_000, goodsValueFen: 0 });
    await call('welfare.visits.create', { memberId: id, visitDate: '2026-03-01', reason: '生病住院', amountFen: 80_000, goodsValueFen: 0 });
    await call('welfare.visits.create', {
      memberId: id, recipientName: '王父', recipientRelation: '父亲', visitDate: '2026-04-01', reason: '直系亲属去世', amountFen: 100_000, goodsValueFen: 0,
    });
    await call('welfare.hardship.create', {
      memberId: id, level: '相对困难', mainCause: '家庭收入低', householdSize: 2, perCapitaIncomeFen: 150_000,
      filedOn: '2025-01-01', verifiedOn: '2025-01-10', verifiedBy: '王某',
    });
    view = renderWithStore(<MemberVisitsSection memberId={id} />, '/', store);
    const years = await screen.findByTestId('member-visit-years');
    expect(years.textContent).toBe('2026年：2 次，慰问金 ¥1,800.002025年：1 次，慰问金 ¥600.00');
    expect(await screen.findByText('王父（王老师的父亲）')).toBeTruthy();
    expect(screen.getByText('待复核')).toBeTruthy();
    expect(screen.getByText(/主要原因 家庭收入低/)).toBeTruthy();
  });
});
