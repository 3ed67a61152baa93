/**
 * Issue 12 item 5: a draft's tier and rebate thresholds checked against the
 * history's 12-month spend, so a RUB draft on a USD history does not run in silence.
 */
import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../src/draft/schema.js';
import { spendPercentiles, thresholdFitWarnings } from '../../src/engine/threshold-fit.js';

const draft = (mechanics: unknown[]) =>
  draftSchema.parse({ name: 'T', currency: 'RUB', horizon_months: 12, gross_margin: 0.25, costs: { monthly: 1 }, mechanics });
const tiers = (...levels: number[]) => ({ type: 'tiers', levels: levels.map((min_spend, i) => ({ name: `L${i}`, min_spend })) });
// 1..1000: P1 = 10, P10 = 100, P50 = 500, P90 = 900, P99 = 990, max = 1000; plus 50 lapsed customers at 0
const h12 = Float64Array.from([...Array.from({ length: 1000 }, (_, i) => i + 1), ...new Array(50).fill(0)]);
const check = (mechanics: unknown[], extra: { currencyColumn?: string } = {}) =>
  thresholdFitWarnings({ draft: draft(mechanics), draftFile: 'd.yaml', historyFile: 'h.csv', h12, ...extra });

describe('spendPercentiles', () => {
  it('nearest-rank percentiles of the customers who spent (the lapsed ones are left out)', () => {
    expect(spendPercentiles(h12)).toEqual({ spenders: 1000, p1: 10, p10: 100, p50: 500, p90: 900, p99: 990, max: 1000 });
    expect(spendPercentiles(new Float64Array(3))).toBeUndefined();
  });
});

describe('thresholdFitWarnings', () => {
  it('says nothing when every threshold splits the customers', () => {
    expect(check([tiers(0, 200, 800)])).toEqual([]);
  });

  it('a level above everyone, one above the P99 and one below the P1, with the percentiles', () => {
    const w = check([tiers(0, 5, 995, 2000)]);
    expect(w[0]).toMatch(/tier "L1" min_spend 5 RUB is reached by everyone: at or below the P1 of 12-month spend \(10\)/);
    expect(w[1]).toMatch(/tier "L2" min_spend 995 RUB is out of reach of almost everyone: above the P99 .*\(990\)/);
    expect(w[2]).toMatch(/tier "L3" min_spend 2,000 RUB is out of everyone's reach: above the highest 12-month spend \(1,000\)/);
    expect(w[3]).toBe('h.csv: 12-month spend of the 1,000 customers who bought in the last 12 months: P10 100, P50 500, P90 900, P99 990, max 1,000');
    expect(w).toHaveLength(4); // no currency note: the gap is not orders of magnitude
  });

  it('rebate brackets compare with the spend per period, not per year', () => {
    // per quarter: a quarter of the 12-month spend, max 250; a bracket of 300 a quarter is out of reach, 200 is not
    const w = check([{ type: 'rebate', period: 'quarter', brackets: [{ min_spend: 200, rate: 0.01 }, { min_spend: 300, rate: 0.02 }] }]);
    expect(w.filter((s) => s.includes('rebate'))).toHaveLength(1);
    expect(w[0]).toMatch(/rebate bracket 2 \(per quarter\) min_spend 300 RUB is out of everyone's reach: above the highest spend per quarter \(≈ 250, 12-month spend × 3\/12\)/);
  });

  it('a gap of orders of magnitude either way, or a currency column, suggests a currency mismatch', () => {
    expect(check([tiers(0, 150_000, 500_000)]).at(-1)).toMatch(/is the history in RUB, like the draft\? the lowest threshold \(150,000 a year\) is 152× the P99/);
    expect(check([tiers(0, 1, 2)]).at(-1)).toMatch(/the P50 of 12-month spend is 250× the highest threshold \(2 a year\)/);
    expect(check([tiers(0, 2000)], { currencyColumn: 'Currency' }).at(-1)).toMatch(/the history has a currency column "Currency"/);
    expect(check([tiers(0, 2000)]).join('\n')).not.toMatch(/currency/);
  });

  it('thresholds of 0 and drafts without tiers or rebates are not checked', () => {
    expect(check([tiers(0)])).toEqual([]);
    expect(check([{ type: 'discount', rate: 0.03 }])).toEqual([]);
  });
});

describe('the history reader notices a currency column', async () => {
  const { readHistory } = await import('../../src/history/read.js');
  const read = (text: string) =>
    readHistory(
      (async function* () {
        yield text;
      })(),
      'h.csv',
    );
  it('names it when there is one, and not otherwise', async () => {
    expect((await read('customer_id,date,amount,Currency\nc1,2024-01-05,10,GBP\n')).currencyColumn).toBe('Currency');
    expect((await read('Клиент;Дата;Сумма;Валюта\nc1;05.01.2024;10;руб.\n')).currencyColumn).toBe('Валюта');
    expect((await read('customer_id,date,amount\nc1,2024-01-05,10\n')).currencyColumn).toBeUndefined();
  });
});
