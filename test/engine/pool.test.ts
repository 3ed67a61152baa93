/**
 * The thread pool (src/engine/pool.ts): the calling thread is one of its
 * threads (issue 26: a worker per core cost 7–11 % more CPU than one thread),
 * and the answer is the same for any number of threads, run by run.
 */
import { describe, expect, it } from 'vitest';
import { RunPool } from '../../src/engine/pool.js';
import { simulate, type SimulationResult } from '../../src/engine/simulate.js';
import { batchOpts, popOf, smallDraft } from '../decide/helpers.js';

const draft = smallDraft(`
participation: { uniform: { min: 0.5, max: 0.8 } }
effects: { frequency_uplift: { triangular: { min: 0.0, mode: 0.05, max: 0.12 } } }
mechanics:
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    redemption_rate: { uniform: { min: 0.6, max: 0.8 } }
costs: { launch: 100000 }
`, 300);

/** Every number of every run, in run order. */
const runsOf = (r: SimulationResult) => JSON.stringify(r.runs.map((x) => ({ ...x, monthlyNet: [...x.monthlyNet], tierMix: [...x.tierMix], monthlyMembers: [...x.monthlyMembers] })));

describe('the run pool', () => {
  it('gives every run bit-identical for 1, 2 and 3 threads', async () => {
    const pop = popOf(draft);
    const opts = batchOpts(13, 5);
    const one = await simulate(draft, pop, { ...opts, workers: 1 });
    expect(one.runs).toHaveLength(13);
    for (const workers of [2, 3]) expect(runsOf(await simulate(draft, pop, { ...opts, workers }))).toBe(runsOf(one));
  });

  it('starts one worker thread fewer than its size: the calling thread runs tasks too', async () => {
    const pop = popOf(draft);
    const pool = new RunPool(2, pop, 5);
    try {
      expect((pool as unknown as { workers: unknown[] }).workers).toHaveLength(1);
      const shared = await simulate(draft, pop, { ...batchOpts(9, 5), workers: 2, pool });
      expect(runsOf(shared)).toBe(runsOf(await simulate(draft, pop, { ...batchOpts(9, 5), workers: 1 })));
    } finally {
      await pool.close();
    }
  });

  it('stops on abort with the runs done so far, in order from the first', async () => {
    const pop = popOf(draft);
    const controller = new AbortController();
    let seen = 0;
    const r = await simulate(draft, pop, { ...batchOpts(40, 5), workers: 2, signal: controller.signal, onProgress: (done) => { seen = done; if (done >= 6) controller.abort(); } });
    expect(r.interrupted).toBe(true);
    expect(seen).toBeGreaterThanOrEqual(6);
    expect(r.runs.length).toBeLessThan(40);
    r.runs.forEach((x, i) => expect(x.run).toBe(i));
  });
});
