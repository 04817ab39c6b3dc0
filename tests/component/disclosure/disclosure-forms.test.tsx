import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

function clipboard(data: Record<string, string>) {
  return { clipboardData: { getData: (type: string) => data[type] ?? '' } };
}


// Ant Design forms in jsdom on a shared two-core machine are slow; these limits are not assertions.
describe('notice form', { timeout: 120_000 }, () => {
  it('shows the period end live, turns an Excel paste into a table and saves a sanitized body', async () => {
    const user = userEvent.setup({ delay: null });
    view = renderWithStore(<NoticeFormPage />);
    fireEvent.change(await screen.findByLabelText('公示标题'), { target: { value: '2026年度优秀教师评选结果' } });
    await user.click(screen.getByLabelText('公开类别'));
    await user.click(await screen.findByTitle('评先评优'));
    setDate(screen.getByLabelText('发布日期'), '2026-11-20');
    await waitFor(() => expect(screen.getByTestId('computed-period').textContent).toBe('2026年11月20日至2026年11月27日'));
    const days = screen.getByLabelText('公示天数（工作日）');
    fireEvent.change(days, { target: { value: '1' } });
    await waitFor(() => expect(screen.getByTestId('computed-period').textContent).toBe('2026年11月20日至2026年11月23日'));

    const body = screen.getByLabelText('公示内容');
    fireEvent.change(body, { target: { value: '拟评以下同志为优秀教师：' } });
    fireEvent.paste(
      body,
      clipboard({
        'text/html':
          '<html><head><style>td{mso-x:1}</style></head><body><table><tr><td onclick="alert(1)">姓名</td><td>部门</td></tr><tr><td>张三</td><td>语文组<script>alert(2)</script></td></tr></table></body></html>',
        'text/plain': '姓名\t部门\n张三\t语文组',
      }),
    );
    expect(((await screen.findByLabelText('表格第2行第1列')) as HTMLInputElement).value).toBe('张三');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(async () => expect((await view!.api.call('disclosure.notices.list', {})).rows).toHaveLength(1));
    const [saved] = (await view.api.call('disclosure.notices.list', {})).rows;
    expect(saved).toMatchObject({ title: '2026年度优秀教师评选结果', category: '评先评优', endDate: '2026-11-23', state: '草稿' });
    expect(saved?.body).toBe(
      '<p>拟评以下同志为优秀教师：</p><table><thead><tr><th>姓名</th><th>部门</th></tr></thead><tbody><tr><td>张三</td><td>语文组</td></tr></tbody></table>',
    );
  });

  it('refuses an end date set before the publish date', async () => {
    const user = userEvent.setup({ delay: null });
    view = renderWithStore(<NoticeFormPage />);
    fireEvent.change(await screen.findByLabelText('公示标题'), { target: { value: '收费标准' } });
    setDate(screen.getByLabelText('发布日期'), '2026-11-20');
    await user.click(screen.getByLabelText('手动指定截止日期'));
    setDate(await screen.findByLabelText('公示期截止日期'), '2026-11-18');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('公示期截止日期不能早于发布日期')).toBeTruthy();
    expect((await view.api.call('disclosure.notices.list', {})).rows).toHaveLength(0);
  });
});

describe('objection form', { timeout: 120_000 }, () => {
  it('asks for a real name unless the objection is anonymous', async () => {
    const user = userEvent.setup({ delay: null });
    const store = tempStore();
    const n = publishedNotice(store.ctx.db);
    view = renderWithStore(
      <Routes>
        <Route path="/disclosure/notices/:id" element={<NoticeDetailPage />} />
      </Routes>,
      `/disclosure/notices/${n.id}`,
      store,
    );

    await user.click(await screen.findByRole('button', { name: '登记异议' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('异议内容'), { target: { value: '分配比例不合理' } });
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('实名异议须填写异议人姓名')).toBeTruthy();

    await user.click(within(dialog).getByLabelText('匿名（不留姓名，不作正式受理）'));
    await waitFor(() => expect(within(dialog).queryByLabelText('异议人姓名')).toBeNull());
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await view!.api.call('disclosure.notices.get', { id: n.id })).objections).toHaveLength(1));
    const detail = await view.api.call('disclosure.notices.get', { id: n.id });
    expect(detail.objections[0]).toMatchObject({ anonymous: true, status: '匿名未受理', content: '分配比例不合理' });
  });
});
