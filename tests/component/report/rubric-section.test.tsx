/**
 * 设置 → 考核细则 on a real store: the example rubric (100 points) is edited in place, a total other
 * than 100 is flagged and asked about before saving, a saved edit is the 自评表's rubric, and
 * 恢复示例细则 brings the example back.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../../../shared/report/rubric';
import { RubricSection } from '../../../src-renderer/report/self/RubricSection';
import { renderWithStore, type Rendered } from '../../helpers/render';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

const points = () => screen.getAllByLabelText('分值') as HTMLInputElement[];
const titles = () => screen.getAllByLabelText('考核内容') as HTMLInputElement[];
const button = (name: RegExp) => [...document.querySelectorAll('button')].find((b) => name.test(b.textContent?.replace(/\s/g, '') ?? ''))!;

describe('RubricSection', { timeout: 120_000 }, () => {
  it('edits points with the 100-point check, saves, and 恢复示例细则 brings the example back', async () => {
    view = renderWithStore(<RubricSection />);
    const { api } = view;
    await waitFor(() => expect(titles()).toHaveLength(DEFAULT_RUBRIC.length));
    expect(screen.getByText('示例细则，请按上级工会的考核细则修改')).toBeTruthy();
    expect(screen.getByTestId('rubric-total').textContent).toBe('合计 100 分');

    // 10 → 15 on the first item: 105 in all, flagged, and asked about on saving.
    fireEvent.change(points()[0]!, { target: { value: '15' } });
    await waitFor(() => expect(screen.getByTestId('rubric-total').textContent).toBe('合计 105 分（不是 100 分，请核对分值）'));
    fireEvent.click(button(/^保存考核细则$/));
    const dialog = (await screen.findAllByText('各项分值合计 105 分，不是 100 分'))[0]!.closest('.ant-modal-confirm') as HTMLElement;
    fireEvent.click(within(dialog).getByText('返回修改'));
    await waitFor(() => expect(screen.queryAllByText('各项分值合计 105 分，不是 100 分')).toHaveLength(0));
    expect((await api.call('report.rubric.get', undefined)).items[0]!.points).toBe(DEFAULT_RUBRIC[0]!.points);

    // Back to 100 by taking 5 off the fourth item (10 → 5), and the district's own wording: saved at once.
    fireEvent.change(points()[3]!, { target: { value: '5' } });
    fireEvent.change(titles()[0]!, { target: { value: '会员信息准确，按时发展新会员' } });
    await waitFor(() => expect(screen.getByTestId('rubric-total').textContent).toBe('合计 100 分'));
    fireEvent.click(button(/^保存考核细则$/));
    await screen.findByText('考核细则已保存');
    const saved = await api.call('report.rubric.get', undefined);
    expect(saved.isExample).toBe(false);
    expect([saved.items[0], saved.items[3]].map((i) => [i!.title, i!.points])).toEqual([
      ['会员信息准确，按时发展新会员', 15],
      [DEFAULT_RUBRIC[3]!.title, 5],
    ]);
    await waitFor(() => expect(screen.queryByText('示例细则，请按上级工会的考核细则修改')).toBeNull());

    fireEvent.click(button(/^恢复示例细则$/));
    const confirm = (await screen.findAllByText('恢复为示例考核细则？'))[0]!.closest('.ant-modal-confirm') as HTMLElement;
    fireEvent.click(within(confirm).getByText(/恢\s*复/, { selector: 'button span' }));
    await screen.findByText('已恢复为示例考核细则');
    await waitFor(() => expect(titles()[0]!.value).toBe(DEFAULT_RUBRIC[0]!.title));
    expect(points()[0]!.value).toBe(String(DEFAULT_RUBRIC[0]!.points));
    expect(screen.getByTestId('rubric-total').textContent).toBe('合计 100 分');
    expect((await api.call('report.rubric.get', undefined)).isExample).toBe(true);
  });
});
