import { describe, expect, it } from 'vitest';
import { pairedChunks } from '../../src/decide/batch.js';
import { parseVary, sweepDraft } from '../../src/decide/sweep.js';
import { tornadoDraft } from '../../src/decide/tornado.js';
import { simulate } from '../../src/engine/simulate.js';
import { batchOpts, popOf, smallDraft } from './helpers.js';

const d = smallDraft(
  `
participation: { uniform: { min: 0.6, max: 0.7 } }
effects:
  frequency_uplift: { triangular: { min: 0.0, mode: 0.2, max: 0.4 } }
  check_uplift: { pert: { min: 0.01, mode: 0.02, max: 0.03 } }
mechanics:
  - type: discount
    rate: { uniform: { min: 0.02, max: 0.025 } }
costs: { launch: 50000, monthly: 5000 }
`,
  500,
);

describe('a simulation extended block by block', () => {
  it('gives bit-identical runs to one longer simulation with the same blocks', async () => {
    const base = { seed: 3, sampling: 'lhs' as const, workers: 1, blockSize: 10 };
    const whole = await simulate(d, popOf(d), { ...base, runs: 30 });
    const parts = [
      ...(await simulate(d, popOf(d), { ...base, runs: 10 })).runs,
      ...(await simulate(d, popOf(d), { ...base, runs: 20, firstRun: 10 })).runs,
      ...(await simulate(d, popOf(d), { ...base, runs: 30, firstRun: 20 })).runs,
    ];
    expect(parts.map((r) => r.run)).toEqual(whole.runs.map((r) => r.run));
    expect(parts.map((r) => r.metrics)).toEqual(whole.runs.map((r) => r.metrics));
    expect(parts.map((r) => r.inputs)).toEqual(whole.runs.map((r) => r.inputs));
  }, 60_000);
});

describe('stopping on the precision of paired differences', () => {
  it('tornado: a minor input stops before --runs, the ranking and swings agree with the full run, and it says how many runs each used', async () => {
    const R = 400; // replicate blocks of 20, chunks of 100, no stop before 200
    const { chunk } = pairedChunks(batchOpts(R));
    const full = await tornadoDraft(d, popOf(d), batchOpts(R));
    const quick = await tornadoDraft(d, popOf(d), batchOpts(R), { precision: 0.05 });
    expect(quick.precision).toBe(0.05);
    expect(quick.inputs.map((i) => i.path)[0]).toBe(full.inputs[0]!.path);
    const largest = Math.max(...quick.inputs.map((i) => i.swing));
    for (const i of quick.inputs) {
      expect(i.runs % chunk === 0 || i.runs === R).toBe(true);
      // stopped on its precision, or ran them all
      expect(i.seSwing <= 0.05 * largest || i.runs === R).toBe(true);
      const f = full.inputs.find((x) => x.path === i.path)!;
      expect(Math.abs(i.swing - f.swing)).toBeLessThan(4 * Math.hypot(i.seSwing, f.seSwing) + 1e-9);
    }
    expect(Math.min(...quick.inputs.map((i) => i.runs))).toBeLessThan(R);
    expect(quick.totalRuns).toBeLessThan(full.totalRuns);
    console.log(`tornado runs: ${quick.totalRuns} with --precision 0.05 against ${full.totalRuns}; per input ${quick.inputs.map((i) => `${i.path} ${i.runs}`).join(', ')}`);
  }, 300_000);

  it('sweep: stops once every difference from the best point is precise enough, all points on the same runs', async () => {
    const R = 400;
    const vary = [parseVary('effects.frequency_uplift=0:0.4:0.1')];
    const r = await sweepDraft(d, vary, popOf(d), batchOpts(R), { precision: 0.05 });
    const means = r.points.map((p) => p.netIncrementalProfit.mean!);
    const range = Math.max(...means) - Math.min(...means);
    expect(r.runs).toBeLessThan(R);
    expect(r.seDifference!).toBeLessThanOrEqual(0.05 * range);
    expect(r.totalRuns).toBe(r.runs * r.points.length);
    // the curve's order is the full run's
    for (let i = 1; i < means.length; i++) expect(means[i]!).toBeGreaterThan(means[i - 1]!);
    console.log(`sweep runs per point: ${r.runs} of ${R}`);
  }, 300_000);
});
