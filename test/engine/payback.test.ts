import { describe, expect, it } from 'vitest';
import { paybackMonth, paybackMonthOfCumulative, summarize } from '../../src/engine/metrics.js';

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

describe('paybackMonthOfCumulative (the mean curve in charts)', () => {
  it('reads an already summed series as paybackMonth reads the monthly one', () => {
    const monthly = [40, 40, -110, 40, 40, -110, 40, 40, 40];
    const cumulative: number[] = [];
    monthly.reduce((c, x) => (cumulative.push(c + x), c + x), -10);
    expect(paybackMonthOfCumulative(cumulative)).toBe(paybackMonth(monthly, 10));
    expect(paybackMonthOfCumulative([5, -1])).toBe(Infinity);
  });
});

describe('the payback summary (MODEL.md §12)', () => {
  it('mean over the runs that pay back, P50 "never" (null) when the median run never does, never counted', () => {
    const s = summarize([3, 5, Infinity, Infinity, Infinity]);
    expect(s.mean).toBe(4);
    expect(s.p50).toBeNull();
    expect(s.p5).toBeCloseTo(3.4, 12);
    expect(s.undefinedRuns).toBe(3);
  });
  it('a median that falls on a month next to "never" is that month', () => {
    expect(summarize([3, 4, 5, Infinity, Infinity]).p50).toBe(5);
  });
  it('with most runs paying back, the median is a month', () => {
    const s = summarize([2, 4, 6, 8, Infinity]);
    expect(s.mean).toBe(5);
    expect(s.p50).toBe(6);
    expect(s.p95).toBeNull();
  });
});
