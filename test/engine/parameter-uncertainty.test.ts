/**
 * Parameter uncertainty per run (issue 13, part 2): each run draws the
 * population parameters from the fit's asymptotic normal on a stream of its
 * own, so the ROI interval widens, the customers' streams are untouched, and
 * any number of workers gives the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { historyPopulation } from '../../src/engine/history-population.js';
import { drawnLogParameters, parameterUncertainty, populationForRun } from '../../src/engine/parameter-uncertainty.js';
import type { ParameterUncertainty } from '../../src/engine/population.js';
import { simulate } from '../../src/engine/simulate.js';
import { metricValues, summarizeSimulation } from '../../src/engine/summary.js';
import { calibrationShare, normalScores } from '../../src/engine/variance-split.js';
import { fitHistory } from '../../src/fit/fit-history.js';
import { dayOf } from '../../src/history/format.js';
import { purchaseParams } from '../../src/fit/purchase-model.js';
import { normal } from '../../src/random/distributions.js';
import { Rng } from '../../src/random/rng.js';
import { normalQuantile } from '../../src/random/special.js';
import { draftFrom } from './helpers.js';

const CDNOW = new URL('../../fixtures/history/cdnow_sample.csv', import.meta.url).pathname;
// What calibration moves: the value of a churn reduction depends on how much churn there is (a, b),
// and a launch cost weighs more or less against how much the base buys (r, α, p, q, γ).
const draft = draftFrom(`name: t
currency: USD
horizon_months: 12
gross_margin: 0.3
participation: 0.4
effects:
  frequency_uplift: 0.05
  churn_reduction: 0.3
mechanics:
  - type: discount
    rate: 0.02
costs: { launch: 2000 }
`);

describe('parameter uncertainty on the CDNOW history', async () => {
  // The first five months only: a shorter history pins the parameters down less, so calibration is a visible part of the ROI spread.
  const fit = await fitHistory(CDNOW, {}, { unit: 'month', calibrationEndDay: dayOf('1997-05-31') });
  const u = parameterUncertainty(fit.purchase, fit.gammaGamma) as ParameterUncertainty;
  const input = { summary: fit.summary, purchase: purchaseParams(fit.purchase), gammaGamma: fit.gammaGamma.params };
  const fixed = historyPopulation(input).population;
  const drawn = historyPopulation({ ...input, uncertainty: u }).population;
  const opts = { seed: 5, runs: 200, sampling: 'lhs' as const, workers: 1 };
  const withU = await simulate(draft, drawn, opts);
  const without = await simulate(draft, fixed, opts);

  it('the covariance is usable and each run gets its own parameters, centred on the fit', () => {
    expect(typeof u).toBe('object');
    const rs = Array.from({ length: 400 }, (_, run) => Math.log(populationForRun(drawn, 5, run).r));
    const mean = rs.reduce((s, v) => s + v, 0) / rs.length;
    const sd = Math.sqrt(rs.reduce((s, v) => s + (v - mean) ** 2, 0) / (rs.length - 1));
    const want = Math.sqrt(fit.purchase.logCovariance![0]![0]!);
    expect(Math.abs(mean - Math.log(fit.purchase.params.r))).toBeLessThan((4 * want) / Math.sqrt(400));
    expect(sd / want).toBeGreaterThan(0.85);
    expect(sd / want).toBeLessThan(1.15);
    expect(populationForRun(drawn, 5, 3).r).toBe(populationForRun(drawn, 5, 3).r);
    expect(populationForRun(fixed, 5, 3)).toBe(fixed);
  });

  it('widens the P5–P95 interval of what calibration decides (baseline churn), and the split finds its share of the ROI variance', () => {
    const a = summarizeSimulation(withU).metrics.churnAnnualBaseline;
    const b = summarizeSimulation(without).metrics.churnAnnualBaseline;
    expect(a.p95! - a.p5!).toBeGreaterThan(1.2 * (b.p95! - b.p5!));
    // On this history calibration is about 1-2 % of the ROI variance: too little to widen the ROI's
    // P5–P95 beyond its sampling noise at 200 runs, but the regression on the drawn θ sees it.
    const split = calibrationShare(metricValues(withU, 'roi'), withU.runs.map((r) => drawnLogParameters(u, opts.seed, r.run)));
    const churnSplit = calibrationShare(metricValues(withU, 'churnAnnualBaseline'), withU.runs.map((r) => drawnLogParameters(u, opts.seed, r.run)));
    expect(churnSplit.share).toBeGreaterThan(0.3);
    expect(split.share).toBeGreaterThan(0);
    expect(split.share).toBeLessThan(1);
    expect(split.runs).toBe(opts.runs);
  });

  it("leaves the customers' streams alone: a zero covariance gives exactly the fixed-parameter runs", async () => {
    const zero = (L: number[][]) => L.map((row) => row.map(() => 0));
    const still = historyPopulation({ ...input, uncertainty: { ...u, purchaseCholesky: zero(u.purchaseCholesky), gammaGammaCholesky: zero(u.gammaGammaCholesky) } }).population;
    const r = await simulate(draft, still, { ...opts, runs: 20 });
    const f = await simulate(draft, fixed, { ...opts, runs: 20 });
    // the log/exp round trip of the parameters may move the last bit; the streams are the same
    for (let i = 0; i < 20; i++) expect(r.runs[i]!.metrics.netIncrementalProfit).toBeCloseTo(f.runs[i]!.metrics.netIncrementalProfit, 4);
    expect(r.runs[7]!.metrics.ordersBaseline).toBeCloseTo(f.runs[7]!.metrics.ordersBaseline, 6);
  });

  it('is bit-identical for 1 and 2 workers', async () => {
    const one = await simulate(draft, drawn, { ...opts, runs: 24 });
    const two = await simulate(draft, drawn, { ...opts, runs: 24, workers: 2 });
    expect(two.runs.map((r) => r.metrics)).toEqual(one.runs.map((r) => r.metrics));
  });
});

describe('calibrationShare (adjusted R² of ROI on the drawn parameters)', () => {
  it('recovers a known split: y = 2θ₁ + noise of equal variance gives about one half', () => {
    const rng = new Rng(11, 1);
    const n = 4000;
    const X = Array.from({ length: n }, () => [normal(rng), normal(rng)]);
    const y = X.map((row) => 2 * row[0]! + 2 * normal(rng));
    const s = calibrationShare(y, X);
    expect(s.share).toBeGreaterThan(0.4);
    expect(s.share).toBeLessThan(0.6);
    expect(calibrationShare(X.map((r) => 3 * r[0]! - r[1]!), X).share).toBeCloseTo(1, 10);
  });

  it('reads the spread through a few extreme runs: the variance share collapses, the normal-score share and the widening do not', () => {
    const rng = new Rng(12, 1);
    const n = 4000;
    const theta = Array.from({ length: n }, () => [normal(rng)]);
    const noise = () => normal(rng);
    // 1 % of the runs carry a 100× shock (a few customers with huge orders); the body is θ + noise of equal variance
    const body = theta.map((t) => t[0]! + noise());
    const y = body.map((v) => (rng.next() < 0.01 ? v + 100 * noise() : v));
    const s = calibrationShare(y, theta);
    expect(s.share).toBeLessThan(0.05);
    expect(s.spreadShare).toBeGreaterThan(0.4);
    expect(s.spreadShare).toBeLessThan(0.55);
    // the P5–P95 of θ + noise against noise alone is √2 wide: the widening recovers it
    expect(s.widening).toBeGreaterThan(1.3);
    expect(s.widening).toBeLessThan(1.5);
    expect(calibrationShare(body.map(() => 1), theta).widening).toBe(1);
  });

  it('normalScores keeps the order, gives ties one score, and is symmetric', () => {
    const z = normalScores([3, 1, 2, 2, 5]);
    expect(z[1]!).toBeLessThan(z[2]!);
    expect(z[2]).toBe(z[3]);
    // ranks 1, (2, 3), 4, 5 of 5: the tie sits at the mean of (1.5, 2.5)/5
    expect(z[2]).toBeCloseTo(normalQuantile(0.4), 12);
    expect(z[0]).toBeCloseTo(normalQuantile(0.7), 12);
    expect(z[4]).toBeCloseTo(-z[1]!, 12);
  });

  it('is 0 when the parameters explain nothing, and leaves out non-finite runs', () => {
    const X = Array.from({ length: 50 }, (_, i) => [i % 2, (i * 13) % 7]);
    expect(calibrationShare(X.map(() => 1), X).share).toBe(0);
    const y = X.map((r, i) => (i === 3 ? NaN : r[0]!));
    expect(calibrationShare(y, X).runs).toBe(49);
  });
});
