import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { syntheticPopulation } from '../../src/engine/population.js';
import { metricValues, summarizeSimulation } from '../../src/engine/summary.js';
import { blockCount, describeError, meanAndSe, replicateBlockSize } from '../../src/engine/standard-error.js';
import { HEADER, draftFrom } from './helpers.js';

describe('meanAndSe', () => {
  it('iid: sd / √n', () => {
    const { mean, se } = meanAndSe([1, 2, 3, 4], { method: 'iid' });
    expect(mean).toBe(2.5);
    expect(se).toBeCloseTo(Math.sqrt(5 / 3) / 2, 12);
  });
  it('equal blocks: sd of the block means / √blocks', () => {
    // blocks [1, 3], [2, 6], [4, 8]: means 2, 4, 6; sd 2; s.e. 2/√3
    const { mean, se } = meanAndSe([1, 3, 2, 6, 4, 8], { method: 'blocks', blockSize: 2 });
    expect(mean).toBe(4);
    expect(se).toBeCloseTo(2 / Math.sqrt(3), 12);
  });
  it('unequal blocks are weighted by their size; NaN and ±Infinity are left out', () => {
    // blocks [2, 4], [NaN, 9]: n_b 2 and 1, means 3 and 9, N 3, overall mean 5
    // s.e.² = (2·(3 − 5)² + 1·(9 − 5)²) / ((2 − 1)·3) = 24/3 = 8
    const { mean, se, n } = meanAndSe([2, 4, NaN, 9, Infinity], { method: 'blocks', blockSize: 2 });
    expect(n).toBe(3);
    expect(mean).toBe(5);
    expect(se).toBeCloseTo(Math.sqrt(8), 12);
  });
  it('one block cannot estimate an error', () => {
    expect(meanAndSe([1, 2, 3], { method: 'blocks', blockSize: 5 }).se).toBeNaN();
  });
});

describe('the replicate-block layout', () => {
  it('blocks of 50 from 1,000 runs on, about 20 blocks below', () => {
    expect(replicateBlockSize(1000)).toBe(50);
    expect(replicateBlockSize(100000)).toBe(50);
    expect(replicateBlockSize(200)).toBe(10);
    expect(replicateBlockSize(30)).toBe(2);
    expect(replicateBlockSize(1)).toBe(1);
    expect(blockCount(1010, { method: 'blocks', blockSize: 50 })).toBe(21);
    expect(describeError(1010, { method: 'blocks', blockSize: 50 })).toBe('s.e. from 21 independent Latin hypercube blocks of 50 runs (the last of 10)');
    expect(describeError(1000, { method: 'iid' })).toBe('s.e. from 1,000 independent runs');
  });
});

describe('honest standard error under Latin hypercube sampling (MODEL.md §5)', () => {
  // Uncertain inputs that drive net profit, on a tiny population: the spread across runs is mostly the inputs',
  // which Latin hypercube sampling stratifies away from the mean's error.
  const draft = draftFrom(`${HEADER.replace('horizon_months: 24', 'horizon_months: 12')}
customers:
  synthetic:
    count: 150
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } }
participation: { uniform: { min: 0.3, max: 0.9 } }
effects:
  frequency_uplift: { triangular: { min: 0.0, mode: 0.15, max: 0.4 } }
  check_uplift: { uniform: { min: 0.0, max: 0.1 } }
mechanics:
  - type: discount
    rate: { uniform: { min: 0.01, max: 0.06 } }
costs: { launch: { uniform: { min: 20000, max: 200000 } } }
`);
  const pop = syntheticPopulation(draft.customers!.synthetic!);
  const SEEDS = 30;
  const RUNS = 200; // 20 blocks of 10

  it('over 30 seeds, the replicate-block s.e. matches the sd of the mean; the iid formula overstates it', async () => {
    const means: number[] = [];
    const blockSe: number[] = [];
    const iidSe: number[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const result = await simulate(draft, pop, { seed, runs: RUNS, sampling: 'lhs', workers: 1 });
      const s = summarizeSimulation(result);
      expect(s.standardError).toEqual({ method: 'blocks', blocks: 20, blockSize: 10 });
      means.push(s.metrics.netIncrementalProfit.mean!);
      blockSe.push(s.metrics.netIncrementalProfit.se!);
      iidSe.push(meanAndSe(metricValues(result, 'netIncrementalProfit'), { method: 'iid' }).se);
    }
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const m = avg(means);
    const empiricalSd = Math.sqrt(means.reduce((a, x) => a + (x - m) ** 2, 0) / (SEEDS - 1));
    // root mean square of the estimates, compared with the truth as measured over the seeds
    const rms = (xs: number[]) => Math.sqrt(avg(xs.map((x) => x * x)));
    const ratio = rms(blockSe) / empiricalSd;
    // 30 seeds measure the sd within about ±25 % (χ² with 29 df, 95 %): the band is that
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.33);
    // and the test has teeth: the iid formula is far outside it
    expect(rms(iidSe) / empiricalSd).toBeGreaterThan(2);
  }, 120_000);

  it('under plain Monte Carlo the iid formula is the honest one', async () => {
    const result = await simulate(draft, pop, { seed: 3, runs: 60, sampling: 'mc', workers: 1 });
    const s = summarizeSimulation(result);
    expect(s.standardError).toEqual({ method: 'iid', blocks: 60, blockSize: null });
    expect(s.metrics.netIncrementalProfit.se).toBeCloseTo(meanAndSe(metricValues(result, 'netIncrementalProfit'), { method: 'iid' }).se, 9);
  });

  it('--precision stops at a block boundary from 10 blocks on, on the same draws as the full run', async () => {
    const full = await simulate(draft, pop, { seed: 8, runs: 400, sampling: 'lhs', workers: 1 });
    const loose = await simulate(draft, pop, { seed: 8, runs: 400, sampling: 'lhs', workers: 1, precision: 0.5 });
    expect(loose.precisionReached).toBe(true);
    expect(loose.runs).toHaveLength(10 * replicateBlockSize(400));
    expect(metricValues(loose, 'netIncrementalProfit')).toEqual(metricValues(full, 'netIncrementalProfit').slice(0, loose.runs.length));
    const { mean, se } = meanAndSe(metricValues(loose, 'netIncrementalProfit'), loose.errorDesign);
    expect(se / Math.abs(mean)).toBeLessThan(0.5);
    const tight = await simulate(draft, pop, { seed: 8, runs: 400, sampling: 'lhs', workers: 1, precision: 1e-6 });
    expect(tight.precisionReached).toBe(false);
    expect(tight.runs).toHaveLength(400);
  }, 120_000);
});
