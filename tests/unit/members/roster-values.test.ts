import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { headerKey, matchHeader, suggestMapping } from '../../../shared/members/roster/fields';
import { excelSerialToIso, parseEmploymentType, parseFlexibleDate, parseGender } from '../../../shared/import/values';
import { decodeText, parseCsv } from '../../../src-main/import/read-csv';
import { numberText } from '../../../src-main/import/read-xlsx';

describe('dates as rosters write them', () => {
  it.each([
    ['1985-03-01', '1985-03-01', 'day'],
    ['1985-3-1', '1985-03-01', 'day'],
    ['1985/3/1', '1985-03-01', 'day'],
    ['1985.03', '1985-03-01', 'month'],
    ['1985.3', '1985-03-01', 'month'],
    ['1985年3月', '1985-03-01', 'month'],
    ['1985年3月9日', '1985-03-09', 'day'],
    ['19850301', '1985-03-01', 'day'],
    ['198503', '1985-03-01', 'month'],
    ['１９８５．０３', '1985-03-01', 'month'],
    ['31107', '1985-03-01', 'day'],
  ])('%s → %s', (raw, iso, precision) => {
    expect(parseFlexibleDate(raw)).toEqual({ iso, precision });
  });

  it.each(['', '不详', '1985-13-01', '1985-02-30', '85.3', '2026年'])('%s is not a date', (raw) => {
    expect(parseFlexibleDate(raw)).toBeNull();
  });

  it('Excel serials count from 1900 with its phantom leap day', () => {
    expect(excelSerialToIso(44927)).toBe('2023-01-01');
    expect(excelSerialToIso(12)).toBeNull();
  });
});

describe('enumerations', () => {
  it('reads gender and employment type words', () => {
    expect(parseGender(' 男 ')).toBe('男');
    expect(parseGender('女性')).toBe('女');
    expect(parseGender('')).toBeNull();
    expect(parseGender('未知')).toBeUndefined();
    expect(parseEmploymentType('代课')).toBe('临聘');
    expect(parseEmploymentType('人事代理')).toBe('编外');
    expect(parseEmploymentType('外包')).toBeUndefined();
  });
});

describe('header synonyms', () => {
  it.each([
    ['姓名', 'name'],
    ['身份证号码', 'idNumber'],
    ['公民身份号码', 'idNumber'],
    ['身份证号（18位）', 'idNumber'],
    ['出生年月', 'birthDate'],
    ['所在部门', 'department'],
    ['科室', 'department'],
    ['教研组', 'department'],
    ['年级组', 'department'],
    ['手机号码', 'phone'],
    ['手 机', 'phone'],
    ['入会日期', 'joinDate'],
    ['用工性质', 'employmentType'],
    ['*姓名', 'name'],
    ['序号', null],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('gives each field to its first column only', () => {
    expect(suggestMapping(['姓名', '电话', '手机', '姓名'])).toEqual(['name', 'phone', null, null]);
    expect(headerKey(' 联系电话： ')).toBe('联系电话');
  });
});

describe('CSV', () => {
  it('decodes UTF-8 with and without BOM, and GBK', () => {
    const text = '姓名,部门\r\n张三,语文组\r\n';
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'GB18030' });
  });

  it('keeps line numbers, quoted commas and line breaks, and skips blank lines', () => {
    const rows = parseCsv('姓名,备注\n张三,"语文,数学"\n\n李四,"第一行\n第二行"\n王五,"说""好"""\n');
    expect(rows).toEqual([
      { row: 1, cells: ['姓名', '备注'] },
      { row: 2, cells: ['张三', '语文,数学'] },
      { row: 4, cells: ['李四', '第一行\n第二行'] },
      { row: 6, cells: ['王五', '说"好"'] },
    ]);
  });

  it('finds tab and semicolon separators', () => {
    expect(parseCsv('姓名\t部门\n张三\t语文组')[1]!.cells).toEqual(['张三', '语文组']);
    expect(parseCsv('姓名;部门\n张三;语文组')[1]!.cells).toEqual(['张三', '语文组']);
  });
});

describe('numbers as Excel shows them', () => {
  it('shows an 18-digit number the way Excel mangles it', () => {
    expect(numberText(320482198507111740)).toBe('3.20482E+17');
    expect(numberText(13912345678)).toBe('13912345678');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
  });
});
