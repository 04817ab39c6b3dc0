import { describe, expect, it } from 'vitest';
import {
  checkResidentId,
  looksLikeScientificNotation,
  maskResidentId,
  normalizeResidentId,
  residentIdCheckChar,
} from '../../../shared/domain/resident-id';

describe('checkResidentId', () => {
  it("accepts the standard's own example and reads a woman born 1949-12-31", () => {
    expect(checkResidentId('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: '女',
    });
  });

  it('reads an odd 17th digit as a man', () => {
    const first17 = '11010519800101001';
    const id = first17 + residentIdCheckChar(first17);
    expect(checkResidentId(id)).toMatchObject({ ok: true, gender: '男', birthDate: '1980-01-01' });
  });

  it('refuses a wrong checksum with a Chinese message', () => {
    const result = checkResidentId('110105194912310021');
    expect(result).toMatchObject({ ok: false, problem: 'checksum' });
    expect(!result.ok && result.message).toContain('校验位');
  });

  it('refuses a wrong length', () => {
    expect(checkResidentId('1101051949123100')).toMatchObject({ ok: false, problem: 'length', message: '身份证号应为 18 位' });
    expect(checkResidentId('11010519491231002X1')).toMatchObject({ ok: false, problem: 'length' });
  });

  it('says an ID in scientific notation has lost digits and never guesses', () => {
    const result = checkResidentId('3.20482E+17');
    expect(result).toMatchObject({ ok: false, problem: 'scientific' });
    expect(!result.ok && result.message).toContain('科学计数法');
    expect(checkResidentId('3.20482e17')).toMatchObject({ ok: false, problem: 'scientific' });
    expect(looksLikeScientificNotation('320482199001011234')).toBe(false);
  });

  it('normalises full-width digits, lower-case x and inner spaces', () => {
    expect(normalizeResidentId('１１０１０５ 1949　1231 002x')).toBe('11010519491231002X');
    expect(checkResidentId(' １１０１０５１９４９１２３１００２ｘ ')).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('refuses letters inside and an impossible birth date', () => {
    expect(checkResidentId('1101051949123100AX')).toMatchObject({ ok: false, problem: 'characters' });
    const feb30 = '11010519490230002';
    expect(checkResidentId(feb30 + residentIdCheckChar(feb30))).toMatchObject({ ok: false, problem: 'birthDate' });
    const month13 = '11010519491331002';
    expect(checkResidentId(month13 + residentIdCheckChar(month13))).toMatchObject({ ok: false, problem: 'birthDate' });
  });

  it('reports an empty value', () => {
    expect(checkResidentId('   ')).toMatchObject({ ok: false, problem: 'empty' });
  });
});

describe('maskResidentId', () => {
  it('keeps the first 6 and the last 4 characters', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId(null)).toBe('');
    expect(maskResidentId('12345')).toBe('*****');
  });
});
