/**
 * MODEL.md §14 in the reports: the income lines (never negative costs) and
 * the sentence on what partners fund, in both languages, and nothing at all
 * for a draft without §14's fields.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { SimulationSummary } from '../../src/engine/summary.js';
import { setLang } from '../../src/i18n/index.js';
import { actionIncomeRows, partnerSentence } from '../../src/report/actions-view.js';
import { englishWords } from '../cli/latin-scan.js';

const summary = (means: Record<string, number>): SimulationSummary =>
  ({ metrics: Object.fromEntries(Object.entries(means).map(([k, mean]) => [k, { mean, se: 0, p5: mean, p50: mean, p95: mean }])) }) as unknown as SimulationSummary;
const money = (x: number): string => `${x}`;

afterAll(() => setLang('en'));

describe('§14 report lines', () => {
  it('lists the three income lines, each said to be in net profit and not a cost', () => {
    setLang('en');
    const rows = actionIncomeRows();
    expect(rows.map((r) => r.key)).toEqual(['actionValue', 'earlyPaymentBenefit', 'partnerFeeIncome']);
    for (const r of rows) expect(r.label).toMatch(/in net profit, not a cost/);
  });

  it('says what partners fund: their share of the points\' cost (the whole less the fees) and the fees; nothing when they pay nothing', () => {
    setLang('en');
    expect(partnerSentence(summary({ partnerFunding: 0, partnerFeeIncome: 0 }), money)).toBeUndefined();
    expect(partnerSentence(summary({}), money)).toBeUndefined();
    expect(partnerSentence(summary({ partnerFunding: 500, partnerFeeIncome: 20 }), money)).toBe(
      'Partners fund 500 of the rewards: 480 of the points’ cost (left out of the program’s points cost above) and 20 in fees per point redeemed.',
    );
  });

  it('speaks Russian with no English word', () => {
    setLang('ru');
    const text = [...actionIncomeRows().map((r) => r.label), partnerSentence(summary({ partnerFunding: 500, partnerFeeIncome: 20 }), money)!].join('\n');
    expect(text).toContain('Партнёры оплачивают 500 вознаграждений');
    expect(englishWords(text)).toEqual([]);
  });
});
