import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACTIVITY_TYPES } from '../../../shared/activities/schema';
import { ListEditorModal } from '../../../src-renderer/activities/ListEditorModal';
import { renderWithStore, type Rendered } from '../../helpers/render';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

describe('活动类型 list editor', () => {
  it('refuses a duplicate type, adds a new one and saves the whole list in order', { timeout: 120_000 }, async () => {
    const saved: string[][] = [];
    view = renderWithStore(
      <ListEditorModal open title="活动类型" itemWord="类型" items={[...DEFAULT_ACTIVITY_TYPES]} maxLength={20} saving={false} onSave={async (items) => saved.push(items)} onClose={() => undefined} />,
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('类型1'), { target: { value: '读书活动' } });
    expect(await within(dialog).findByText('类型“读书活动”重复')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('类型1'), { target: { value: '文体活动' } });
    fireEvent.change(within(dialog).getByLabelText('新的类型'), { target: { value: '节日活动' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /添加/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saved).toEqual([[...DEFAULT_ACTIVITY_TYPES, '节日活动']]));
  });
});
