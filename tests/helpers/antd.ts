/**
 * Driving Ant Design inputs in jsdom the quick way, where a keystroke per character is not what a
 * test is about.
 */
import { fireEvent } from '@testing-library/react';

/** Types a whole date into an Ant Design DatePicker at once (key by key redraws the calendar each time). */
export function setDate(input: HTMLElement, value: string): void {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
}
