/**
 * Issue 29: RFM scores when many customers tie. Customers who bought on the
 * latest day every month are the best the base has, however many they are;
 * a base where everyone ties is not all "Lost".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/history/read.js';
import { profileHistory, quintileScores } from '../../src/history/profile.js';

async function* text(s: string): AsyncGenerator<string> {
  yield s;
}

const day = (m: number, d: number) => new Date(Date.UTC(2024, m, d)).toISOString().slice(0, 10);

describe('RFM ties', () => {
  it('the group tied at the best value scores 5 however large; the bottom group still 1', () => {
    expect(Array.from(quintileScores([9, 9, 9, 9, 9, 9, 1, 2, 3, 4]))).toEqual([5, 5, 5, 5, 5, 5, 1, 1, 2, 2]);
    expect(Array.from(quintileScores([1, 1, 1, 1, 1, 1, 2, 3, 4, 5]))).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    expect(Array.from(quintileScores([7, 7, 7]))).toEqual([3, 3, 3]);
  });

  it('60 customers who bought on the last day of every month are Champions, not "Need attention"', async () => {
    const rows = ['customer,date,amount'];
    // 60 regulars: the last day of each month of 2024, 1,000 each
    for (let c = 0; c < 60; c++) for (let m = 0; m < 12; m++) rows.push(`R${c},${day(m + 1, 0)},1000`);
    // 40 occasional buyers, each once or twice earlier in the year
    for (let c = 0; c < 40; c++) {
      rows.push(`O${c},${day(c % 10, 5)},100`);
      if (c % 2) rows.push(`O${c},${day(5 + (c % 5), 12)},100`);
    }
    const p = profileHistory(await readHistory(text(rows.join('\n')), 'ties.csv'));
    const champions = p.rfm.find((s) => s.segment === 'Champions')!;
    expect(champions.customers).toBe(60);
    expect(champions.revenueShare).toBeGreaterThan(0.9);
    expect(p.rfm.find((s) => s.segment === 'Need attention')).toBeUndefined();
  });

  it('when every customer ties (same days, same counts), none is "Lost" and churn is 0', async () => {
    const rows = ['customer,date,amount'];
    for (let c = 0; c < 30; c++) for (let m = 0; m < 12; m++) rows.push(`C${c},${day(m, 28)},500`);
    const p = profileHistory(await readHistory(text(rows.join('\n')), 'same.csv'));
    expect(p.churnRate).toBe(0);
    expect(p.rfm.find((s) => s.segment === 'Lost')).toBeUndefined();
    expect(p.rfm).toHaveLength(1);
  });

  it('scores by bisection exactly as by a sort of indexes (issue 28: the index array was 20 bytes a customer)', () => {
    // the rule written the plain way: an index array sorted by value, tie groups walked in order
    const byIndexSort = (values: number[]): number[] => {
      const n = values.length;
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
      const scores = new Array<number>(n).fill(0);
      for (let i = 0; i < n; ) {
        let j = i;
        while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
        const score = i === 0 && j === n - 1 ? 3 : j === n - 1 ? 5 : Math.min(5, Math.max(1, Math.ceil((5 * (i + 1)) / n)));
        for (let k = i; k <= j; k++) scores[order[k]!] = score;
        i = j + 1;
      }
      return scores;
    };
    // few distinct values, so ties are everywhere; −0 and 0 (negated recencies) tie
    const value = fc.oneof(fc.integer({ min: -6, max: 6 }), fc.constant(-0), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 200 }), (values) => {
        expect(Array.from(quintileScores(values))).toEqual(byIndexSort(values));
      }),
      { numRuns: 500 },
    );
  });
});
