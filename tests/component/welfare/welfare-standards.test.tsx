import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { StandardsSection } from '../../../src-renderer/welfare/StandardsSection';
import { renderWithStore, type Rendered } from '../../helpers/render';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

describe('StandardsSection', () => {
  it('shows the example marker and saves the branch’s own table', { timeout: 180_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    view = renderWithStore(<StandardsSection />);
    expect(await screen.findByText('示例标准，请按本单位财务制度调整')).toBeTruthy();
    const caps = await screen.findAllByLabelText('每次慰问金上限');
    expect((caps[0] as HTMLInputElement).value).toBe('1000');
    // One change event instead of typing: a 12-row editable table re-renders slowly in jsdom.
    fireEvent.change(caps[0]!, { target: { value: '800' } });
    await user.click(screen.getByRole('button', { name: '保存标准' }));
    await waitFor(async () => expect((await view!.api.call('welfare.standards.get')).isExample).toBe(false));
    const saved = await view.api.call('welfare.standards.get');
    expect(saved.items[0]).toMatchObject({ reason: '生病住院', capFen: 80_000, maxPerYear: 2 });
    await waitFor(() => expect(screen.queryByText('示例标准，请按本单位财务制度调整')).toBeNull());
  });
});
