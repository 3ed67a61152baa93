/**
 * The Russian glossary (issue 25): the terms a Russian finance reader checks,
 * as Russian management accounting words them, and the catalog never naming
 * them another way (the calques and slips a native reader flagged).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { G } from '../../src/i18n/glossary.js';

const ru = readFileSync('src/i18n/ru.ts', 'utf8');
const helpRu = readFileSync('src/i18n/help-ru.ts', 'utf8');

describe('the Russian glossary', () => {
  it('names each term the way Russian finance texts do', () => {
    expect(G).toMatchObject({
      payback: 'окупаемость',
      paybackMonth: 'срок окупаемости',
      PaybackMonth: 'Срок окупаемости',
      npv: 'ЧДД',
      npvLong: 'чистая приведённая стоимость',
      churn: 'отток',
      rebate: 'ретро-бонус',
      averageCheck: 'средний чек',
      redemptionRate: 'доля выкупа баллов',
      breakage: 'сгорание баллов',
      expired: 'сгорело по сроку',
      seed: 'начальное значение генератора',
      sample: 'выборка',
      sampling: 'метод выборки',
    });
  });

  it('the catalog and the help use no other name for them, and none of the flagged calques or slips', () => {
    for (const text of [ru, helpRu]) {
      expect(text).not.toMatch(/зерн/i); // the seed
      expect(text).not.toMatch(/(^|[\s«(])против\s/m); // a calque of "vs": «и», «в сравнении с», «вместо»
      expect(text).not.toMatch(/[Мм]есяц окупаемости/);
      expect(text).not.toMatch(/стоит около/); // "is worth": ценность информации
      expect(text).not.toMatch(/а указано/); // «а указано текст»: agreement with what follows
      expect(text).not.toMatch(/покупок последние/);
      expect(text).not.toMatch(/сгорают через, месяцев/);
      expect(text).not.toMatch(/деньги в \$\{/);
      expect(text).not.toMatch(/CLI\.md|MODEL\.md/); // files users do not have
    }
    // dates in prose: «с … по …», not ISO «..»
    expect(ru).not.toMatch(/\} \.\. \$\{/);
    expect(ru).not.toMatch(/распределение \$\{kind\}:/);
  });
});
