import { describe, expect, it } from 'vitest';
import { Batch } from '../../src/decide/batch.js';
import { parseConstraint } from '../../src/decide/constraint.js';
import { designDraft, frontierOf, optimizeDraft, parseRange, valuesAt, type Evaluation } from '../../src/decide/optimize.js';
import { setDraftValues } from '../../src/draft/set-values.js';
import { checkDraftText } from '../../src/draft/load.js';
import { metricValues } from '../../src/engine/summary.js';
import { summarize } from '../../src/engine/metrics.js';
import { simulate } from '../../src/engine/simulate.js';
import { UserError } from '../../src/errors.js';
import { batchOpts, popOf } from './helpers.js';
import { CUSTOMERS, HEADER } from '../engine/helpers.js';

/**
 * A design problem with an interior optimum today (no reward response
 * needed): the Gold level gives its members a 30 % frequency uplift for a 2 %
 * discount and a fixed benefit cost of 1,000 a month. A member is worth
 * keeping in Gold only when 0.25·0.3·S − 0.02·1.3·S > 1,000 for monthly spend
 * S, so mean NPV rises with Gold's min_spend from a low threshold (losses on
 * small buyers) and falls at a high one (too few members): the best threshold
 * is inside the range.
 */
const TEXT = `${HEADER}${CUSTOMERS(400)}
participation: 0.6
effects:
  frequency_uplift: { triangular: { min: 0.0, mode: 0.02, max: 0.05 } }
mechanics:
  - type: tiers
    review: quarterly
    levels:
      - { name: Silver, min_spend: 0 }
      # the level under study
      - name: Gold
        min_spend: 100000   # trailing 12-month spend
        discount: 0.02
        frequency_uplift: 0.3
        benefit_cost_per_month: 1000
costs: { launch: 20000, monthly: 1000 }
`;
const draft = checkDraftText(TEXT, 't.yaml').draft!;
const PATH = 'mechanics.tiers.levels.Gold.min_spend';
const LO = 20000;
const HI = 1000000;

/** The brute-force answer: a fine grid over the same common random numbers as the search. */
async function grid(points: number, runs: number, seed: number, constraint?: (e: { cost: number }) => boolean) {
  const batch = new Batch(popOf(draft), batchOpts(runs, seed), points);
  let best = { value: NaN, npv: -Infinity };
  for (let i = 0; i < points; i++) {
    const value = LO + ((HI - LO) * i) / (points - 1);
    const r = await batch.run((designDraft(draft, [{ path: PATH, lo: LO, hi: HI, integer: false }], [value]) as { draft: typeof draft }).draft);
    const npv = summarize(metricValues(r, 'npv')).mean!;
    const cost = summarize(metricValues(r, 'programCost')).mean!;
    if ((!constraint || constraint({ cost })) && npv > best.npv) best = { value, npv };
  }
  return { ...best, customerMonths: batch.customerMonths };
}

describe('optimize against brute force', () => {
  it('finds an interior optimum of a tier threshold within 2 s.e. of a 41-point grid, simulating fewer customer-months', async () => {
    const runs = 24;
    const seed = 5;
    const brute = await grid(41, runs, seed);
    expect(brute.value).toBeGreaterThan(LO);
    expect(brute.value).toBeLessThan(HI);
    const r = await optimizeDraft(draft, [parseRange(`${PATH}=${LO}:${HI}`)], popOf(draft), batchOpts(runs, seed), { objective: 'npv', constraints: [] });
    const conf = r.confirmation.design.objective;
    console.log(`optimize: ${r.best.values[0]} confirmed ${conf.mean.toFixed(0)} ± ${conf.se.toFixed(0)}; grid best ${brute.value} at ${brute.npv.toFixed(0)}; customer-months ${r.customerMonths} vs grid ${brute.customerMonths}`);
    expect(Math.abs(conf.mean - brute.npv)).toBeLessThanOrEqual(2 * conf.se);
    expect(r.customerMonths).toBeLessThan(brute.customerMonths);
    // stricter: on the search's own runs, the chosen design is no worse than the grid's best
    expect(r.best.search.objective.mean).toBeGreaterThanOrEqual(brute.npv - 0.5 * r.best.search.objective.se);
    expect(r.confirmation.seed).not.toBe(seed);
  }, 120_000);

  it('keeps a budget constraint with room, and the written draft meets it in an independent simulation', async () => {
    const runs = 24;
    const seed = 9;
    const constraints = [parseConstraint('programCost<=6e5'), parseConstraint('P(roi>0)>=0.9')];
    const r = await optimizeDraft(draft, [parseRange(`${PATH}=${LO}:${HI}`)], popOf(draft), batchOpts(runs, seed), { objective: 'npv', constraints });
    expect(r.found).toBe(true);
    expect(r.confirmation.design.feasible).toBe(true);
    const text = setDraftValues(TEXT, 't.yaml', draft, [{ path: PATH, value: r.best.values[0]! }]);
    expect(text).toContain('# the level under study');
    expect(text).toContain('# trailing 12-month spend');
    const written = checkDraftText(text, 't.yaml').draft!;
    const sim = await simulate(written, popOf(written), { seed: 12345, runs: 60, sampling: 'lhs', workers: 1 });
    expect(summarize(metricValues(sim, 'programCost')).mean!).toBeLessThanOrEqual(6e5);
    const roi = metricValues(sim, 'roi');
    expect(roi.filter((v) => v > 0).length / roi.length).toBeGreaterThanOrEqual(0.9);
    // the budget binds: the unconstrained optimum (about 190,000) costs more, so the threshold moves up
    expect(r.best.values[0]!).toBeGreaterThan(250000);
    expect(r.confirmation.design.checks[0]!.margin).toBeGreaterThanOrEqual(0);
    console.log(`constrained: ${r.best.values[0]}, cost margin ${r.confirmation.design.checks[0]!.margin.toFixed(0)} ± ${r.confirmation.design.checks[0]!.se.toFixed(0)}`);
  }, 120_000);
});

