import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { VisitFormDrawer } from '../../../src-renderer/welfare/VisitFormDrawer';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';
import { dispatch } from '../../../src-main/api/dispatch';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

async function storeWithMember(name: string) {
  const store = tempStore();
  const r = await dispatch(store.ctx, 'members.create', { name, department: '语文组' }, () => undefined);
  if (!r.ok) throw new Error(r.error.message);
  return { store, memberId: (r.data as { id: number }).id };
}

async function pickReason(user: ReturnType<typeof userEvent.setup>, reason: string) {
  await user.click(await screen.findByLabelText('慰问事由'));
  await user.click(await screen.findByTitle(reason));
}

// antd's Select and Drawer are slow in jsdom on a shared machine: generous per-test limits, no timed assertions.
describe('VisitFormDrawer', () => {
  it('refuses an amount with more than two decimals and saves nothing', { timeout: 120_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const { store, memberId } = await storeWithMember('张三');
    view = renderWithStore(<VisitFormDrawer open memberId={memberId} onClose={() => undefined} />, '/', store);
    await pickReason(user, '生病住院');
    expect(await screen.findByText('“生病住院”标准：慰问金每次不超过 ¥1,000.00，每人每年最多 2 次')).toBeTruthy();
    await user.type(screen.getByLabelText('慰问金（元）'), '500.555');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('金额最多保留两位小数（精确到分）')).toBeTruthy();
    await user.clear(screen.getByLabelText('慰问金（元）'));
    await user.type(screen.getByLabelText('慰问金（元）'), '-5');
    expect(await screen.findByText('金额不能为负数')).toBeTruthy();
    expect((await view.api.call('welfare.visits.list', {})).total).toBe(0);
  });

  it('asks before saving a visit over the standard and keeps it flagged', { timeout: 120_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const { store, memberId } = await storeWithMember('李四');
    let saved = false;
    view = renderWithStore(<VisitFormDrawer open memberId={memberId} onClose={() => undefined} onSaved={() => (saved = true)} />, '/', store);
    await pickReason(user, '生病住院');
    await user.type(screen.getByLabelText('慰问金（元）'), '1200');
    await user.click(screen.getByLabelText('住院证明'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    const title = await screen.findByText('超出慰问标准，确认发放吗？', { selector: '.ant-modal-confirm-title' });
    const dialog = title.closest('.ant-modal-content') as HTMLElement;
    expect(within(dialog).getByText('慰问金 ¥1,200.00 超过“生病住院”每次上限 ¥1,000.00')).toBeTruthy();
    await user.type(within(dialog).getByLabelText('超标准说明'), '经工会委员会研究同意');
    await user.click(within(dialog).getByRole('button', { name: '确认发放并保存' }));
    await waitFor(() => expect(saved).toBe(true));
    const list = await view.api.call('welfare.visits.list', {});
    expect(list.rows[0]).toMatchObject({
      amountFen: 120_000,
      overStandard: true,
      overStandardNote: '经工会委员会研究同意',
      evidence: ['住院证明'],
      memberName: '李四',
    });
  });
});
