/**
 * Pinyin keys for a name, computed once when the member is saved so searching by `zs` (张三) or
 * `zhangsan` is an indexed-column match rather than a conversion per row per keystroke.
 */
import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  full: string;
  initials: string;
}

export function pinyinKeys(name: string): PinyinKeys {
  // surname: 'head' reads the first character as a surname (曾 zeng, 单 shan, 解 xie).
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' });
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return { full: clean.join(''), initials: clean.map((s) => s[0]).join('') };
}
