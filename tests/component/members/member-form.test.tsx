import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MemberFormDrawer } from '../../../src-renderer/members/MemberFormDrawer';
import { renderWithStore, type Rendered } from '../../helpers/render';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

// Ant Design forms in jsdom on a shared two-core machine are slow; this limit is not an assertion.
describe('MemberFormDrawer', { timeout: 120_000 }, () => {
  it('fills gender and birth date from a valid ID and saves the member', async () => {
    const user = userEvent.setup({ delay: null });
    let saved = '';
    view = renderWithStore(<MemberFormDrawer open onClose={() => undefined} onSaved={(m) => (saved = m.name)} />);
    await user.type(await screen.findByLabelText('姓名'), '李四');
    // Pasted whole, as IDs usually arrive: 18 keystrokes each re-rendered and re-validated the drawer.
    await user.click(screen.getByLabelText('身份证号'));
    await user.paste('11010519491231002X');
    await waitFor(() => expect((screen.getByLabelText('女') as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText('出生日期') as HTMLInputElement).value).toBe('1949-12-31');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saved).toBe('李四'));
    const list = await view.api.call('members.list', {});
    expect(list.rows[0]).toMatchObject({ name: '李四', gender: '女', birthDate: '1949-12-31' });
  });

  it('shows the checksum error on the ID field and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    view = renderWithStore(<MemberFormDrawer open onClose={() => undefined} />);
    await user.type(await screen.findByLabelText('姓名'), '王五');
    // Pasted whole, as IDs usually arrive: 18 keystrokes each re-rendered and re-validated the drawer.
    await user.click(screen.getByLabelText('身份证号'));
    await user.paste('110105194912310021');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('身份证号校验位不正确，请核对是否有输错的数字')).toBeTruthy();
    expect((await view.api.call('members.list', {})).total).toBe(0);
  });
});
