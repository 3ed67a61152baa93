import { describe, expect, it } from 'vitest';
import { catalog, detectLang, langFromEnv, localeOf } from '../../src/i18n/index.js';
import { pluralForm } from '../../src/i18n/plural.js';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';
import { formatDate, formatMoney, formatPercent, proseNumber } from '../../src/report/format.js';

describe('the language of a command line', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG; an empty one counts as unset; ru_* is Russian', () => {
    expect(langFromEnv({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(langFromEnv({ LANG: 'ru' })).toBe('ru');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ru');
    expect(langFromEnv({ LC_ALL: '', LC_MESSAGES: '', LANG: 'ru_UA.UTF-8' })).toBe('ru');
    // a language merely starting with "ru" is not Russian
    expect(langFromEnv({ LANG: 'rw_RW.UTF-8' })).toBe('en');
  });

  it('--lang wins over the environment, the last one counts, and an unknown value falls back to the environment', () => {
    expect(detectLang(['simulate', 'a.yaml', '--lang', 'ru'], {})).toBe('ru');
    expect(detectLang(['--lang=ru', 'simulate'], { LANG: 'en_US' })).toBe('ru');
    expect(detectLang(['--lang', 'en', 'simulate'], { LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(detectLang(['--lang', 'ru', 'simulate', '--lang=en'], {})).toBe('en');
    expect(detectLang(['--lang', 'de'], { LANG: 'ru_RU.UTF-8' })).toBe('ru');
    // after `--` nothing is an option
    expect(detectLang(['--', '--lang', 'ru'], {})).toBe('en');
  });

  it('the number and date locale follows the language', () => {
    expect(localeOf('ru')).toBe('ru-RU');
    expect(localeOf('en')).toBe('en-US');
  });
});

describe('Russian plurals and typography', () => {
  const client = (n: number) => `${n} ${pluralForm('ru', n, { one: 'клиент', few: 'клиента', many: 'клиентов', other: 'клиента' })}`;
  it('1 клиент, 2 клиента, 5 клиентов, 11 клиентов, 21 клиент, 1,5 клиента', () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0].map(client)).toEqual([
      '1 клиент', '2 клиента', '4 клиента', '5 клиентов', '11 клиентов', '12 клиентов', '14 клиентов',
      '21 клиент', '22 клиента', '25 клиентов', '101 клиент', '111 клиентов', '0 клиентов',
    ]);
    expect(client(1.5)).toBe('1.5 клиента');
  });

  it('validate counts in Russian: 1 проект, 2 ошибки, 5 предупреждений', () => {
    expect(ru.validate.summary(1, 1, 0, 2, 5)).toBe('1 проект: корректных 1, с ошибками 0 (2 ошибки, 5 предупреждений)');
    expect(ru.validate.summary(21, 20, 1, 1, 0)).toBe('21 проект: корректных 20, с ошибками 1 (1 ошибка, 0 предупреждений)');
    expect(en.validate.summary(1, 1, 0, 2, 1)).toBe('1 draft: 1 valid, 0 invalid (2 errors, 1 warning)');
  });

  it('money is 1 234 567,89 ₽ with no-break spaces, percent has a space before %, dates are DD.MM.YYYY', () => {
    const o = { locale: localeOf('ru'), currency: 'RUB' };
    expect(formatMoney(1234567.891, o, 2)).toBe('1\u00a0234\u00a0567,89\u00a0₽');
    expect(formatPercent(0.153, 'ru-RU')).toBe('15,3\u00a0%');
    expect(ru.common.pct(0.05)).toBe('5\u00a0%');
    expect(formatDate('2024-03-01', 'ru-RU')).toBe('01.03.2024');
  });

  it('runs after a preposition take its case: в 1 прогоне, в 2 прогонах, в 5 прогонах; из 1 прогона; по 21 прогону', () => {
    expect([1, 2, 5, 21, 1000].map((n) => ru.sim.roiUndefinedRuns(n).split(' (')[0])).toEqual([
      'ROI не определён в 1 прогоне', 'ROI не определён в 2 прогонах', 'ROI не определён в 5 прогонах', 'ROI не определён в 21 прогоне', 'ROI не определён в 1\u00a0000 прогонах',
    ]);
    expect(ru.cli.interruptedRuns(0, 1)).toContain('завершено 0 из 1 прогона;');
    expect(ru.cli.interruptedRuns(3, 20)).toContain('завершено 3 из 20 прогонов;');
    expect(ru.sim.calibration('40', '1,3', '12', false, '0,3', 21)).toContain('по 21 прогону.');
    expect(ru.sim.calibration('40', '1,3', '12', false, '0,3', 200)).toContain('по 200 прогонам.');
    expect(en.sim.roiUndefinedRuns(2)).toBe('ROI is undefined in 2 runs (program cost 0); they are left out of its statistics.');
  });

  it('a number in Russian prose is grouped as run counts are (1 000 with a no-break space), with a decimal comma; English stays as JavaScript writes it', () => {
    const ruNum = proseNumber('ru-RU');
    expect([ruNum(1000), ruNum(-12345.678, 2), ruNum(999), ruNum(0.3), ruNum(1.5e-7), ruNum(1234567)]).toEqual(['1\u00a0000', '−12\u00a0345,68', '999', '0,3', '1,5e-7', '1\u00a0234\u00a0567']);
    const enNum = proseNumber('en-US');
    expect([enNum(1000), enNum(-12345.678, 2), enNum(0.3)]).toEqual(['1000', '-12345.68', '0.3']);
  });

  it('every catalog has the same keys as the English one, each of the same kind (text or function)', () => {
    const shape = (o: unknown): unknown =>
      typeof o === 'function' ? 'fn' : typeof o === 'string' ? 'text' : Object.fromEntries(Object.entries(o as object).map(([k, v]) => [k, shape(v)]));
    expect(shape(catalog('ru'))).toEqual(shape(catalog('en')));
  });
});
