/**
 * The import page in jsdom against the real services: files refused before reading, a CSV taken
 * through mapping and review, a cell fixed in place, and the import written.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RosterImportPage } from '../../../src-renderer/members/roster/RosterImportPage';
import { renderWithStore, type Rendered } from '../../helpers/render';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

function fileInput(container: HTMLElement): HTMLInputElement {
  return container.querySelector('input[type=file]') as HTMLInputElement;
}

function pick(container: HTMLElement, file: File): void {
  fireEvent.change(fileInput(container), { target: { files: [file] } });
}

function sized(name: string, size: number): File {
  const file = new File(['x'], name);
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

const CSV = ['姓名,性别,身份证号,教研组,手机', '张三,女,11010519491231002X,语文组,13912345678', '李四,男,110105194912310021,数学组,', '合计：2人,,,,'].join('\r\n');

describe('RosterImportPage', () => {
  it('refuses a 100 MB file and an empty one before reading them, and says why', async () => {
    view = renderWithStore(<RosterImportPage />);
    pick(view.container, sized('大文件.xlsx', 100 * 1024 * 1024));
    expect(await screen.findByText(/文件太大（100\.0 MB）/)).toBeTruthy();
    pick(view.container, sized('空.csv', 0));
    expect(await screen.findByText(/是空文件/)).toBeTruthy();
    expect((await view.api.call('members.list', {})).total).toBe(0);
  });

  it('takes a CSV through columns and review, fixes the bad ID in place, and imports', async () => {
    const user = userEvent.setup({ delay: null });
    view = renderWithStore(<RosterImportPage />);
    pick(view.container, new File([CSV], '花名册.csv', { type: 'text/csv' }));
    await screen.findByText('下一步：检查数据');
    // 教研组 → 部门/教研组, 手机 → 联系电话.
    const row = screen.getByText('教研组').closest('tr')!;
    expect(within(row).getByText('部门/教研组')).toBeTruthy();
    await user.click(screen.getByText('下一步：检查数据'));
    const bad = await screen.findByLabelText(/第 3 行身份证号/);
    expect(bad.className).toContain('roster-cell-error');
    expect(bad.getAttribute('aria-label')).toContain('校验位');
    const importButton = () => screen.getByText(/^导入 \d+ 人$/).closest('button')!;
    expect(importButton().textContent).toBe('导入 1 人');
    expect(importButton().disabled).toBe(true);

    await user.click(bad);
    const input = screen.getByLabelText('修改第 3 行身份证号');
    await user.clear(input);
    await user.type(input, '110105194912310046{Enter}');
    await waitFor(() => expect(importButton().textContent).toBe('导入 2 人'));
    expect(importButton().disabled).toBe(false);
    await user.click(importButton());
    expect(await screen.findByText('导入完成')).toBeTruthy();
    const list = await view.api.call('members.list', {});
    expect(list.rows.map((m) => [m.name, m.department, m.idNumber]).sort()).toEqual([
      ['张三', '语文组', '11010519491231002X'],
      ['李四', '数学组', '110105194912310046'],
    ]);
    expect(await screen.findByText('花名册.csv')).toBeTruthy();
    // jsdom lays out antd tables slowly on a shared machine; the limit is generous, not a measure.
  }, 120_000);
});
