import { describe, expect, it } from 'vitest';
import { compareNumberedNames, numberInName, parseChineseNumber } from '../../../shared/domain/chinese-numerals';

describe('Chinese numerals in names', () => {
  it('reads the numbers delegations are named with', () => {
    expect(parseChineseNumber('一')).toBe(1);
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('十二')).toBe(12);
    expect(parseChineseNumber('二十')).toBe(20);
    expect(parseChineseNumber('二十三')).toBe(23);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('两')).toBe(2);
    expect(parseChineseNumber('二〇二六')).toBe(2026);
    expect(parseChineseNumber('代表')).toBeNull();
  });
  it('finds the number in a name, Chinese or Arabic (full-width too)', () => {
    expect(numberInName('第十一代表团')).toBe(11);
    expect(numberInName('第3代表团')).toBe(3);
    expect(numberInName('第１２组')).toBe(12);
    expect(numberInName('行政代表团')).toBeNull();
  });
  it('sorts 第一, 第二 … 第十, 第十一 by number; unnumbered and empty after', () => {
    const names = ['第十代表团', '行政代表团', null, '第二代表团', '第十一代表团', '第一代表团', '第3代表团'];
    expect([...names].sort(compareNumberedNames)).toEqual(['第一代表团', '第二代表团', '第3代表团', '第十代表团', '第十一代表团', '行政代表团', null]);
  });
});
