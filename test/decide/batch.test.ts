import { describe, expect, it } from 'vitest';
import { withBatch } from '../../src/decide/batch.js';
import { RunPool } from '../../src/engine/pool.js';
import { simulate } from '../../src/engine/simulate.js';
import { metricValues } from '../../src/engine/summary.js';
import { batchOpts, popOf, smallDraft } from './helpers.js';

const draft = smallDraft(`
participation: { uniform: { min: 0.5, max: 0.8 } }
effects: { frequency_uplift: { triangular: { min: 0.0, mode: 0.05, max: 0.12 } } }
mechanics:
  - type: discount
    rate: 0.03
costs: { launch: 100000 }
`, 400);
const richer = smallDraft(`
participation: { uniform: { min: 0.5, max: 0.8 } }
effects: { frequency_uplift: { triangular: { min: 0.0, mode: 0.05, max: 0.12 } }, check_uplift: 0.1 }
mechanics:
  - type: discount
    rate: 0.05
costs: { launch: 100000 }
`, 400);

describe('one worker pool per batch', () => {
  it('the simulations of a batch on one shared pool give exactly what each gives alone on one thread', async () => {
    const pop = popOf(draft);
    const [a, b] = await withBatch(pop, { ...batchOpts(12, 5), workers: 2 }, 2, async (batch) => [await batch.run(draft), await batch.run(richer)]);
    const alone = async (d: typeof draft) => simulate(d, pop, { seed: 5, runs: 12, sampling: 'lhs', workers: 1 });
    expect(metricValues(a!, 'netIncrementalProfit')).toEqual(metricValues(await alone(draft), 'netIncrementalProfit'));
    expect(metricValues(b!, 'netIncrementalProfit')).toEqual(metricValues(await alone(richer), 'netIncrementalProfit'));
  }, 120_000);

  it('a pool is used only for the population and seed it was started with', async () => {
    const pop = popOf(draft);
    const pool = new RunPool(2, pop, 5);
    try {
      expect(pool.serves(pop, 5)).toBe(true);
      expect(pool.serves(pop, 6)).toBe(false);
      await expect(simulate(draft, pop, { seed: 6, runs: 4, sampling: 'lhs', workers: 2, pool })).rejects.toThrow(/another population or seed/);
      const shared = await simulate(draft, pop, { seed: 5, runs: 4, sampling: 'lhs', workers: 2, pool });
      expect(shared.runs).toHaveLength(4);
    } finally {
      await pool.close();
    }
    // a closed pool refuses work instead of waiting for workers that are gone
    await expect(simulate(draft, pop, { seed: 5, runs: 4, sampling: 'lhs', workers: 2, pool })).rejects.toThrow(/closed/);
  }, 120_000);
});
