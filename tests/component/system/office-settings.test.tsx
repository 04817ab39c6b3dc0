/**
 * 设置 → 节假日与调休 and 部门顺序, and a status change dated later, against the real services.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memberInputSchema } from '../../../shared/members/schema';
import { createMember, insertMember } from '../../../src-main/members/service';
import { StatusChangeModal } from '../../../src-renderer/members/StatusChangeModal';
import { CalendarSection } from '../../../src-renderer/settings/CalendarSection';
import { DepartmentOrderSection } from '../../../src-renderer/settings/DepartmentOrderSection';
import { setDate } from '../../helpers/antd';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';

let view: Rendered | undefined;
afterEach(() => view?.store.close());


// Ant Design in jsdom is slow on a loaded machine: generous limits, not speed assertions.
describe('节假日与调休', { timeout: 120_000 }, () => {
  it('adds days for 2027, refuses the same date twice on its row, and saves', async () => {
    const user = userEvent.setup({ delay: null });
    view = renderWithStore(<CalendarSection />);
    expect(await screen.findByText('还没有录入的日子。')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: /添加一天/ }));
    await user.click(screen.getByRole('button', { name: /添加一天/ }));
    await waitFor(() => expect(screen.getAllByTestId('calendar-row')).toHaveLength(2));
    const rows = screen.getAllByTestId('calendar-row');
    setDate(within(rows[0]!).getByPlaceholderText('日期'), '2027-01-01');
    setDate(within(rows[1]!).getByPlaceholderText('日期'), '2027-01-01');
    await waitFor(() => expect(rows[0]!.textContent).toContain('星期五，平时为工作日'));
    await user.click(screen.getByRole('button', { name: '保存节假日' }));
    expect((await screen.findAllByText('2027年1月1日录入了两次（第 1 行和第 2 行），请删去一行')).length).toBeGreaterThan(0);
    expect((await view.api.call('settings.calendar', undefined)).days).toEqual([]);

    setDate(within(rows[1]!).getByPlaceholderText('日期'), '2027-02-07');
    fireEvent.mouseDown(rows[1]!.querySelector('.ant-select-selector')!);
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll('.ant-select-item-option[title="调休上班日"]')].at(-1);
      expect(found).toBeTruthy();
      return found as HTMLElement;
    });
    fireEvent.click(option);
    fireEvent.change(within(rows[0]!).getByPlaceholderText('说明，如：春节'), { target: { value: '元旦' } });
    await user.click(screen.getByRole('button', { name: '保存节假日' }));
    await waitFor(async () =>
      expect((await view!.api.call('settings.calendar', undefined)).days).toEqual([
        { date: '2027-01-01', kind: '休息日', note: '元旦' },
        { date: '2027-02-07', kind: '调休上班日' },
      ]),
    );
  });
});

describe('部门顺序', { timeout: 120_000 }, () => {
  it('lists departments as the roster did, moves one up, sorts by pinyin, and saves', async () => {
    const user = userEvent.setup({ delay: null });
    const store = tempStore();
    for (const [name, department] of [['甲', '语文组'], ['乙', '数学组'], ['丙', '英语组'], ['丁', '综合组']] as const) {
      insertMember(store.ctx.db, memberInputSchema.parse({ name, department }));
    }
    view = renderWithStore(<DepartmentOrderSection />, '/', store);
    await waitFor(() => expect(screen.getAllByTestId('department-row').map((r) => r.textContent)).toEqual(['1语文组1 人', '2数学组1 人', '3英语组1 人', '4综合组1 人']));
    await user.click(screen.getByLabelText('上移综合组'));
    await waitFor(() => expect(screen.getAllByTestId('department-row')[2]!.textContent).toContain('综合组'));
    expect(screen.getByText('（顺序已调整，尚未保存）')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '保存顺序' }));
    await waitFor(async () => expect(await view!.api.call('members.departments', undefined)).toEqual(['语文组', '数学组', '综合组', '英语组']));

    await user.click(screen.getByRole('button', { name: '按拼音排序' }));
    await waitFor(() => expect(screen.getAllByTestId('department-row').map((r) => r.textContent?.replace(/^\d+|\d+ 人$/g, ''))).toEqual(['数学组', '英语组', '语文组', '综合组']));
    await user.click(screen.getByRole('button', { name: '保存顺序' }));
    await waitFor(async () => expect(await view!.api.call('members.departments', undefined)).toEqual(['数学组', '英语组', '语文组', '综合组']));
  });
});

describe('a status change dated later', { timeout: 120_000 }, () => {
  it('says it will be scheduled and saves it as 将于2099年6月30日退休', async () => {
    const user = userEvent.setup({ delay: null });
    const store = tempStore();
    const member = createMember(store.ctx.db, memberInputSchema.parse({ name: '张三', joinDate: '2000-09-01' }));
    const onClose = vi.fn();
    view = renderWithStore(<StatusChangeModal member={member} onClose={onClose} />, '/', store);
    fireEvent.mouseDown(await screen.findByLabelText('新状态'));
    const option = await waitFor(() => {
      const found = document.querySelector('.ant-select-item-option[title="退休"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    fireEvent.click(option);
    setDate(screen.getByLabelText('变更日期'), '2099-06-30');
    expect((await screen.findByTestId('status-scheduled-hint')).textContent).toContain('登记为“将于2099年6月30日退休”');
    await user.click(screen.getByRole('button', { name: '登记计划变更' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText('已登记：会员 张三 将于2099年6月30日退休，届时自动生效')).toBeTruthy();
    const saved = await view.api.call('members.get', { id: member.id });
    expect(saved.status).toBe('在册');
    expect(saved.scheduledStatus).toEqual({ status: '退休', date: '2099-06-30', reason: null });
  });
});