describe('optimize over two fields that must keep their order', () => {
  it('rejects designs with the levels out of order without simulating them, and picks an ordered one', async () => {
    const two = checkDraftText(
      TEXT.replace(
        'costs: {',
        `      - { name: Platinum, min_spend: 500000, discount: 0.03, frequency_uplift: 0.35, benefit_cost_per_month: 3000 }
costs: {`,
      ),
      't.yaml',
    ).draft!;
    const ranges = [parseRange(`${PATH}=${LO}:${HI}`), parseRange('mechanics.tiers.levels.Platinum.min_spend=200000:1200000')];
    const r = await optimizeDraft(two, ranges, popOf(two), batchOpts(10, 3), { objective: 'net', constraints: [] });
    expect(r.invalid).toBeGreaterThan(0);
    expect(r.best.values[0]!).toBeLessThan(r.best.values[1]!);
    expect(r.evaluations.every((e) => e.values[0]! < e.values[1]!)).toBe(true);
    expect(r.metric).toBe('netIncrementalProfit');
  }, 300_000);
});

describe('optimize pieces', () => {
  it('parses ranges and refuses bad ones with a hint', () => {
    expect(parseRange('mechanics.discount.rate=1%:9%')).toEqual({ path: 'mechanics.discount.rate', lo: 0.01, hi: 0.09, integer: false });
    expect(parseRange('mechanics.points.expiry_months=6:36').integer).toBe(true);
    expect(() => parseRange('mechanics.discount.rate=0.1:0.01')).toThrow(UserError);
    expect(() => parseRange('mechanics.discount.rate=0:0.1:0.01')).toThrow(/LO:HI/);
    expect(() => parseRange('mechanics.points.expiry_months=6.5:36')).toThrow(/whole/);
  });

  it('puts candidates on a lattice inside the box, whole numbers for whole-number fields', () => {
    const ranges = [parseRange('a.rate=0:1'), parseRange('mechanics.points.expiry_months=6:36')];
    expect(valuesAt(ranges, [0.5, 0.5])).toEqual([0.5, 21]);
    expect(valuesAt([parseRange('x.min_spend=20000:1000000')], [0.1823])).toEqual([199000]);
    expect(valuesAt(ranges, [-1, 2])).toEqual([0, 36]);
  });

  it('rejects designs that break the draft rules (levels out of order) without simulating them', () => {
    const silverGold = designDraft(draft, [{ path: PATH, lo: 0, hi: 1, integer: false }], [0]);
    expect('error' in silverGold).toBe(true);
  });

  it('keeps only the designs no other beats on both mean and P5 NPV', () => {
    const e = (m: number, p5: number) => ({ values: [m], npv: { mean: m, p5, se: 0, p50: 0, p95: 0 }, programCost: { mean: 1, se: 0, p5: 0, p50: 0, p95: 0 }, feasible: true }) as unknown as Evaluation;
    const f = frontierOf([e(1, 5), e(2, 4), e(3, 1), e(2, 3), e(0, 0)]);
    expect(f.map((p) => [p.npvMean, p.npvP5])).toEqual([[1, 5], [2, 4], [3, 1]]);
  });

  it('draws the frontier among the designs that meet the constraints: a forbidden design does not push an allowed one off it', () => {
    const e = (m: number, p5: number, feasible: boolean) => ({ values: [m], npv: { mean: m, p5, se: 0, p50: 0, p95: 0 }, programCost: { mean: 1, se: 0, p5: 0, p50: 0, p95: 0 }, feasible }) as unknown as Evaluation;
    const f = frontierOf([e(1, 5, true), e(2, 3, true), e(3, 6, false), e(4, 1, false)]);
    expect(f.map((p) => [p.npvMean, p.npvP5, p.feasible])).toEqual([[1, 5, true], [2, 3, true]]);
    // none allowed: the frontier of them all, each marked
    const none = frontierOf([e(1, 5, false), e(3, 6, false), e(4, 1, false)]);
    expect(none.map((p) => [p.npvMean, p.feasible])).toEqual([[3, false], [4, false]]);
  });
});
