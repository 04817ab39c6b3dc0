import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { memberInputSchema, type MemberInput } from '../../../shared/members/schema';
import { createMember } from '../../../src-main/members/service';
import { MemberListPage } from '../../../src-renderer/members/MemberListPage';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

function seeded(members: MemberInput[]) {
  const store = tempStore();
  for (const m of members) createMember(store.ctx.db, memberInputSchema.parse(m));
  return store;
}

const shownNames = () => screen.queryAllByTestId('member-name').map((e) => e.textContent);

// Ant Design in jsdom is slow on a loaded machine: a generous limit, not a speed assertion.
describe('MemberListPage', { timeout: 90_000 }, () => {
  it('lists the members from the store with ID numbers and phones masked until the switch is on', async () => {
    const user = userEvent.setup({ delay: null });
    const store = seeded([
      { name: '张三', idNumber: '11010519491231002X', phone: '13912345678', department: '数学组' },
      { name: '李四', phone: '0512-65432100', department: '语文组' },
    ]);
    view = renderWithStore(<MemberListPage />, '/', store);
    await waitFor(() => expect(shownNames().sort()).toEqual(['张三', '李四'].sort()));
    expect(screen.getAllByText('共 2 人').length).toBeGreaterThan(0);
    const row = screen.getByText('张三').closest('tr')!;
    expect(within(row).getByText('110105********002X')).toBeTruthy();
    expect(within(row).getByText('139****5678')).toBeTruthy();
    expect(within(row).getByText('数学组')).toBeTruthy();
    // 出生年月 is one click away in 列设置 (hidden by default so the key columns fit 1366×768).
    expect(within(row).queryByText('1949年12月')).toBeNull();
    expect(document.body.textContent).not.toContain('11010519491231002X');
    expect(document.body.textContent).not.toContain('13912345678');

    await user.click(screen.getByRole('switch', { name: '显示完整证件号与电话' }));
    await waitFor(() => expect(within(screen.getByText('张三').closest('tr')!).getByText('11010519491231002X')).toBeTruthy());
    expect(screen.getByText('13912345678')).toBeTruthy();
    expect(screen.getByText('0512-65432100')).toBeTruthy();
  });

  it('filters by the search box: pinyin initials, ID suffix, phone part, and says when nothing matches', async () => {
    const user = userEvent.setup({ delay: null });
    const store = seeded([
      { name: '张三', idNumber: '11010519491231002X' },
      { name: '张三丰', phone: '13800001111' },
      { name: '李四' },
    ]);
    view = renderWithStore(<MemberListPage />, '/', store);
    await waitFor(() => expect(shownNames()).toHaveLength(3));
    const box = screen.getByLabelText('查找会员');
    await user.type(box, 'zs');
    await waitFor(() => expect(shownNames().sort()).toEqual(['张三', '张三丰']));
    await user.clear(box);
    await user.type(box, '002x');
    await waitFor(() => expect(shownNames()).toEqual(['张三']));
    await user.clear(box);
    await user.type(box, '1111');
    await waitFor(() => expect(shownNames()).toEqual(['张三丰']));
    await user.clear(box);
    await user.type(box, 'wangwu');
    await waitFor(() => expect(screen.getByText('没有符合条件的会员')).toBeTruthy());
    expect(shownNames()).toEqual([]);
  });

  it('shows only members in the register by default; a retired member stays in the store', async () => {
    const store = seeded([{ name: '张三' }, { name: '李四' }]);
    store.ctx.db.prepare("UPDATE members SET status = '退休' WHERE name = '李四'").run();
    view = renderWithStore(<MemberListPage />, '/', store);
    await waitFor(() => expect(shownNames()).toEqual(['张三']));
    expect((await view.api.call('members.list', { statuses: ['退休'] })).rows.map((m) => m.name)).toEqual(['李四']);
  });

  it('invites to add the first member only when the register is really empty', async () => {
    view = renderWithStore(<MemberListPage />);
    expect(await screen.findByText('还没有会员，点击右上角“新增会员”添加')).toBeTruthy();
    view.unmount();
    view.store.close();
    // Every member retired: the default 在册 filter shows nobody, but the register is not empty.
    const store = seeded([{ name: '张三' }]);
    store.ctx.db.prepare("UPDATE members SET status = '退休'").run();
    view = renderWithStore(<MemberListPage />, '/', store);
    expect(await screen.findByText('没有符合条件的会员')).toBeTruthy();
    expect(screen.queryByText('还没有会员，点击右上角“新增会员”添加')).toBeNull();
  });
});
