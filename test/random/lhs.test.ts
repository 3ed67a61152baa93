import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runDesign } from '../../src/random/lhs.js';

/** For each block and dimension: the strata floor(u·n) of its points, sorted. */
function strataOf(values: (run: number) => number, start: number, n: number): number[] {
  const s: number[] = [];
  for (let i = 0; i < n; i++) s.push(Math.floor(values(start + i) * n));
  return s.sort((a, b) => a - b);
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('runDesign: Latin hypercube', () => {
  it('puts exactly one point in each stratum of each dimension within each block, the shorter last block included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 6 }),
        fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
        fc.integer(),
        (runs, dims, blockSize, seed) => {
          const design = runDesign({ seed, runs, dims, sampling: 'lhs', blockSize });
          const size = blockSize ?? runs;
          for (let start = 0; start < runs; start += size) {
            const n = Math.min(size, runs - start);
            for (let d = 0; d < dims; d++) {
              expect(strataOf((r) => design.u(r, d), start, n)).toEqual(range(n));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps every value strictly inside (0, 1)', () => {
    const design = runDesign({ seed: 5, runs: 2000, dims: 4, sampling: 'lhs', blockSize: 7 });
    expect(design.values.every((u) => u > 0 && u < 1)).toBe(true);
    expect(design.values.length).toBe(8000);
  });

  it('is deterministic in its options, and a different seed gives a different design', () => {
    const a = runDesign({ seed: 1, runs: 100, dims: 3, sampling: 'lhs' });
    const b = runDesign({ seed: 1, runs: 100, dims: 3, sampling: 'lhs' });
    const c = runDesign({ seed: 2, runs: 100, dims: 3, sampling: 'lhs' });
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.values)).not.toEqual(Array.from(c.values));
  });

  it('gives each dimension its own ordering of strata', () => {
    const design = runDesign({ seed: 3, runs: 50, dims: 3, sampling: 'lhs' });
    const order = (d: number): number[] => range(50).map((r) => Math.floor(design.u(r, d) * 50));
    expect(order(0)).not.toEqual(order(1));
    expect(order(1)).not.toEqual(order(2));
  });

  it('does not change earlier complete blocks when more runs or more dimensions are asked for', () => {
    const small = runDesign({ seed: 9, runs: 60, dims: 2, sampling: 'lhs', blockSize: 20 });
    const large = runDesign({ seed: 9, runs: 1000, dims: 5, sampling: 'lhs', blockSize: 20 });
    for (let r = 0; r < 60; r++) {
      for (let d = 0; d < 2; d++) expect(large.u(r, d)).toBe(small.u(r, d));
    }
  });

  it('gives a run the same uniforms however the runs are split over workers', () => {
    const opts = { seed: 77, runs: 500, dims: 3, sampling: 'lhs' as const, blockSize: 100 };
    const whole = runDesign(opts);
    // Each worker builds its own design and reads only its slice, in its own order.
    const slices = [
      [0, 170],
      [170, 171],
      [171, 500],
    ];
    const gathered = new Float64Array(500 * 3);
    for (const [from, to] of slices.reverse()) {
      const mine = runDesign({ ...opts });
      for (let r = to! - 1; r >= from!; r--) for (let d = 0; d < 3; d++) gathered[r * 3 + d] = mine.u(r, d);
    }
    expect(Array.from(gathered)).toEqual(Array.from(whole.values));
  });

  it('centres each block: a column mean is within 1/(2n) of ½', () => {
    const n = 400;
    const design = runDesign({ seed: 4, runs: n, dims: 1, sampling: 'lhs' });
    const mean = design.values.reduce((s, u) => s + u, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThanOrEqual(1 / (2 * n));
  });

  it('rejects impossible options and out-of-range lookups', () => {
    expect(() => runDesign({ seed: 1, runs: -1, dims: 1, sampling: 'lhs' })).toThrow(/runs/);
    expect(() => runDesign({ seed: 1, runs: 10, dims: 1.5, sampling: 'lhs' })).toThrow(/dims/);
    expect(() => runDesign({ seed: 1, runs: 10, dims: 1, sampling: 'lhs', blockSize: 0 })).toThrow(/blockSize/);
    const design = runDesign({ seed: 1, runs: 10, dims: 2, sampling: 'lhs' });
    expect(() => design.u(10, 0)).toThrow(/outside/);
    expect(() => design.u(0, 2)).toThrow(/outside/);
    expect(runDesign({ seed: 1, runs: 0, dims: 2, sampling: 'lhs', blockSize: 0 }).values.length).toBe(0);
  });
});

describe('runDesign: plain Monte Carlo', () => {
  it('gives run r the same row whatever the number of runs (so any split over workers agrees)', () => {
    const short = runDesign({ seed: 12, runs: 10, dims: 4, sampling: 'mc' });
    const long = runDesign({ seed: 12, runs: 1000, dims: 4, sampling: 'mc' });
    expect(Array.from(long.values.subarray(0, 40))).toEqual(Array.from(short.values));
  });

  it('is uniform and not stratified', () => {
    const n = 20_000;
    const design = runDesign({ seed: 12, runs: n, dims: 1, sampling: 'mc' });
    const mean = design.values.reduce((s, u) => s + u, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    // Plain MC leaves some of n strata empty (about n/e of them); a Latin hypercube never does.
    const strata = new Set(Array.from(design.values, (u) => Math.floor(u * n)));
    expect(strata.size).toBeLessThan(0.7 * n);
    expect(design.values.every((u) => u > 0 && u < 1)).toBe(true);
  });

  it('differs from the LHS design and between seeds', () => {
    const mc = runDesign({ seed: 1, runs: 20, dims: 2, sampling: 'mc' });
    const lhs = runDesign({ seed: 1, runs: 20, dims: 2, sampling: 'lhs' });
    const other = runDesign({ seed: 2, runs: 20, dims: 2, sampling: 'mc' });
    expect(Array.from(mc.values)).not.toEqual(Array.from(lhs.values));
    expect(Array.from(mc.values)).not.toEqual(Array.from(other.values));
  });
});
