import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateGeneralSettings } from '../../../src-main/settings/service';
import { SettingsPage } from '../../../src-renderer/settings/SettingsPage';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';

// The other areas' sections (standards tables and the like) have their own tests; rendering them
// here would only make this test slow in jsdom.
vi.mock('../../../src-renderer/settings/sections', () => ({ settingsSections: [] }));

let view: Rendered | undefined;
afterEach(() => view?.store.close());

// Ant Design in jsdom is slow on a loaded machine: a generous limit, not a speed assertion.
describe('SettingsPage', { timeout: 90_000 }, () => {
  it('shows the stored settings and saves changes to the database', async () => {
    const user = userEvent.setup({ delay: null });
    const store = tempStore();
    updateGeneralSettings(store.ctx.db, { schoolName: '第一中学', supervisionPhone: '0512-65432100' });
    view = renderWithStore(<SettingsPage />, '/', store);
    const school = (await screen.findByLabelText('学校名称')) as HTMLInputElement;
    await waitFor(() => expect(school.value).toBe('第一中学'));
    await user.type(screen.getByLabelText('工会名称'), '第一中学工会委员会');
    await user.type(screen.getByLabelText('监督邮箱'), 'gh@school.cn');
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByText('设置已保存')).toBeTruthy();
    expect(await view.api.call('settings.get')).toEqual({
      schoolName: '第一中学',
      unionName: '第一中学工会委员会',
      supervisionPhone: '0512-65432100',
      supervisionEmail: 'gh@school.cn',
    });
    expect(await screen.findByText(view.store.file)).toBeTruthy();
  });

  it('refuses a bad email and a bad phone on the form and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    view = renderWithStore(<SettingsPage />);
    await user.type(await screen.findByLabelText('学校名称'), '第二中学');
    await user.type(screen.getByLabelText('监督邮箱'), 'not-an-email');
    await user.type(screen.getByLabelText('监督电话'), '12345');
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    expect((await screen.findAllByText(/监督邮箱格式不正确/)).length).toBeGreaterThan(0);
    expect((await screen.findAllByText(/联系电话应为 11 位手机号/)).length).toBeGreaterThan(0);
    expect((await view.api.call('settings.get')).schoolName).toBe('');
  });
});
