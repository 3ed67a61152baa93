import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { detectDateFormat, detectDecimal, detectEncoding, isoDay, parseDay, parseDecimal, sniffDelimiter } from '../../src/history/format.js';

describe('parseDecimal', () => {
  it.each([
    ['1234.56', '.', 1234.56],
    ['1,234.56', '.', 1234.56],
    ['1 234,56', ',', 1234.56],
    ['1\u00a0234,56', ',', 1234.56],
    ['1\u202f234,56', ',', 1234.56],
    ['1.234,56', ',', 1234.56],
    ['-14,96', ',', -14.96],
    ['(12.50)', '.', -12.5],
    ['12.50-', '.', -12.5],
    ['$29.33', '.', 29.33],
    ['17850.0', '.', 17850],
  ] as const)('%s with "%s" is %d', (raw, dec, value) => {
    expect(parseDecimal(raw, dec)).toBeCloseTo(value, 10);
  });
  it.each([['abc', '.'], ['', '.'], ['1,5', '.'], ['1,2,3', ',']] as const)('%s with "%s" is not a number', (raw, dec) => {
    expect(parseDecimal(raw, dec)).toBeNaN();
  });
  it('reads back any amount written the 1C way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), (cents) => {
        const v = cents / 100;
        const ru = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2 }).format(v);
        const en = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(v);
        expect(parseDecimal(ru, ',')).toBeCloseTo(v, 6);
        expect(parseDecimal(en, '.')).toBeCloseTo(v, 6);
      }),
    );
  });
});

describe('detectDecimal', () => {
  it('sees commas, dots, and says nothing from 3-digit groups', () => {
    expect(detectDecimal(['29,33', '14,96', '100'], ';')).toBe(',');
    expect(detectDecimal(['29.33', '1,234.50'], ',')).toBe('.');
    expect(detectDecimal(['1.234', '5'], ',')).toBe('.');
    expect(detectDecimal(['1.234', '5'], ';')).toBe(',');
  });
});

describe('dates', () => {
  it('parses the layouts, with or without a time, and rejects impossible days', () => {
    const d = Date.UTC(1997, 8, 30) / 86_400_000;
    expect(parseDay('1997-09-30', 'iso')).toBe(d);
    expect(parseDay('1997-09-30 08:26:00', 'iso')).toBe(d);
    expect(parseDay('30.09.1997 0:00:00', 'dmy')).toBe(d);
    expect(parseDay('30/09/97', 'dmy')).toBe(d);
    expect(parseDay('09/30/1997 10:00 AM', 'mdy')).toBe(d);
    expect(parseDay('19970930', 'compact')).toBe(d);
    expect(parseDay('31.02.1997', 'dmy')).toBeNaN();
    expect(parseDay('1997-13-01', 'iso')).toBeNaN();
    expect(parseDay('yesterday', 'iso')).toBeNaN();
    expect(isoDay(d)).toBe('1997-09-30');
  });
  it('decides day-first or month-first from the data, and says when it could not', () => {
    expect(detectDateFormat(['01/02/2020', '25/02/2020'], false)).toEqual({ format: 'dmy', decided: true });
    expect(detectDateFormat(['01/02/2020', '02/25/2020'], true)).toEqual({ format: 'mdy', decided: true });
    expect(detectDateFormat(['01/02/2020', '03/04/2020'], true)).toEqual({ format: 'dmy', decided: false });
    expect(detectDateFormat(['01/02/2020', '03/04/2020'], false)).toEqual({ format: 'mdy', decided: false });
    expect(detectDateFormat(['01.02.2020'], false)).toEqual({ format: 'dmy', decided: true });
    expect(detectDateFormat(['20200102'], false).format).toBe('compact');
    expect(detectDateFormat(['2020-01-02 10:00:00'], false).format).toBe('iso');
  });
});

describe('sniffDelimiter', () => {
  it('finds ; in Cyrillic 1C text with commas inside numbers and quotes', () => {
    expect(sniffDelimiter('Контрагент;Дата;Сумма\n"ООО ""Ромашка"", Москва";01.02.2020;1 234,56\nИП Иванов;02.02.2020;10,00\n')).toBe(';');
  });
  it('finds commas, tabs and pipes', () => {
    expect(sniffDelimiter('a,b,c\n1,"2;3",4\n')).toBe(',');
    expect(sniffDelimiter('a\tb\n1,5\t2\n')).toBe('\t');
    expect(sniffDelimiter('a|b\n1|2\n')).toBe('|');
  });
});

describe('detectEncoding', () => {
  const text = 'Контрагент;Дата;Сумма\nКлиент 4;01.01.1997;29,33\n';
  it('tells UTF-8, UTF-8 with BOM, Windows-1251 and UTF-16LE apart', () => {
    expect(detectEncoding(iconv.encode(text, 'utf8'))).toBe('utf8');
    expect(detectEncoding(iconv.encode(text, 'utf8', { addBOM: true }))).toBe('utf8');
    expect(detectEncoding(iconv.encode(text, 'win1251'))).toBe('win1251');
    expect(detectEncoding(iconv.encode(text, 'utf16le', { addBOM: true }))).toBe('utf16le');
    expect(detectEncoding(iconv.encode(text, 'utf16le'))).toBe('utf16le');
  });
  it('does not mistake a multi-byte character cut at the end of the sample for bad UTF-8', () => {
    const b = iconv.encode('Дата', 'utf8');
    expect(detectEncoding(b.subarray(0, b.length - 1))).toBe('utf8');
  });
});

describe('monthIndex', () => {
  it('agrees with the calendar (Date) on every day from 1900 to 2200', async () => {
    const { monthIndex } = await import('../../src/history/format.js');
    const from = Date.UTC(1900, 0, 1) / 86_400_000;
    const to = Date.UTC(2200, 0, 1) / 86_400_000;
    let bad = 0;
    for (let d = from; d <= to; d++) {
      const dt = new Date(d * 86_400_000);
      if (monthIndex(d) !== dt.getUTCFullYear() * 12 + dt.getUTCMonth()) bad++;
    }
    expect(bad).toBe(0);
  });
});
