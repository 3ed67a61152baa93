/**
 * Shared work across variants (issue 16 part 2): a run that carries several
 * programs over the same customers, stepping each customer's baseline once,
 * must give every program exactly what a run of that program alone gives,
 * bit for bit, in the engine and through compare, sweep and tornado with 1
 * and 2 workers.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDraft } from '../../src/draft/load.js';
import type { Draft } from '../../src/draft/schema.js';
import { MAX_SHARED_VARIANTS, sharingGroups, withBatch, type BatchOptions } from '../../src/decide/batch.js';
import { compareDrafts } from '../../src/decide/compare.js';
import { parseVary, sweepDraft } from '../../src/decide/sweep.js';
import { tornadoDraft } from '../../src/decide/tornado.js';
import { historyPopulation } from '../../src/engine/history-population.js';
import { drawRunInputs } from '../../src/engine/inputs.js';
import { syntheticPopulation, type Population } from '../../src/engine/population.js';
import { simulateRun, simulateRunShared } from '../../src/engine/run.js';
import { MONTHLY_KEYS, newRunOutput, T, type RunOutput } from '../../src/engine/totals.js';
import { fitHistory } from '../../src/fit/fit-history.js';
import { purchaseParams } from '../../src/fit/purchase-model.js';

const root = new URL('../../', import.meta.url).pathname;
const files = [...readdirSync(`${root}scenarios`).filter((f) => f.endsWith('.yaml')).map((f) => `${root}scenarios/${f}`), `${root}bench/all-features.yaml`];
const drafts: { file: string; draft: Draft }[] = await Promise.all(files.map(async (file) => ({ file, draft: (await loadDraft(file)).draft })));
const hybrid = drafts.find((d) => d.file.endsWith('wholesale-hybrid.yaml'))!.draft;
const small = (d: Draft, count: number): Population => syntheticPopulation({ ...d.customers!.synthetic!, count });

/** Every number of a run's output, for an exact (Object.is) comparison. */
const numbers = (o: RunOutput): number[] => [...o.totals, ...o.tierMix, ...MONTHLY_KEYS.flatMap((k) => [...o[k]])];

function checkEngine(pop: Population, variants: Draft[], seed: number, runs: number): void {
  for (let run = 0; run < runs; run++) {
    const prms = variants.map((d) => drawRunInputs(d, { seed, runs, sampling: 'lhs' })[run]!.params);
    const shared = prms.map((p) => newRunOutput(p.horizon, p.tierMinSpend.length));
    simulateRunShared(pop, prms, seed, run, shared);
    prms.forEach((p, v) => {
      const alone = newRunOutput(p.horizon, p.tierMinSpend.length);
      simulateRun(pop, p, seed, run, alone);
      expect(numbers(shared[v]!)).toStrictEqual(numbers(alone));
    });
    // not vacuous: the programs differ, and members outlive their baseline twins somewhere
    expect(new Set(shared.map((o) => o.totals[T.listSpendProgram])).size).toBe(shared.length);
    expect(shared.some((o) => o.totals[T.activeAtHorizonProgram]! > o.totals[T.activeAtHorizonBaseline]!)).toBe(true);
  }
}

describe('shared work across variants is bit-identical to independent runs', () => {
  it('engine: every bundled scenario and every behaviour feature, side by side in one run, on synthetic customers', () => {
    const pop = small(hybrid, 1500);
    for (const seed of [1, 9]) checkEngine(pop, drafts.map((d) => d.draft), seed, 3);
  });

  it('engine: on customers from a history (per-run population, inactive customers, no warm start)', async () => {
    const fit = await fitHistory(`${root}fixtures/history/cdnow_sample.csv`, {}, { unit: 'month' });
    const { population } = historyPopulation({ summary: fit.summary, purchase: purchaseParams(fit.purchase), gammaGamma: fit.gammaGamma.params });
    checkEngine(population, drafts.map((d) => d.draft), 4, 2);
  }, 60_000);

  const opts = (workers: number, independent: boolean): BatchOptions => ({ seed: 3, runs: 20, sampling: 'lhs', workers, independent });

  it('compare of the bundled scenarios, with 1 and 2 workers', async () => {
    const pop = small(hybrid, 800);
    const inputs = drafts.map(({ file, draft }) => ({ file, draft }));
    const reference = await compareDrafts(inputs, pop, opts(1, true));
    expect(await compareDrafts(inputs, pop, opts(1, false))).toStrictEqual(reference);
    expect(await compareDrafts(inputs, pop, opts(2, false))).toStrictEqual(reference);
  }, 120_000);

  it('a 3 × 3 sweep of the hybrid, with and without a precision, with 1 and 2 workers', async () => {
    const pop = small(hybrid, 800);
    const vary = [parseVary('mechanics.tiers.levels.Gold.min_spend=100000:300000:100000'), parseVary('mechanics.tiers.levels.Gold.discount=0:0.02:0.01')];
    for (const precision of [undefined, 0.05]) {
      const reference = await sweepDraft(hybrid, vary, pop, opts(1, true), { precision });
      expect(await sweepDraft(hybrid, vary, pop, opts(1, false), { precision })).toStrictEqual(reference);
      expect(await sweepDraft(hybrid, vary, pop, opts(2, false), { precision })).toStrictEqual(reference);
    }
  }, 240_000);

  it("the hybrid's tornado, with and without a precision, with 1 and 2 workers", async () => {
    const pop = small(hybrid, 800);
    for (const precision of [undefined, 0.05]) {
      const reference = await tornadoDraft(hybrid, pop, opts(1, true), { precision });
      expect(await tornadoDraft(hybrid, pop, opts(1, false), { precision })).toStrictEqual(reference);
      expect(await tornadoDraft(hybrid, pop, opts(2, false), { precision })).toStrictEqual(reference);
    }
  }, 240_000);

  it('variants of different horizons are simulated in one group per horizon, each as it would be alone', async () => {
    const pop = small(hybrid, 500);
    const h = (months: number): Draft => ({ ...hybrid, horizon_months: months });
    const variants = [h(12), h(24), h(12), h(36)].map((draft) => ({ draft }));
    const run = (independent: boolean) => withBatch(pop, opts(1, independent), variants.length, (b) => b.runAll(variants));
    const shared = await run(false);
    expect(shared.map((r) => r.horizon)).toStrictEqual([12, 24, 12, 36]);
    expect(shared).toStrictEqual(await run(true));
  }, 60_000);

  it('groups variants by horizon (or --horizon), in order, at most MAX_SHARED_VARIANTS to a group', () => {
    const h = (months: number) => ({ draft: { ...hybrid, horizon_months: months } });
    const many = [...Array.from({ length: 2 * MAX_SHARED_VARIANTS + 1 }, () => h(36)), h(12)];
    const groups = sharingGroups(many);
    expect(groups.map((g) => g.length)).toStrictEqual([MAX_SHARED_VARIANTS, MAX_SHARED_VARIANTS, 1, 1]);
    expect(groups.flat()).toStrictEqual(many.map((_, v) => v));
    expect(sharingGroups([h(12), h(24), h(12)])).toStrictEqual([[0, 2], [1]]);
    expect(sharingGroups([h(12), h(24), h(12)], 36)).toStrictEqual([[0, 1, 2]]);
  });
});
