/**
 * 会费收缴 page on a real store (year 2025, all twelve months due): the arrears grid shows who owes
 * which months, and the 登记会费 form refuses a letter-filled amount and a month already paid with
 * the Chinese message, writing nothing. 张一 (base ¥5,000.00 → ¥25.00 a month) paid January–March;
 * 李二 joined on 2025-07-15 (not on the roll January–June).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { DuesPage } from '../../../src-renderer/dues/DuesPage';
import { apiOn } from '../../helpers/api';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

async function seeded(): Promise<{ store: ReturnType<typeof tempStore>; api: ApiClient }> {
  const store = tempStore();
  const api = apiOn(store);
  const a = (await api.call('members.create', { name: '张一', department: '语文组', joinDate: '2010-09-01' })).id;
  const b = (await api.call('members.create', { name: '李二', department: '数学组', joinDate: '2025-07-15' })).id;
  await api.call('dues.bases.set', { year: 2025, items: [{ memberId: a, baseFen: 500_000 }, { memberId: b, baseFen: 400_000 }] });
  await api.call('dues.payments.create', { memberId: a, year: 2025, monthFrom: 1, monthTo: 3, amountFen: 7500, paidOn: '2025-03-31', method: '工资代扣' });
  return { store, api };
}

/** The month marks of one member's row, January to December. */
function monthsOf(name: string): (string | null)[] {
  const cell = screen.getAllByTestId('dues-name').find((e) => e.textContent === name)!;
  return [...cell.closest('tr')!.querySelectorAll('[data-state]')].map((e) => e.getAttribute('data-state'));
}

const rowText = (name: string) => screen.getAllByTestId('dues-name').find((e) => e.textContent === name)!.closest('tr')!.textContent ?? '';

async function chooseQuarter(label: string) {
  fireEvent.mouseDown(document.querySelector('input[aria-label="按季度"]')!.closest('.ant-select')!.querySelector('.ant-select-selector')!);
  const option = await waitFor(() => {
    const o = document.querySelector(`.ant-select-item-option[title="${label}"]`);
    if (!o) throw new Error(`no option ${label}`);
    return o;
  });
  fireEvent.click(option);
}

const okButton = () => document.querySelector<HTMLButtonElement>('.ant-modal-footer .ant-btn-primary')!;

describe('DuesPage', { timeout: 120_000 }, () => {
  it('shows who owes which months: paid, owed, and not on the roll', async () => {
    const { store } = await seeded();
    view = renderWithStore(<DuesPage />, '/?year=2025', store);
    await waitFor(() => expect(screen.getAllByTestId('dues-name')).toHaveLength(2));
    expect(monthsOf('张一')).toEqual([...Array(3).fill('已缴'), ...Array(9).fill('未缴')]);
    expect(monthsOf('李二')).toEqual([...Array(6).fill('非会员'), ...Array(6).fill('未缴')]);
    expect(rowText('张一')).toContain('¥225.00'); // 9 months × ¥25.00 owed
    expect(rowText('李二')).toContain('¥120.00'); // July–December × ¥20.00
    expect(screen.getByTestId('dues-totals').textContent).toContain('¥345.00');
  });

  it('the 登记 form refuses a letter-filled amount and a month already paid, writing nothing; a new quarter is recorded', async () => {
    const { store, api } = await seeded();
    view = renderWithStore(<DuesPage />, '/?year=2025', store);
    fireEvent.click(await screen.findByLabelText('登记张一的会费'));
    const amount = await screen.findByLabelText('金额（元）');
    // The first month not yet paid, at the rule's amount.
    await waitFor(() => expect((amount as HTMLInputElement).value).toBe('25'));

    fireEvent.change(amount, { target: { value: '二十五元' } });
    fireEvent.click(okButton());
    expect(await screen.findByText('请输入数字金额（单位：元），例如 500 或 500.50')).toBeTruthy();

    await chooseQuarter('第一季度');
    await waitFor(() => expect((amount as HTMLInputElement).value).toBe('75'));
    fireEvent.click(okButton());
    expect(await screen.findByText(/张一 2025年1月的会费已登记（2025年3月31日 工资代扣 ¥75\.00），同一个月不能重复缴纳/)).toBeTruthy();
    expect(await api.call('dues.payments.list', { year: 2025 })).toHaveLength(1);

    await chooseQuarter('第二季度');
    fireEvent.click(okButton());
    await waitFor(() => expect(monthsOf('张一').slice(0, 6)).toEqual(Array(6).fill('已缴')));
    const payments = await api.call('dues.payments.list', { year: 2025 });
    expect(payments.map((p) => [p.monthFrom, p.monthTo, p.amountFen])).toEqual(expect.arrayContaining([[1, 3, 7500], [4, 6, 7500]]));
  });
});
