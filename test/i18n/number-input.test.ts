import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/i18n/number-input.js';

const value = (text: string, lang: 'en' | 'ru', kind = {}) => {
  const r = readNumber(text, lang, kind);
  return r.ok ? r.value : r.problem;
};
const share = { percent: true };
const money = { currency: true };

describe('readNumber: numbers as typed', () => {
  it('reads the decimal comma and the decimal point in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      expect(value('0,25', lang)).toBe(0.25);
      expect(value('0.25', lang)).toBe(0.25);
      expect(value('1,5', lang)).toBe(1.5);
      expect(value(',5', lang)).toBe(0.5);
      expect(value('0,250', lang)).toBe(0.25);
      expect(value('1e6', lang)).toBe(1e6);
    }
  });

  it('groups thousands by a space, a no-break space and a narrow no-break space', () => {
    for (const sp of [' ', '\u00A0', '\u202F']) {
      expect(value(`6${sp}000${sp}000`, 'ru')).toBe(6_000_000);
      expect(value(`6${sp}000${sp}000`, 'en')).toBe(6_000_000);
      expect(value(`1${sp}234,5`, 'ru')).toBe(1234.5);
    }
    expect(value('1,000,000', 'ru')).toBe(1_000_000);
    expect(value('1.000.000', 'en')).toBe(1_000_000);
    expect(value('1,234.5', 'ru')).toBe(1234.5);
    expect(value('1.234,5', 'en')).toBe(1234.5);
  });

  it('reads the one ambiguous form, a comma before exactly three digits, by the language', () => {
    expect(value('1,000', 'en')).toBe(1000);
    expect(value('1,000', 'ru')).toBe(1);
    expect(value('12,500', 'en')).toBe(12500);
    expect(value('12,500', 'ru')).toBe(12.5);
  });

  it('takes a trailing % as a share only where the input is a share', () => {
    expect(value('25 %', 'ru', share)).toBe(0.25);
    expect(value('25%', 'en', share)).toBe(0.25);
    expect(value('1,3 %', 'ru', share)).toBe(0.013);
    expect(value('0,25', 'ru', share)).toBe(0.25);
    expect(value('25 %', 'ru')).toEqual({ kind: 'percent' });
  });

  it('drops a currency mark only where the input is an amount', () => {
    for (const t of ['6 000 000 ₽', '6 000 000 руб.', '6000000 руб', '6 000 000 RUB', '₽6 000 000', 'RUB 6000000', '6\u00A0000\u00A0000\u00A0₽'])
      expect(value(t, 'ru', money), t).toBe(6_000_000);
    expect(value('6 000 000 ₽', 'ru')).toEqual({ kind: 'currency', part: '₽' });
  });

  it('reads the typographic minus the Russian output prints', () => {
    expect(value('−0,5', 'ru')).toBe(-0.5);
    expect(value('-0.5', 'ru')).toBe(-0.5);
    expect(value('−5 %', 'ru', share)).toBe(-0.05);
  });

  it('says what it could not read', () => {
    expect(value('', 'ru')).toEqual({ kind: 'empty' });
    expect(value('150%abc-5', 'ru', share)).toEqual({ kind: 'unreadable', part: '%abc' + '-5' });
    expect(value('12abc', 'en')).toEqual({ kind: 'unreadable', part: 'abc' });
    expect(value('abc', 'en')).toEqual({ kind: 'unreadable', part: 'abc' });
    expect(value('1 00 000', 'ru')).toEqual({ kind: 'grouping', part: '1 00 000' });
    expect(value('1,00,000', 'ru')).toEqual({ kind: 'grouping', part: '1,00,000' });
    expect(value('1.', 'en')).toEqual({ kind: 'unreadable', part: '1.' });
    expect(value('%', 'en', share)).toEqual({ kind: 'unreadable', part: '%' });
  });
});
