import { describe, expect, it } from 'vitest';
import { analyzePilot, pilotData } from '../../src/pilot/analyze.js';
import { Rng } from '../../src/random/rng.js';
import { syntheticPilot } from './synthetic.js';

const REPS = 200;
const options = { bootstrap: 200, permutations: 200, alpha: 0.05 };

function replicate(seedBase: number, f: number, c: number) {
  const out = [];
  for (let rep = 0; rep < REPS; rep++) {
    const s = syntheticPilot(seedBase + rep, { customers: 400, frequencyUplift: f, checkUplift: c });
    const a = analyzePilot(pilotData(s.customers, s.rows, s.start, s.end), options, new Rng(seedBase + rep, 3));
    out.push(a.effects);
  }
  return out;
}

describe('pilot analyze on synthetic pilots with known effects', () => {
  it('95 % intervals cover the true frequency and check uplifts in 90–99 % of replications', () => {
    const f = 0.15;
    const c = 0.08;
    const reps = replicate(1000, f, c);
    const cover = (name: 'frequencyUplift' | 'checkUplift', truth: number) => reps.filter((e) => e[name].ciLow <= truth && truth <= e[name].ciHigh).length / REPS;
    const freq = cover('frequencyUplift', f);
    const check = cover('checkUplift', c);
    expect(freq).toBeGreaterThanOrEqual(0.9);
    expect(freq).toBeLessThanOrEqual(0.99);
    expect(check).toBeGreaterThanOrEqual(0.9);
    expect(check).toBeLessThanOrEqual(0.99);
    // the estimates are centred on the truth (mean over replications within a few standard errors)
    const mean = (name: 'frequencyUplift' | 'checkUplift') => reps.reduce((s, e) => s + e[name].estimate, 0) / REPS;
    const se = (name: 'frequencyUplift' | 'checkUplift') => reps.reduce((s, e) => s + e[name].se, 0) / REPS / Math.sqrt(REPS);
    expect(Math.abs(mean('frequencyUplift') - f)).toBeLessThan(4 * se('frequencyUplift'));
    expect(Math.abs(mean('checkUplift') - c)).toBeLessThan(4 * se('checkUplift'));
  }, 120_000);

  it('with no true effect, p < 0.05 in 2–8 % of the frequency and check tests', () => {
    const reps = replicate(5000, 0, 0);
    // pooled over the two effects the draft takes (400 tests): one effect's 200 alone has a binomial sd of 1.5 points
    const hits = reps.filter((e) => e.frequencyUplift.pValue < 0.05).length + reps.filter((e) => e.checkUplift.pValue < 0.05).length;
    const rate = hits / (2 * REPS);
    expect(rate).toBeGreaterThanOrEqual(0.02);
    expect(rate).toBeLessThanOrEqual(0.08);
    // and the intervals agree: 95 % of them contain zero, give or take the same margin
    const outside = reps.filter((e) => e.frequencyUplift.ciLow > 0 || e.frequencyUplift.ciHigh < 0).length / REPS;
    expect(outside).toBeGreaterThanOrEqual(0.01);
    expect(outside).toBeLessThanOrEqual(0.1);
  }, 120_000);
});
