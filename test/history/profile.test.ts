import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readHistory } from '../../src/history/read.js';
import { profileHistory, quintileScores, RFM_SEGMENTS, segmentOf } from '../../src/history/profile.js';

async function* text(s: string): AsyncGenerator<string> {
  yield s;
}

describe('profileHistory', () => {
  // five customers; the data end on 2020-12-31
  const csv = [
    'customer,date,amount',
    'a,2020-01-10,100',
    'a,2020-02-10,100',
    'a,2020-12-31,100',
    'b,2020-01-20,50',
    'b,2020-01-20,-10', // a same-day return: nets to 40, and is not an order
    'c,2020-02-05,10',
    'd,2020-11-01,20',
    'e,2020-06-01,30',
    'e,2020-08-15,30',
  ].join('\n');

  it('counts, Pareto share, check, frequency, churn and cohorts by hand', async () => {
    const p = profileHistory(await readHistory(text(csv), 't.csv'), { inactiveDays: 180 });
    expect(p.customers).toBe(5);
    expect(p.revenue).toBe(300 + 40 + 10 + 20 + 60);
    expect(p.orders).toBe(3 + 1 + 1 + 1 + 2); // rows with a positive amount
    expect(p.averageCheck).toBeCloseTo(430 / 8, 12);
    // top ⌈20 % of 5⌉ = 1 customer: a with 300 of 430
    expect(p.paretoTop20Share).toBeCloseTo(300 / 430, 12);
    // customer-months from the first purchase month to 2020-12: a 12, b 12, c 11, d 2, e 7
    expect(p.ordersPerCustomerMonth).toBeCloseTo(8 / 44, 12);
    // first purchase ≥ 180 days before the end: a, b, c, e; of those b and c have bought nothing in 180 days (e: 138 days)
    expect(p.churned).toBe(2);
    expect(p.churnRate).toBeCloseTo(2 / 4, 12);
    expect(p.cohorts.map((c) => [c.cohort, c.customers])).toEqual([
      ['2020-01', 2],
      ['2020-02', 1],
      ['2020-06', 1],
      ['2020-11', 1],
    ]);
    const jan = p.cohorts[0]!.retention;
    expect(jan).toHaveLength(12);
    expect(jan[0]).toBe(1);
    expect(jan[1]).toBe(0.5); // a in February
    expect(jan[11]).toBe(0.5); // a in December
    expect(jan[5]).toBe(0);
    expect(p.cohorts[2]!.retention).toEqual([1, 0, 1, 0, 0, 0, 0]);
    expect(p.rfm.reduce((s, r) => s + r.customers, 0)).toBe(5);
    expect(p.rfm.reduce((s, r) => s + r.revenueShare, 0)).toBeCloseTo(1, 12);
  });
});

describe('RFM scores and segments', () => {
  it('quintile scores: 1..5 in equal groups, ties share the lowest', () => {
    expect(Array.from(quintileScores([5, 4, 3, 2, 1, 10, 9, 8, 7, 6]))).toEqual([3, 2, 2, 1, 1, 5, 5, 4, 4, 3]);
    expect(Array.from(quintileScores([1, 1, 1, 1, 2]))).toEqual([1, 1, 1, 1, 5]);
  });
  it('scores are monotone in the value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }), (v) => {
        const s = quintileScores(v);
        for (let i = 0; i < v.length; i++) for (let j = 0; j < v.length; j++) if (v[i]! < v[j]!) expect(s[i]!).toBeLessThanOrEqual(s[j]!);
      }),
    );
  });
  it('every (R, F) cell has exactly one segment, as documented', () => {
    const grid: string[] = [];
    for (let r = 5; r >= 1; r--) grid.push([1, 2, 3, 4, 5].map((f) => segmentOf(r, f)).join(' | '));
    expect(grid).toEqual([
      'New | Potential loyalists | Potential loyalists | Champions | Champions',
      'Promising | Potential loyalists | Potential loyalists | Champions | Champions',
      'About to sleep | About to sleep | Need attention | Loyal | Loyal',
      'Hibernating | Hibernating | At risk | At risk | Cannot lose them',
      'Lost | Lost | At risk | At risk | Cannot lose them',
    ]);
    expect(RFM_SEGMENTS.map((s) => s.name)).toContain('Champions');
  });
});
