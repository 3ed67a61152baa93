import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fittedThresholds, fitDraftText, nearestRank, roundedRising, roundSignificant, thresholdQuantiles, type HistoryBase } from '../../src/draft/from-history.js';
import { checkDraftText } from '../../src/draft/load.js';
import { templateText } from '../../src/draft/templates.js';
import type { CustomerDays } from '../../src/history/aggregate.js';
import { periodSpend } from '../../src/history/period-spend.js';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';

/** Customers with purchases on given days (day numbers) and amounts. */
function store(customers: [number, number][][]): CustomerDays {
  const start = [0];
  const days: number[] = [];
  const net: number[] = [];
  for (const c of customers) {
    for (const [d, a] of c) {
      days.push(d);
      net.push(a);
    }
    start.push(days.length);
  }
  const n = customers.length;
  return {
    ids: customers.map((_, i) => `c${i}`),
    start: Int32Array.from(start),
    days: Int32Array.from(days),
    net: Float64Array.from(net),
    purchase: new Uint8Array(days.length).fill(1),
    firstPurchaseDay: Int32Array.from(customers.map((c) => c[0]![0])),
    lastPurchaseDay: Int32Array.from(customers.map((c) => c[c.length - 1]![0])),
    revenue: Float64Array.from(customers.map((c) => c.reduce((s, [, a]) => s + a, 0))),
    orders: Int32Array.from(customers.map((c) => c.length)),
  };
}

/** A USD history of 120 customers, 100 of whom spend 1,000 … 100,000 a year (and 100 … 40,000 a quarter). */
function usdBase(readingFlags: string[]): HistoryBase {
  return {
    file: 'sales.csv',
    draftFile: 'program.yaml',
    customers: 120,
    firstDate: '2023-01-01',
    lastDate: '2024-12-31',
    spend: { spend: { year: Float64Array.from({ length: 100 }, (_, i) => (i + 1) * 1000), quarter: Float64Array.from({ length: 400 }, (_, i) => (i + 1) * 100), month: new Float64Array(0) }, spenders: 100 },
    currency: 'USD',
    currencySource: { kind: 'locale', locale: 'en-US' },
    readingFlags,
  };
}

describe('period spend', () => {
  it('cuts the 365 days up to the last day into months, quarters and the year, keeping positive customer-periods only', () => {
    const last = 1000;
    const s = periodSpend(
      store([
        // bought before the window: in no period
        [[last - 400, 500]],
        // the first day of the window and the last: the first and the last quarter
        [[last - 364, 100], [last, 300]],
        // a return that nets a quarter to 0: that quarter is left out
        [[last - 100, 200], [last - 99, -200], [last - 10, 50]],
      ]),
      last,
    );
    expect(Array.from(s.spend.year)).toEqual([50, 400]);
    expect(Array.from(s.spend.quarter)).toEqual([50, 100, 300]);
    expect(Array.from(s.spend.month)).toEqual([50, 100, 300]);
    expect(s.spenders).toBe(2);
  });
});

describe('thresholds at quantiles', () => {
  it('states its quantiles, rounds to two significant figures and keeps levels strictly rising', () => {
    expect(thresholdQuantiles(2)).toEqual([0.5, 0.9]);
    expect(thresholdQuantiles(3)).toEqual([0.5, 0.8, 0.95]);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(roundSignificant(86_102, 2)).toBe(86_000);
    expect(roundSignificant(706_438, 2)).toBe(710_000);
    // two figures would make them equal: three tell them apart
    expect(roundedRising([86_102, 86_400])).toEqual([86_100, 86_400]);
    expect(roundedRising([5, 5])).toBeUndefined();
  });

  it("places a template's levels, brackets and points threshold by the base's spend", () => {
    const year = Float64Array.from({ length: 100 }, (_, i) => (i + 1) * 1000);
    const quarter = Float64Array.from({ length: 400 }, (_, i) => (i + 1) * 100);
    const spend = { spend: { year, quarter, month: new Float64Array(0) }, spenders: 100 };
    const hybrid = fittedThresholds(templateText('hybrid'), { spend });
    expect(hybrid.thresholds.map((t) => [t.path.join('.'), t.value, t.quantile])).toEqual([
      ['mechanics.1.levels.1.min_spend', 50_000, 0.5],
      ['mechanics.1.levels.2.min_spend', 90_000, 0.9],
      ['mechanics.2.brackets.0.min_spend', 20_000, 0.5],
      ['mechanics.2.brackets.1.min_spend', 36_000, 0.9],
    ]);
    // the median client spends 50,000 a year: 0.01 × 50,000 / 12 ≈ 41.7 points a month, 6 months of the 12
    expect(hybrid.points).toMatchObject({ path: ['mechanics', 0, 'redemption', 'threshold'], value: 250, months: 6, expiry: 12 });
  });

  it('writes a valid draft whose every fitted number has its comment, and replaces its own paragraph when fitted again', () => {
    const base = usdBase(['--customer', 'id']);
    const once = fitDraftText(templateText('hybrid'), 'en', base, en.draftFromHistory);
    const check = checkDraftText(once, 'program.yaml');
    expect(check.valid).toBe(true);
    expect(once).toContain("currency: USD                    # the file names no currency: the en-US locale's (--currency to change)");
    expect(once).toContain("min_spend: 90000         # P90 of the history's 12-month spend: 90,000 (100 clients)");
    expect(once).toContain('#   loyalty-sim simulate program.yaml --history sales.csv --customer id');
    expect(once).not.toContain('Replace them with your history');
    const twice = fitDraftText(once, 'en', base, en.draftFromHistory);
    expect(twice).toBe(once);
    expect((parseDocument(twice).toJS() as { customers: { synthetic: { count: number } } }).customers.synthetic.count).toBe(120);
  });

  it('names the draft\'s currency in the template\'s money comments, in both languages ("1 point per 100 RUB" stayed RUB in a USD draft)', () => {
    const base = usdBase([]);
    const comments = (text: string) => text.split('\n').filter((l) => l.includes('#')).join('\n');
    const usd = fitDraftText(templateText('hybrid'), 'en', base, en.draftFromHistory);
    expect(usd).toContain('earn_per_currency: 0.01      # 1 point per 100 USD of net revenue\n');
    expect(usd).toContain('point_value: 1               # USD per point at redemption\n');
    expect(comments(usd)).not.toMatch(/RUB|₽/);
    const referral = fitDraftText(templateText('referral'), 'en', base, en.draftFromHistory);
    expect(referral).toContain('# USD to the referring dealer, at the first order');
    const usdRu = fitDraftText(templateText('hybrid', 'ru'), 'ru', base, ru.draftFromHistory);
    expect(usdRu).toContain('# 1 балл за каждые 100 USD чистой выручки\n');
    expect(usdRu).toContain('# USD за балл при списании\n');
    expect(comments(usdRu)).not.toMatch(/RUB|₽|рубл/);
    // a rouble history keeps the template's words, ₽ and all
    const rub = fitDraftText(templateText('hybrid', 'ru'), 'ru', { ...base, currency: 'RUB' }, ru.draftFromHistory);
    expect(rub).toContain('# 1 балл за каждые 100 ₽ чистой выручки\n');
  });
});
