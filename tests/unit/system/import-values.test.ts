/**
 * The cell values every record-set import reads: money written as registers write it, calendar
 * days written every way (and refused when not a day), 是/否, lists in one cell, header words.
 */
import { describe, expect, it } from 'vitest';
import { headerMatcher } from '../../../shared/import/headers';
import { parseDay, parseMoneyFen, parseYesNo, splitList } from '../../../shared/import/values';

describe('parseMoneyFen', () => {
  it.each([
    ['1200', 120000],
    ['1,200.00', 120000],
    ['¥1200', 120000],
    ['￥1,200', 120000],
    ['1200元', 120000],
    ['1200.5元', 120050],
    ['0.12万', 120000],
    ['0.12万元', 120000],
    ['１２００', 120000],
    ['', 0],
  ])('%s → %i fen', (text, fen) => {
    expect(parseMoneyFen(text)).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['12OO', '不是数字'],
    ['一千二', '不是数字'],
    ['1200abc', '不是数字'],
    ['-50', '负数'],
    ['12.345', '精确到分以下'],
    ['0.0000001万', '精确到分以下'],
    ['99999999999', '过大'],
  ])('%s is refused (%s)', (text, why) => {
    const r = parseMoneyFen(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(why);
  });
});

describe('parseDay', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026.3.1', '2026-03-01'],
    ['2026/3/1', '2026-03-01'],
    ['2026年3月1日', '2026-03-01'],
    ['2026年3月1号', '2026-03-01'],
    ['3/1/2026', '2026-03-01'],
    ['20260301', '2026-03-01'],
    ['46082', '2026-03-01'],
  ])('%s → %s', (text, iso) => {
    expect(parseDay(text)).toEqual({ ok: true, value: iso });
  });

  it('refuses a month alone, an impossible day and words', () => {
    expect(parseDay('2026.3')).toMatchObject({ ok: false, message: expect.stringContaining('只写到月份') });
    expect(parseDay('2026-02-30')).toMatchObject({ ok: false, message: expect.stringContaining('无法识别') });
    expect(parseDay('三月一日')).toMatchObject({ ok: false, message: expect.stringContaining('无法识别') });
    expect(parseDay('')).toMatchObject({ ok: false, message: '日期为空' });
  });
});

describe('parseYesNo and splitList', () => {
  it('reads 是/否 columns, blank as 否, and refuses anything else', () => {
    expect(parseYesNo('是')).toEqual({ ok: true, value: true });
    expect(parseYesNo('√')).toEqual({ ok: true, value: true });
    expect(parseYesNo('否')).toEqual({ ok: true, value: false });
    expect(parseYesNo('')).toEqual({ ok: true, value: false });
    expect(parseYesNo('也许')).toMatchObject({ ok: false });
  });

  it('splits a list written with 、，; or spaces', () => {
    expect(splitList('张三、李四，王五; 赵六  钱七')).toEqual(['张三', '李四', '王五', '赵六', '钱七']);
    expect(splitList('')).toEqual([]);
  });
});

describe('headerMatcher', () => {
  it('matches headers with remarks and full-width forms, each field to its first column only', () => {
    const m = headerMatcher({ amount: ['慰问金', '金额'], name: ['姓名'] });
    expect(m.match('慰问金（元）')).toBe('amount');
    expect(m.match(' 姓 名 ')).toBe('name');
    expect(m.suggest(['序号', '姓名', '金额(元)', '慰问金'])).toEqual([null, 'name', 'amount', null]);
  });
});
