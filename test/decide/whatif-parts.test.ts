/**
 * The what-if split across Web Workers (src/decide/whatif-parts.ts): the
 * slices, assembled in run order, are today's one-thread `runWhatIf`
 * exactly — every run's figures and the summary the page shows, to the bit.
 */
import { describe, expect, it } from 'vitest';
import { assembleWhatIf, runWhatIfSlice, whatIfSlices, type RunSlice } from '../../src/decide/whatif-parts.js';
import { HORIZON_LEVER, runWhatIf, type WhatIfRun } from '../../src/decide/whatif.js';
import { loadDraft } from '../../src/draft/load.js';
import { decodePopulation, encodePopulation } from '../../src/engine/population-codec.js';
import { syntheticPopulation, syntheticSample } from '../../src/engine/population.js';
import { replicateBlockSize } from '../../src/engine/standard-error.js';

const HYBRID = 'scenarios/wholesale-hybrid.yaml';

describe('whatIfSlices', () => {
  it('covers the runs once, in order, in whole blocks, as evenly as the blocks allow', () => {
    for (const runs of [1, 2, 7, 37, 60, 200, 201, 1000]) {
      const size = replicateBlockSize(runs);
      for (const parts of [1, 2, 3, 4, 8, 64]) {
        const s = whatIfSlices(runs, parts);
        expect(s.length).toBe(Math.min(parts, Math.ceil(runs / size)));
        expect(s[0]!.from).toBe(0);
        expect(s.at(-1)!.to).toBe(runs);
        s.forEach((x, k) => {
          expect(x.to).toBeGreaterThan(x.from);
          if (k > 0) expect(x.from).toBe(s[k - 1]!.to);
          if (x.to < runs) expect(x.to % size).toBe(0);
        });
        const blocks = s.map((x) => Math.ceil((x.to - x.from) / size));
        expect(Math.max(...blocks) - Math.min(...blocks)).toBeLessThanOrEqual(1);
      }
    }
    // a count that is not a number of workers (navigator.hardwareConcurrency may be absent) means one slice
    expect(whatIfSlices(200, Number.NaN)).toEqual([{ from: 0, to: 200 }]);
  });
});

describe('the what-if in slices', () => {
  /** The page's sample of the hybrid: 2,000 of its customers, through the codec the report embeds them with. */
  async function hybrid() {
    const { draft } = await loadDraft(HYBRID);
    const pop = decodePopulation(encodePopulation(syntheticSample(syntheticPopulation(draft.customers!.synthetic!), 2000)));
    return { draft, pop };
  }

  async function inSlices(w: WhatIfRun, slices: RunSlice[]) {
    const { draft, pop } = await hybrid();
    // the page receives the slices in whatever order the workers finish
    const parts = await Promise.all(slices.map((s) => runWhatIfSlice(draft, pop, w, s)));
    return assembleWhatIf(parts.reverse(), w.runs);
  }

  it('is runWhatIf to the bit: the report\'s 200 runs on 2 and 3 workers, levers moved and not', { timeout: 300_000 }, async () => {
    const { draft, pop } = await hybrid();
    const base: WhatIfRun = { seed: 20240601, runs: 200, horizon: 36, values: {} };
    for (const values of [{}, { participation: 0.3, 'effects.frequency_uplift': 0.25, 'mechanics.rebate.brackets[1].rate': 0.03, [HORIZON_LEVER]: 24 }]) {
      const w = { ...base, values };
      const today = await runWhatIf(draft, pop, w);
      for (const parts of values.participation ? [3] : [2]) {
        const split = await inSlices(w, whatIfSlices(w.runs, parts));
        expect(split.result).toEqual(today.result);
        expect(split.summary).toEqual(today.summary);
        // and what crosses postMessage and is shown: the summary's JSON, character for character
        expect(JSON.stringify(split.summary)).toBe(JSON.stringify(today.summary));
      }
    }
  });

  it('is runWhatIf to the bit when the last block is short (37 runs of blocks of 2, on 4 workers)', { timeout: 120_000 }, async () => {
    const { draft, pop } = await hybrid();
    const w: WhatIfRun = { seed: 7, runs: 37, horizon: 36, values: { participation: 0.45 } };
    const today = await runWhatIf(draft, pop, w);
    const split = await inSlices(w, whatIfSlices(37, 4));
    expect(split.result).toEqual(today.result);
    expect(JSON.stringify(split.summary)).toBe(JSON.stringify(today.summary));
  });

  it('refuses slices that do not make up the simulation', async () => {
    const { draft, pop } = await hybrid();
    const w: WhatIfRun = { seed: 7, runs: 4, horizon: 12, values: {} };
    const part = await runWhatIfSlice(draft, pop, w, { from: 0, to: 2 });
    expect(() => assembleWhatIf([part], 4)).toThrow(/2 of runs 0…3/);
    expect(() => assembleWhatIf([part, part], 4)).toThrow(/runs 0…3/);
  });
});
