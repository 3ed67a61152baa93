import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByScore } from '../../src/engine/sort-by-score.js';

/** The comparator sort the engine used before sort-by-score.ts (a typed array's sort): ascending score, ties by index. */
function comparatorOrder(score: Float64Array, indices: number[]): number[] {
  return [...Int32Array.from(indices).sort((a, b) => score[a]! - score[b]! || a - b)];
}

function radixOrder(score: Float64Array, indices: number[], spareSlots = 0): number[] {
  const order = new Int32Array(indices.length + spareSlots);
  order.set(indices);
  sortByScore(order, indices.length, score);
  return [...order.subarray(0, indices.length)];
}

// Scores as the ranking makes them (λ·p/ν ≥ 0) and the awkward ones: exact ties, 0, subnormals, huge, Infinity.
const awkward = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 5e-324, 1e-310, 1, 1, 2.5, 2.5, 1e300, Infinity),
);

describe('sortByScore (the §8 ranking order)', () => {
  it('gives exactly the comparator order (ascending score, ties by index) for any non-negative scores', () => {
    fc.assert(
      fc.property(fc.array(awkward, { maxLength: 300 }), fc.nat(5), (values, spareSlots) => {
        const score = Float64Array.from(values, (v) => Math.abs(v));
        const ascending = values.map((_, i) => i);
        // the engine passes active customers only: leave some indices out
        const active = ascending.filter((i) => i % 7 !== 3);
        expect(radixOrder(score, active, spareSlots)).toEqual(comparatorOrder(score, active));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts 10,000 distinct scores of one magnitude (the passes that every score shares are skipped)', () => {
    const score = new Float64Array(10_000);
    for (let i = 0; i < score.length; i++) score[i] = 1 + ((i * 7919) % 10_000) / 1e4;
    const indices = [...score.keys()];
    const sorted = radixOrder(score, indices);
    expect(sorted).toEqual(comparatorOrder(score, indices));
    expect(sorted[0]).toBe(0);
  });

  it('leaves NaN, negative and −0 scores to the comparator, as before', () => {
    const score = Float64Array.from([3, NaN, 1, -2, -0, 0, 1]);
    const indices = [0, 1, 2, 3, 4, 5, 6];
    expect(radixOrder(score, indices)).toEqual(comparatorOrder(score, indices));
  });
});
