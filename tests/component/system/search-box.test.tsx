/**
 * Search as you type: the list hears the text within 150 ms of the last keystroke (one search per
 * pause, not one per key), at once on Enter or when cleared, and never the pinyin letters of a
 * Chinese input method that is still composing.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_DELAY_MS, SearchBox } from '../../../src-renderer/components/SearchBox';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const box = () => screen.getByLabelText('查找') as HTMLInputElement;
const type = (value: string) => fireEvent.change(box(), { target: { value } });

describe('SearchBox', () => {
  it('searches within 150 ms of the last keystroke, once per pause', () => {
    const onSearch = vi.fn();
    render(<SearchBox aria-label="查找" onSearch={onSearch} />);
    expect(SEARCH_DELAY_MS).toBeLessThanOrEqual(100);
    type('z');
    act(() => void vi.advanceTimersByTime(50));
    type('zs');
    act(() => void vi.advanceTimersByTime(50));
    expect(onSearch).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(100)); // 150 ms after the last key
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSearch).toHaveBeenLastCalledWith('zs');
    expect(box().value).toBe('zs');
  });

  it('searches at once on Enter and when the box is cleared', () => {
    const onSearch = vi.fn();
    render(<SearchBox aria-label="查找" onSearch={onSearch} />);
    type('张三');
    fireEvent.keyDown(box(), { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(onSearch).toHaveBeenLastCalledWith('张三');
    type('');
    expect(onSearch).toHaveBeenLastCalledWith('');
    expect(onSearch).toHaveBeenCalledTimes(2);
  });

  it('waits while an input method is composing and searches what it commits', () => {
    const onSearch = vi.fn();
    render(<SearchBox aria-label="查找" onSearch={onSearch} />);
    fireEvent.compositionStart(box());
    type('zhang');
    act(() => void vi.advanceTimersByTime(500));
    expect(onSearch).not.toHaveBeenCalled();
    type('张');
    fireEvent.compositionEnd(box());
    act(() => void vi.advanceTimersByTime(150));
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSearch).toHaveBeenLastCalledWith('张');
  });
});
