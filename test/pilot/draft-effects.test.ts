import { describe, expect, it } from 'vitest';
import { analyzePilot, pilotData } from '../../src/pilot/analyze.js';
import { draftEffects, rampConversion, rampShare } from '../../src/pilot/draft-effects.js';
import { Rng } from '../../src/random/rng.js';
import { syntheticPilot } from './synthetic.js';

describe('the ramp a pilot sees (MODEL.md §9)', () => {
  it('rampShare is the mean of min(1, s/R) over the pilot months', () => {
    expect(rampShare(0, 3)).toBe(1);
    expect(rampShare(4, 3)).toBeCloseTo((1 / 4 + 2 / 4 + 3 / 4) / 3, 12);
    expect(rampShare(2, 4)).toBeCloseTo((0.5 + 1 + 1 + 1) / 4, 12);
    expect(rampShare(1, 3)).toBe(1);
  });

  it('a fixed ramp scales mean and sd by 1/ḡ; an uncertain one adds its own spread', () => {
    const fixed = rampConversion(4, 3)!;
    expect(fixed.factor).toBeCloseTo(2, 12);
    expect(fixed.factorSd).toBe(0);
    const wide = rampConversion({ uniform: { min: 2, max: 6 } }, 3)!;
    expect(wide.factorSd).toBeGreaterThan(0.2);
    expect(wide.shareLow).toBeLessThan(wide.share);
    expect(wide.shareHigh).toBeGreaterThan(wide.share);
    expect(rampConversion(undefined, 3)).toBeUndefined();
    expect(rampConversion(0, 3)).toBeUndefined();
  });

  it('a generated pilot with a 4-month ramp measures about half the effect; the written one is the full size', () => {
    const f = 0.3;
    const s = syntheticPilot(41, { customers: 6000, frequencyUplift: f, checkUplift: 0, rampMonths: 4 });
    const a = analyzePilot(pilotData(s.customers, s.rows, s.start, s.end), { bootstrap: 200, permutations: 100 }, new Rng(41, 3));
    const measured = a.effects.frequencyUplift;
    expect(Math.abs(measured.estimate - f * 0.5)).toBeLessThan(3 * measured.se);
    const w = draftEffects(a, 4);
    expect(w.effects.frequency_uplift.mean).toBeCloseTo(2 * measured.estimate, 12);
    expect(w.effects.frequency_uplift.sd).toBeCloseTo(2 * measured.se, 12);
    expect(Math.abs(w.effects.frequency_uplift.mean - f)).toBeLessThan(3 * w.effects.frequency_uplift.sd);
    expect(w.notes.join(' ')).toMatch(/ramp_months 4 .* saw 50 % of the full effect .*extrapolation/);
  }, 60_000);
});
