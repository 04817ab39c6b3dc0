import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memberInputSchema, type MemberInput } from '../../../shared/members/schema';
import { createMember } from '../../../src-main/members/service';
import { StatusChangeModal } from '../../../src-renderer/members/StatusChangeModal';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

function setup(input: MemberInput) {
  const store = tempStore();
  const member = createMember(store.ctx.db, memberInputSchema.parse(input));
  const onClose = vi.fn();
  view = renderWithStore(<StatusChangeModal member={member} onClose={onClose} />, '/', store);
  return { member, onClose, view };
}

async function chooseStatus(label: string) {
  // Ant Design opens its Select on mousedown; the options are rendered in a portal.
  fireEvent.mouseDown(screen.getByLabelText('新状态'));
  const option = await waitFor(() => {
    const found = document.querySelector(`.ant-select-item-option[title="${label}"]`);
    expect(found).not.toBeNull();
    return found as HTMLElement;
  });
  fireEvent.click(option);
}

// Ant Design in jsdom is slow on a loaded machine: a generous limit, not a speed assertion.
describe('StatusChangeModal', { timeout: 90_000 }, () => {
  it('does not offer the current status, and records the change with its reason', async () => {
    const user = userEvent.setup({ delay: null });
    const { member, onClose, view } = setup({ name: '张三', joinDate: '2000-09-01' });
    expect(await screen.findByText('变更会员状态：张三')).toBeTruthy();
    fireEvent.mouseDown(screen.getByLabelText('新状态'));
    await waitFor(() => expect(document.querySelectorAll('.ant-select-item-option').length).toBe(4));
    expect(document.querySelector('.ant-select-item-option[title="在册"]')).toBeNull();
    await chooseStatus('退休');
    await user.type(screen.getByLabelText('变更原因'), '2026年11月退休');
    await user.click(screen.getByRole('button', { name: '确认变更' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText('会员 张三 的状态已改为“退休”')).toBeTruthy();
    const detail = await view.api.call('members.get', { id: member.id });
    expect(detail.status).toBe('退休');
    expect(detail.statusHistory).toMatchObject([{ fromStatus: '在册', toStatus: '退休', reason: '2026年11月退休' }]);
  });

  it('asks for the new status before saving anything', async () => {
    const user = userEvent.setup({ delay: null });
    const { member, onClose, view } = setup({ name: '李四' });
    await user.click(await screen.findByRole('button', { name: '确认变更' }));
    expect(await screen.findByText('请选择新状态')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    expect((await view.api.call('members.get', { id: member.id })).statusHistory).toEqual([]);
  });

  it('shows the service’s Chinese message when the date is before joining, and keeps the status', async () => {
    const user = userEvent.setup({ delay: null });
    const { member, onClose, view } = setup({ name: '王五', joinDate: '2099-09-01' });
    await screen.findByText('变更会员状态：王五');
    await chooseStatus('调出');
    await user.click(screen.getByRole('button', { name: '确认变更' }));
    expect((await screen.findAllByText(/变更日期不能早于入会时间/)).length).toBeGreaterThan(0);
    expect(onClose).not.toHaveBeenCalled();
    expect((await view.api.call('members.get', { id: member.id })).status).toBe('在册');
  });
});
