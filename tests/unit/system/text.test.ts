import { describe, expect, it } from 'vitest';
import { normalizeName, normalizePhone, removeSpaces, toHalfWidth, trimAll } from '../../../shared/domain/text';

describe('text helpers', () => {
  it('turns full-width characters and the ideographic space into half-width', () => {
    expect(toHalfWidth('１２３ＡＢｃ（）　')).toBe('123ABc() ');
    expect(toHalfWidth('张三')).toBe('张三');
  });

  it('trims every kind of blank at both ends only', () => {
    expect(trimAll('\u3000 \u00a0张 三\ufeff ')).toBe('张 三');
    expect(removeSpaces(' 1 2\u30003\u00a04 ')).toBe('1234');
  });

  it('joins Chinese names and keeps single spaces in Latin names', () => {
    expect(normalizeName('  张　 三 ')).toBe('张三');
    expect(normalizeName('买买提·艾力')).toBe('买买提·艾力');
    expect(normalizeName('John   Smith ')).toBe('John Smith');
  });

  it('normalises phones to half-width digits with one kind of dash', () => {
    expect(normalizePhone('１３９ 1234 5678')).toBe('13912345678');
    expect(normalizePhone('0512－65432100')).toBe('0512-65432100');
    expect(normalizePhone('0512—65432100')).toBe('0512-65432100');
  });
});
