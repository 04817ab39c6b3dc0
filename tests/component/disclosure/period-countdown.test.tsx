/**
 * The 公示期 as the form and the notice page show it: the real holiday calendar, a manual end date
 * shown at once, the warning for a year with no schedule, and the countdown from the day after posting.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeDetailPage } from '../../../src-renderer/disclosure/NoticeDetailPage';
import { NoticeFormPage } from '../../../src-renderer/disclosure/NoticeFormPage';
import { setDate } from '../../helpers/antd';
import { publishedNotice } from '../../helpers/disclosure';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';

let view: Rendered | undefined;
afterEach(() => view?.store.close());


// Ant Design forms in jsdom on a shared two-core machine are slow; these limits are not assertions.
describe('公示期 in the notice form', { timeout: 120_000 }, () => {
  it('skips the National Day holiday, shows a manual end date at once, and warns about a year with no schedule', async () => {
    const user = userEvent.setup({ delay: null });
    view = renderWithStore(<NoticeFormPage />);
    await screen.findByLabelText('公示标题');
    await waitFor(() => expect((screen.getByLabelText('公示天数（工作日）') as HTMLInputElement).value).toBe('5'), { timeout: 20_000 });
    setDate(screen.getByLabelText('发布日期'), '2026-09-30');
    await waitFor(() => expect(screen.getByTestId('computed-period').textContent).toBe('2026年9月30日至2026年10月13日'));
    expect(screen.queryByTestId('calendar-warning')).toBeNull();

    await user.click(screen.getByLabelText('手动指定截止日期'));
    setDate(await screen.findByLabelText('公示期截止日期'), '2026-10-16');
    // Before any save: the line follows the picked date, with its working days.
    await waitFor(() =>
      expect(screen.getByTestId('computed-period').textContent).toBe('2026年9月30日至2026年10月16日（8 个工作日，手动指定）'),
    );
    expect((await view.api.call('disclosure.notices.list', {})).rows).toHaveLength(0);

    await user.click(screen.getByLabelText('手动指定截止日期'));
    setDate(screen.getByLabelText('发布日期'), '2026-12-28');
    await waitFor(() => expect(screen.getByTestId('computed-period').textContent).toBe('2026年12月28日至2027年1月4日'));
    expect((await screen.findByTestId('calendar-warning')).textContent).toContain('2027年的节假日和调休安排尚未录入');
  });
});

describe('the countdown on the notice page', { timeout: 120_000 }, () => {
  it('a 5-day period posted today shows 还剩 5 个工作日', async () => {
    const store = tempStore();
    const n = publishedNotice(store.ctx.db);
    view = renderWithStore(
      <Routes>
        <Route path="/disclosure/notices/:id" element={<NoticeDetailPage />} />
      </Routes>,
      `/disclosure/notices/${n.id}`,
      store,
    );
    expect((await screen.findByTestId('days-left')).textContent).toBe('还剩 5 个工作日');
  });
});
