/**
 * The congress forms against the real services: the motion form's co-signer rule, the review
 * dialog's reason rule, and the vote form's live totals check and computed result.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MotionFormDrawer } from '../../../src-renderer/congress/MotionFormDrawer';
import { ReviewModal } from '../../../src-renderer/congress/ReviewModal';
import { VoteFormModal } from '../../../src-renderer/congress/VoteFormModal';
import { congressFixture } from '../../helpers/congress';
import { renderWithStore, type Rendered } from '../../helpers/render';
import { tempStore } from '../../helpers/store';
import { createMotion, getMotion } from '../../../src-main/congress/motions';

let view: Rendered | undefined;
afterEach(() => view?.store.close());

const count = (v: Rendered, table: string) => (v.store.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Ant Design select: open it, type to filter, click the match, which then shows as chosen. */
async function selectOption(label: string, text: string) {
  const input = screen.getByLabelText(label);
  // A multiple select stays open after a pick; a second mouse-down would close it.
  if (input.getAttribute('aria-expanded') !== 'true') fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: text } });
  const option = () =>
    [...(document.getElementById(input.getAttribute('aria-controls') ?? '')?.closest('.ant-select-dropdown')?.querySelectorAll('.ant-select-item-option') ?? [])].find(
      (o) => o.getAttribute('title')?.includes(text),
    );
  await waitFor(() => expect(option()).toBeTruthy());
  fireEvent.click(option()!);
  const chosen = () => [...(input.closest('.ant-select')?.querySelectorAll('.ant-select-selection-item') ?? [])].map((e) => e.textContent).join();
  await waitFor(() => expect(chosen()).toContain(text));
}

const typeInto = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('MotionFormDrawer', () => {
  it('asks for enough co-signers before saving, then files the motion', { timeout: 120_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const store = tempStore();
    const fx = congressFixture(store.ctx.db);
    let saved = '';
    view = renderWithStore(<MotionFormDrawer open session={fx.session} onClose={() => undefined} onSaved={(m) => (saved = m.number)} />, '/', store);
    await screen.findByLabelText('案由');
    typeInto('案由', '关于增设教师休息室的建议');
    typeInto('理由', '教师课间无处休息');
    typeInto('建议/办法', '利用空闲教室改建');
    await selectOption('类别', '福利');
    await selectOption('提案人', '张老师');
    await selectOption('附议人', '李老师');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('附议人至少 2 名，现有 1 名')).toBeTruthy();
    expect(count(view, 'congress_motions')).toBe(0);
    await selectOption('附议人', '王老师');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saved).toBe('5-2-001'));
    const row = view.store.ctx.db.prepare('SELECT title, category FROM congress_motions').get();
    expect(row).toEqual({ title: '关于增设教师休息室的建议', category: '福利待遇' });
  });
});

describe('ReviewModal', () => {
  it('needs a reason for 不予立案 and records the decision', { timeout: 120_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const store = tempStore();
    const fx = congressFixture(store.ctx.db);
    const motion = createMotion(store.ctx.db, {
      sessionId: fx.session.id,
      motionTitle: '关于组织春游',
      motionReasons: 'r',
      motionProposals: 'p',
      motionCategory: '其他',
      proposerId: fx.d.张老师,
      cosignerIds: [fx.d.李老师, fx.d.王老师],
      submittedOn: '2026-11-01',
    });
    view = renderWithStore(<ReviewModal open motion={motion} replyDays={30} onClose={() => undefined} />, '/', store);
    await user.click(await screen.findByLabelText('不予立案'));
    await user.click(screen.getByRole('button', { name: '保存审查意见' }));
    expect(await screen.findByText('不予立案须写明理由')).toBeTruthy();
    expect(getMotion(store.ctx.db, motion.id).state).toBe('待审查');
    typeInto('理由', '不属于教代会职权范围');
    await user.click(screen.getByRole('button', { name: '保存审查意见' }));
    await waitFor(() => expect(getMotion(store.ctx.db, motion.id).state).toBe('不予立案'));
    expect(getMotion(store.ctx.db, motion.id).decisionReason).toBe('不属于教代会职权范围');
  });
});

describe('VoteFormModal', () => {
  it('says why totals do not add up, saves nothing, and stores the computed result once they do', { timeout: 120_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const store = tempStore();
    const fx = congressFixture(store.ctx.db);
    view = renderWithStore(<VoteFormModal open session={fx.session} onClose={() => undefined} />, '/', store);
    await screen.findByLabelText('表决事项');
    typeInto('表决事项', '岗位设置方案');
    const dialog = screen.getByRole('dialog');
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')).toHaveLength(6));
    expect(within(dialog).queryByLabelText('周列席')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '全部到会' }));
    typeInto('赞成', '3');
    typeInto('反对', '2');
    expect(await screen.findByText('票数对不上：赞成 3 + 反对 2 + 弃权 0 + 无效 0 = 5，与实到人数 6 不符')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(count(view, 'congress_votes')).toBe(0);
    typeInto('弃权', '1');
    await waitFor(() => expect(screen.queryByTestId('vote-problem')).toBeNull());
    // 3 of 6 due is not more than half: the form shows 未通过 before saving, and the store agrees.
    expect(within(screen.getByTestId('vote-verdict')).getByText('未通过')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(count(view!, 'congress_votes')).toBe(1));
    expect(view.store.ctx.db.prepare('SELECT due, present, result FROM congress_votes').get()).toEqual({ due: 6, present: 6, result: '未通过' });
  });
});
