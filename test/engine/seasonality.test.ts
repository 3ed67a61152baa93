/**
 * Seasonality in the engine (issue 13, part 4): a history population's λ is
 * multiplied by s(month) in both worlds; multipliers of exactly 1 change no
 * number at all, and with a season the baseline's orders by month follow it.
 */
import { describe, expect, it } from 'vitest';
import { compileParams } from '../../src/engine/params.js';
import { historyPopulation } from '../../src/engine/history-population.js';
import type { HistoryPopulation } from '../../src/engine/population.js';
import { simulateRun } from '../../src/engine/run.js';
import { simulate } from '../../src/engine/simulate.js';
import { T, newRunOutput } from '../../src/engine/totals.js';
import type { HistorySummary } from '../../src/history/summarize.js';
import { seasonForSimulation, type Seasonality } from '../../src/history/seasonality.js';
import { dayOf } from '../../src/history/format.js';
import { draftFrom } from './helpers.js';

const draft = (horizon: number, participation: number) =>
  draftFrom(`name: t
currency: USD
horizon_months: ${horizon}
gross_margin: 0.3
participation: ${participation}
effects:
  frequency_uplift: 0.1
  churn_reduction: 0.2
mechanics:
  - type: discount
    rate: 0.03
costs: { launch: 1000 }
`);

/** n identical regular buyers (x = 12 in T = 12 months, all alive), so orders are many and dropout is rare. */
function population(n: number, season: Float64Array | null): HistoryPopulation {
  const f = (v: number) => new Float64Array(n).fill(v);
  const summary = { unit: 'month', ids: Array.from({ length: n }, (_, i) => `c${i}`), x: f(12), tx: f(11.9), T: f(12), zbar: f(100), h12: f(1200), holdoutX: f(0), holdoutT: f(0) } as unknown as HistorySummary;
  return historyPopulation({ summary, purchase: { model: 'bg-nbd', params: { r: 4, alpha: 4, a: 0.1, b: 20 } }, gammaGamma: { p: 6, q: 4, gamma: 15 }, season }).population;
}

const DEC_AUG = [1, 1, 1, 1, 1, 1, 1, 0.6, 1, 1, 1, 1.6].map((v) => v / (12.2 / 12));

describe('seasonality in the engine', () => {
  it('multipliers of exactly 1 are bit-identical to no seasonality, in every total and month (the members path too)', async () => {
    const opts = { seed: 11, runs: 6, workers: 1 };
    const flat = await simulate(draft(24, 0.5), population(300, null), opts);
    const ones = await simulate(draft(24, 0.5), population(300, new Float64Array(12).fill(1)), opts);
    expect(JSON.stringify(ones)).toBe(JSON.stringify(flat));
  });

  it("the baseline's orders by month follow the multipliers (month 1 = the calendar month after the history)", () => {
    // the history ends in November: simulated month 1 is December, month 9 August
    const s: Seasonality = { multipliers: DEC_AUG, se: [], observations: [], orders: [], expected: [], dispersion: 1, priorVariance: 0.01, estimated: true, flat: null };
    const season = seasonForSimulation(s, dayOf('2023-11-30'))!;
    expect(season[0]).toBe(DEC_AUG[11]);
    expect(season[8]).toBe(DEC_AUG[7]);
    const n = 4000;
    const seasonal = population(n, season);
    const flat = population(n, null);
    // orders in month t = cumulative orders to t − cumulative to t − 1: every month's draws are the same whatever the horizon
    const ordersTo = (pop: HistoryPopulation, H: number) => {
      const out = newRunOutput(H, 1);
      simulateRun(pop, compileParams(draft(12, 0), H), 3, 0, out);
      return out.totals[T.ordersBaseline]!;
    };
    let prevS = 0;
    let prevF = 0;
    for (let t = 1; t <= 12; t++) {
      const cs = ordersTo(seasonal, t);
      const cf = ordersTo(flat, t);
      // about 4,000 orders a month: the ratio's noise is a few per cent
      expect(Math.abs((cs - prevS) / (cf - prevF) / season[t - 1]! - 1)).toBeLessThan(0.06);
      prevS = cs;
      prevF = cf;
    }
    // a year keeps its orders: the multipliers have mean 1
    expect(Math.abs(prevS / prevF - 1)).toBeLessThan(0.02);
  });
});
