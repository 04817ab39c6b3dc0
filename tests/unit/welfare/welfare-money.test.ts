import { describe, expect, it } from 'vitest';
import { fenToCapital, parseYuanText } from '../../../shared/domain/money';
import { fenToYuanText } from '../../../shared/welfare/schema';

describe('yuan text in the welfare forms', () => {
  it('turns yuan text into fen', () => {
    expect(parseYuanText('500')).toEqual({ ok: true, fen: 50_000 });
    expect(parseYuanText('¥1,200.5')).toEqual({ ok: true, fen: 120_050 });
    expect(parseYuanText(' 0.05 元')).toEqual({ ok: true, fen: 5 });
    expect(parseYuanText('')).toEqual({ ok: true, fen: 0 });
  });

  it('says why an amount is refused', () => {
    expect(parseYuanText('-100')).toEqual({ ok: false, message: '金额不能为负数' });
    expect(parseYuanText('100.555')).toEqual({ ok: false, message: '金额最多保留两位小数（精确到分）' });
    expect(parseYuanText('五百')).toEqual({ ok: false, message: '请输入数字金额（单位：元），例如 500 或 500.50' });
    expect(parseYuanText('1e5')).toMatchObject({ ok: false });
    expect(parseYuanText('99999999999')).toEqual({ ok: false, message: '金额过大，请核对' });
  });

  it('shows fen back as plain yuan for editing', () => {
    expect(fenToYuanText(120_000)).toBe('1200');
    expect(fenToYuanText(12_345)).toBe('123.45');
    expect(fenToYuanText(5)).toBe('0.05');
  });

  it('writes sign-off sheet totals in capitals', () => {
    // Totals a sign-off sheet typically adds up to: 3 × 400 元, 2 × 500.25 元, a batch of 20 × 500 元.
    expect(fenToCapital(3 * 40_000)).toBe('壹仟贰佰元整');
    expect(fenToCapital(2 * 50_025)).toBe('壹仟元伍角整');
    expect(fenToCapital(20 * 50_000)).toBe('壹万元整');
  });
});
