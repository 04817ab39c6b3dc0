import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/api/dispatch';
import { MemberHonoursSection } from '../../../src-renderer/honours/MemberHonoursSection';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

describe('MemberHonoursSection', () => {
  it('lists the member’s honours, newest first, with who shared them; no 登记 for a member who left', { timeout: 120_000 }, async () => {
    const store = tempStore();
    const call = async (method: Parameters<typeof dispatch>[1], input: unknown) => {
      const r = await dispatch(store.ctx, method, input, () => undefined);
      if (!r.ok) throw new Error(r.error.message);
      return r.data as { id: number };
    };
    const { id } = await call('members.create', { name: '王老师' });
    const other = await call('members.create', { name: '李老师' });
    await call('honours.create', { title: '优秀教师', level: '区县级', awardedOn: '2024-09-10', memberIds: [id] });
    await call('honours.create', { title: '师德标兵', level: '市级', awardedOn: '2025-09-10', memberIds: [id, other.id], state: '推荐' });
    view = renderWithStore(<MemberHonoursSection memberId={id} canAdd={false} />, '/', store);
    expect(await screen.findByText('师德标兵')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['2025年9月10日师德标兵市级推荐李老师', '2024年9月10日优秀教师区县级获评']);
    expect(screen.queryByRole('button', { name: '登记荣誉' })).toBeNull();
  });
});
