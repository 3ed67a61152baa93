import { describe, expect, it } from 'vitest';
import { nearestRank, paybackMonth, summarizePayback } from '../../src/engine/metrics.js';

describe('paybackMonth (MODEL.md §5): the first month from which cumulative net profit stays ≥ 0', () => {
  it('a run that ends in a loss never pays back, even if it was ahead on the way', () => {
    // cumulative: −100, −40, 20, 10, −5
    expect(paybackMonth([0, 60, 60, -10, -15], 100)).toBe(Infinity);
  });

  it('a program ahead in month 1 that falls behind when a quarter\'s rebate is paid has not paid back in month 1', () => {
    // monthly margin 40 from month 1, no launch cost; quarterly rebates of 150 paid in months 3 and 6
    const monthly = [40, 40, 40 - 150, 40, 40, 40 - 150, 40, 40, 40, 40, 40, 40];
    // cumulative: 40, 80, −30, 10, 50, −60, −20, 20, 60, …: ahead in month 1, below 0 again in months 3, 6 and 7
    expect(paybackMonth(monthly, 0)).toBe(8);
    // the old reading (the first month the cumulative touches 0) would have said month 1
    expect(monthly[0]).toBeGreaterThan(0);
  });

  it('the launch cost counts at month 0; exactly 0 is paid back', () => {
    expect(paybackMonth([30, 30, 40, 10], 100)).toBe(3); // −70, −40, 0, 10
    expect(paybackMonth([30, 30, 39, 10], 100)).toBe(4); // −70, −40, −1, 9
    expect(paybackMonth([5, 5], 0)).toBe(1);
    expect(paybackMonth([0, 0, 0], 0)).toBe(1);
  });

  it('ending exactly at 0 pays back; one below 0 in the last month does not', () => {
    expect(paybackMonth([-10, 10], 0)).toBe(2);
    expect(paybackMonth([10, -10.000001], 0)).toBe(Infinity);
    expect(paybackMonth([], 0)).toBe(Infinity);
  });
});

describe('the payback summary (MODEL.md §12): median month, share that never pays back, the mean only as conditional', () => {
  it('P50 "never" (null) when the median run never does; the mean over paying runs is meanIfPaysBack, never "mean"', () => {
    const s = summarizePayback([3, 5, Infinity, Infinity, Infinity]);
    expect(s.mean).toBeNull();
    expect(s.se).toBeNull();
    expect(s.meanIfPaysBack).toBe(4);
    expect(s.neverShare).toBe(0.6);
    expect(s.p50).toBeNull();
    expect(s.p5).toBe(3); // an order statistic: a whole month
    expect(s.undefinedRuns).toBe(3);
  });
  it('a median that falls on a month next to "never" is that month', () => {
    expect(summarizePayback([3, 4, 5, Infinity, Infinity]).p50).toBe(5);
  });
  it('an even count takes the lower median: a whole month, not 26.5; between a month and never, the month', () => {
    expect(summarizePayback([30, 25, 28, 26]).p50).toBe(26);
    expect(summarizePayback([25, 28, Infinity, Infinity]).p50).toBe(28);
    expect(summarizePayback([25, Infinity, Infinity, Infinity]).p50).toBeNull();
    expect(nearestRank(Float64Array.of(1, 2, 3, 4), 0.5)).toBe(2);
    expect(nearestRank(Float64Array.of(1, 2, 3, 4, 5), 0.5)).toBe(3);
    expect(nearestRank(Float64Array.of(1, 2, 3, 4, 5), 0.05)).toBe(1);
  });
  it('with most runs paying back, the median is a month and P95 never', () => {
    const s = summarizePayback([2, 4, 6, 8, Infinity]);
    expect(s.meanIfPaysBack).toBe(5);
    expect(s.neverShare).toBe(0.2);
    expect(s.p50).toBe(6);
    expect(s.p95).toBeNull();
  });
  it('no runs: nothing to say', () => {
    const s = summarizePayback([]);
    expect([s.p50, s.neverShare, s.meanIfPaysBack]).toEqual([null, null, null]);
  });
});
