import { describe, expect, it } from 'vitest';
import { checkComparable, compareDrafts, comparePair, populationMismatches } from '../../src/decide/compare.js';
import { METRIC_KEYS } from '../../src/engine/metrics.js';
import { UserError } from '../../src/errors.js';
import { batchOpts, popOf, smallDraft } from './helpers.js';

const discount = smallDraft(`
participation: { uniform: { min: 0.5, max: 0.8 } }
effects:
  frequency_uplift: { triangular: { min: 0.0, mode: 0.05, max: 0.12 } }
  check_uplift: 0.02
mechanics:
  - type: discount
    rate: 0.03
costs: { launch: 100000, monthly: 10000 }
`);
const richer = structuredClone(discount);
richer.effects.check_uplift = 0.15;
richer.name = 'richer';

describe('compareDrafts', () => {
  it('a draft against itself: identical columns, zero paired difference in every run, verdict identical', async () => {
    const c = await compareDrafts([{ file: 'a.yaml', draft: discount }, { file: 'b.yaml', draft: discount }], popOf(discount), batchOpts(40));
    expect(c.drafts[0]!.summary.metrics).toEqual(c.drafts[1]!.summary.metrics);
    expect(c.drafts[0]!.summary.probabilities).toEqual(c.drafts[1]!.summary.probabilities);
    const p = c.pairs[0]!;
    expect(p.pTie).toBe(1);
    expect(p.pAOverB).toBe(0);
    for (const key of METRIC_KEYS) {
      if (p.meanDifference[key] !== null) expect(Math.abs(p.meanDifference[key]!)).toBe(0);
      if (p.seDifference[key] !== null) expect(p.seDifference[key]).toBe(0);
    }
    expect(p.verdict).toBe('identical');
  });

  it('pairs runs: a clearly better draft wins in (nearly) every paired run, with a small paired s.e.', async () => {
    const c = await compareDrafts([{ file: 'a.yaml', draft: discount }, { file: 'b.yaml', draft: richer }], popOf(discount), batchOpts(40));
    const p = c.pairs[0]!;
    expect(p.verdict).toBe('b');
    expect(p.pAOverB).toBeLessThan(0.05);
    const d = p.meanDifference.netIncrementalProfit!;
    expect(d).toBeLessThan(0);
    // the paired s.e. is well below that of a difference of two independent simulations, hypot(sa, sb):
    // the customers' and inputs' noise is common to both drafts and cancels run by run
    const [sa, sb] = c.drafts.map((d) => d.summary.metrics.netIncrementalProfit.se!);
    expect(p.seDifference.netIncrementalProfit!).toBeLessThan(0.75 * Math.hypot(sa!, sb!));
    expect(d).toBeCloseTo(c.drafts[0]!.summary.metrics.netIncrementalProfit.mean! - c.drafts[1]!.summary.metrics.netIncrementalProfit.mean!, 6);
  });

  it('different currencies or horizons are an error naming the drafts', () => {
    const usd = { ...structuredClone(discount), currency: 'USD' };
    const long = { ...structuredClone(discount), horizon_months: 36 };
    expect(() => checkComparable([{ file: 'a.yaml', draft: discount }, { file: 'usd.yaml', draft: usd }])).toThrow(UserError);
    expect(() => checkComparable([{ file: 'a.yaml', draft: discount }, { file: 'usd.yaml', draft: usd }])).toThrow(/a\.yaml RUB, usd\.yaml USD/);
    expect(() => checkComparable([{ file: 'a.yaml', draft: discount }, { file: 'long.yaml', draft: long }])).toThrow(/a\.yaml 24 months, long\.yaml 36 months/);
    expect(() => checkComparable([{ file: 'a.yaml', draft: discount }, { file: 'long.yaml', draft: long }], 12)).not.toThrow();
  });

  it('names the drafts whose customers differ from the shared ones', () => {
    const other = structuredClone(discount);
    other.customers!.synthetic!.count = 500;
    expect(populationMismatches([{ file: 'a', draft: discount }, { file: 'b', draft: other }, { file: 'c', draft: discount }])).toEqual(['b']);
  });
});

describe('comparePair', () => {
  const runs = (xs: number[]) => xs.map((x) => ({ metrics: Object.fromEntries(METRIC_KEYS.map((k) => [k, x])) as Record<(typeof METRIC_KEYS)[number], number> }));
  it('a difference smaller than two paired standard errors is noise', () => {
    const p = comparePair(0, 1, runs([1, 2, 3, 4]), runs([2, 1, 4, 3]), { method: 'iid' });
    expect(p.meanDifference.netIncrementalProfit).toBe(0);
    expect(p.pAOverB).toBe(0.5);
    expect(p.verdict).toBe('noise');
  });
  it('payback is compared as medians with "never", not as a mean over the runs where both paid back', () => {
    const withPayback = (months: number[]) => runs(months.map(() => 0)).map((r, i) => ({ metrics: { ...r.metrics, paybackMonth: months[i]! } }));
    // A pays back in months 3, 4, 5 and never twice; B in month 2 only where A is late, never in the rest
    const a = withPayback([3, 4, 5, Infinity, Infinity]);
    const b = withPayback([Infinity, Infinity, 2, 2, 2]);
    const p = comparePair(0, 1, a, b, { method: 'iid' });
    expect(p.payback).toEqual({ a: 5, b: 2, difference: 3 });
    // a mean over the one run where both paid back would say A is 3 months later there (5 − 2), hiding both "never"s
    expect(p.meanDifference.paybackMonth).toBeNull();
    const never = comparePair(0, 1, withPayback([1, Infinity, Infinity]), withPayback([2, 2, 9]), { method: 'iid' });
    expect(never.payback).toEqual({ a: null, b: 2, difference: null });
  });
  it('a steady paired lead is a verdict for A, with the hand-computed mean and s.e.', () => {
    const p = comparePair(0, 1, runs([10, 12, 14, 16]), runs([9, 10, 11, 12]), { method: 'iid' });
    // differences 1, 2, 3, 4: mean 2.5, sd √(5/3), se √(5/3)/2
    expect(p.meanDifference.netIncrementalProfit).toBeCloseTo(2.5, 12);
    expect(p.seDifference.netIncrementalProfit).toBeCloseTo(Math.sqrt(5 / 3) / 2, 12);
    expect(p.pAOverB).toBe(1);
    expect(p.verdict).toBe('a');
  });
});
