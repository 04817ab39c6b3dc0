/**
 * The search box of every list: search as you type. The box keeps its own text, so a keystroke
 * re-renders only the box, not the list under it (on an office PC re-rendering a 20-row table per
 * key is what made the answer lag by half a second); the list hears the text once typing pauses for
 * SEARCH_DELAY_MS, at once on Enter, and not while a Chinese input method is still composing
 * (pinyin letters are not what the user is looking for).
 */
import { Input } from 'antd';
import type { SearchProps } from 'antd/es/input';
import { useEffect, useRef, useState } from 'react';

/** Long enough that a brisk typist's keys (about 120 ms apart) mostly coalesce, short enough to feel instant. */
export const SEARCH_DELAY_MS = 90;

type Props = Omit<SearchProps, 'value' | 'onChange' | 'onSearch' | 'defaultValue'> & {
  onSearch(text: string): void;
  initialValue?: string;
  delay?: number;
};

export function SearchBox({ onSearch, initialValue = '', delay = SEARCH_DELAY_MS, ...props }: Props) {
  const [text, setText] = useState(initialValue);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef(onSearch);
  latest.current = onSearch;
  const sent = useRef(initialValue);

  const send = (value: string, wait: number) => {
    clearTimeout(timer.current);
    const fire = () => {
      if (value === sent.current) return;
      sent.current = value;
      latest.current(value);
    };
    if (wait <= 0) fire();
    else timer.current = setTimeout(fire, wait);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <Input.Search
      allowClear
      {...props}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (!composing.current) send(e.target.value, e.target.value === '' ? 0 : delay);
      }}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={(e) => {
        composing.current = false;
        send(e.currentTarget.value, delay);
      }}
      onSearch={(value) => send(value, 0)}
    />
  );
}
