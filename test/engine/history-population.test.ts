import { describe, expect, it } from 'vitest';
import { historyPopulation, stratifiedSample } from '../../src/engine/history-population.js';
import { simulate } from '../../src/engine/simulate.js';
import { summarizeSimulation } from '../../src/engine/summary.js';
import { fitHistory } from '../../src/fit/fit-history.js';
import { conditionalExpectedTransactions } from '../../src/fit/bg-nbd.js';
import { conditionalExpected, purchaseParams } from '../../src/fit/purchase-model.js';
import { conditionalExpectedValue } from '../../src/fit/gamma-gamma.js';
import { draftFrom } from './helpers.js';

const CDNOW = new URL('../../fixtures/history/cdnow_sample.csv', import.meta.url).pathname;

describe('real customers from a history (MODEL.md §1)', async () => {
  const fit = await fitHistory(CDNOW, {}, { unit: 'month' });
  const s = fit.summary;
  const input = { summary: s, purchase: purchaseParams(fit.purchase), gammaGamma: fit.gammaGamma.params };

  it("simulated baseline orders and spend over the next 12 months are in line with the fit's own expectation", async () => {
    // The fit's expectation: Σᵢ E[X(12) | xᵢ, tₓᵢ, Tᵢ] (BG/NBD), times E[Z | xᵢ, z̄ᵢ] (Gamma-Gamma) for spend.
    let orders = 0;
    let spend = 0;
    for (let i = 0; i < s.ids.length; i++) {
      const e = conditionalExpectedTransactions(fit.purchase.params as never, 12, s.x[i]!, s.tx[i]!, s.T[i]!);
      orders += e;
      spend += e * conditionalExpectedValue(fit.gammaGamma.params, s.x[i]!, s.zbar[i]! > 0 ? s.zbar[i]! : 0);
    }
    const draft = draftFrom('name: t\ncurrency: USD\nhorizon_months: 12\ngross_margin: 0.3\nparticipation: 0\n');
    const { population } = historyPopulation(input);
    expect(population.size).toBe(2357);
    const m = summarizeSimulation(await simulate(draft, population, { seed: 1, runs: 60, sampling: 'mc', workers: 1 })).metrics;
    // The engine's monthly exponential lifetime approximates BG/NBD's dropout-after-purchase
    // (MODEL.md §2), so "in line" is a few per cent, not a few standard errors.
    expect(m.ordersBaseline.mean! / orders).toBeGreaterThan(0.97);
    expect(m.ordersBaseline.mean! / orders).toBeLessThan(1.03);
    expect(m.listSpendBaseline.mean! / spend).toBeGreaterThan(0.97);
    expect(m.listSpendBaseline.mean! / spend).toBeLessThan(1.03);
  });

  it('a stratified sample keeps the strata proportions and scales the totals to the whole base', async () => {
    const { indices } = stratifiedSample(s, 500, 3);
    expect(indices).toHaveLength(500);
    expect(new Set(indices).size).toBe(500);
    const share = (idx: ArrayLike<number>, pred: (i: number) => boolean) => Array.from(idx).filter(pred).length / idx.length;
    const all = Int32Array.from({ length: s.ids.length }, (_, i) => i);
    const repeaters = (i: number) => s.x[i]! > 0;
    expect(Math.abs(share(indices, repeaters) - share(all, repeaters))).toBeLessThan(0.005);
    const { population, sample } = historyPopulation(input, { sample: 500, seed: 3 });
    expect(sample).toMatchObject({ from: 2357, size: 500 });
    expect(population.scale).toBeCloseTo(2357 / 500, 12);
    const draft = draftFrom('name: t\ncurrency: USD\nhorizon_months: 12\ngross_margin: 0.3\nparticipation: 0\n');
    const full = summarizeSimulation(await simulate(draft, historyPopulation(input).population, { seed: 2, runs: 40, sampling: 'mc', workers: 1 }));
    const sampled = summarizeSimulation(await simulate(draft, population, { seed: 2, runs: 40, sampling: 'mc', workers: 1 }));
    const ratio = sampled.metrics.listSpendBaseline.mean! / full.metrics.listSpendBaseline.mean!;
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
    // same seed, same sample
    expect(stratifiedSample(s, 500, 3).indices).toEqual(indices);
  });
});

describe('Pareto/NBD customers: a lifetime rate μ instead of dropout after purchases', async () => {
  const fit = await fitHistory(CDNOW, {}, { unit: 'month', model: 'pareto-nbd' });
  const s = fit.summary;
  const params = purchaseParams(fit.purchase);

  it("simulated baseline orders over the next 12 months match the Pareto/NBD's conditional expectation", async () => {
    expect(fit.purchase.model).toBe('pareto-nbd');
    let orders = 0;
    for (let i = 0; i < s.ids.length; i++) orders += conditionalExpected(params, 12, s.x[i]!, s.tx[i]!, s.T[i]!);
    const draft = draftFrom('name: t\ncurrency: USD\nhorizon_months: 12\ngross_margin: 0.3\nparticipation: 0\n');
    const { population } = historyPopulation({ summary: s, purchase: params, gammaGamma: fit.gammaGamma.params });
    expect(population.model).toBe('pareto-nbd');
    const m = summarizeSimulation(await simulate(draft, population, { seed: 1, runs: 60, sampling: 'mc', workers: 1 })).metrics;
    // Survival e^(−μ) per month is the Pareto/NBD's own lifetime; what is left is
    // the month of death counting whole (orders then die at the month's end).
    expect(m.ordersBaseline.mean! / orders).toBeGreaterThan(0.97);
    expect(m.ordersBaseline.mean! / orders).toBeLessThan(1.05);
  });
});
