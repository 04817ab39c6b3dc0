import { describe, expect, it } from 'vitest';
import { fenToCapital, formatFen, parseYuanText } from '../../../shared/domain/money';

describe('formatFen', () => {
  it('writes yuan with thousands separators and two decimals', () => {
    expect(formatFen(120000)).toBe('¥1,200.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
    expect(formatFen(-1050)).toBe('-¥10.50');
  });

  it('refuses a float', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });
});

describe('fenToCapital', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [1000, '壹拾元整'],
    // After 角 the 整 is optional under the payment rules (支付结算办法); the program writes it.
    [10050, '壹佰元伍角整'],
    [100100, '壹仟零壹元整'],
    [1000000, '壹万元整'],
    [10000000100, '壹亿零壹元整'],
    [120000, '壹仟贰佰元整'],
    [10005, '壹佰元零伍分'],
    [100000100, '壹佰万零壹元整'],
    [1234567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
  ])('%i fen → %s', (fen, text) => {
    expect(fenToCapital(fen)).toBe(text);
  });

  it('refuses a float', () => {
    expect(() => fenToCapital(0.5)).toThrow(RangeError);
  });
});

describe('parseYuanText', () => {
  const fen = (text: string) => {
    const r = parseYuanText(text);
    return r.ok ? r.fen : null;
  };

  it('reads the ways people type amounts', () => {
    expect(fen('1200')).toBe(120000);
    expect(fen('1,200.5')).toBe(120050);
    expect(fen('¥12.30')).toBe(1230);
    expect(fen('￥ 600 元')).toBe(60000);
    expect(fen('0.05')).toBe(5);
  });

  it('refuses negatives, more than two decimals and non-numbers', () => {
    expect(fen('-5')).toBeNull();
    expect(fen('1.234')).toBeNull();
    expect(fen('abc')).toBeNull();
    expect(fen('1e3')).toBeNull();
    expect(fen('--5')).toBeNull();
    expect(fen('12.')).toBeNull();
  });

  it('keeps money exact where floats would not (0.1 + 0.2)', () => {
    expect((fen('0.1') ?? 0) + (fen('0.2') ?? 0)).toBe(30);
  });
});
