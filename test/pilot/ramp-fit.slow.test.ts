import { describe, expect, it } from 'vitest';
import { pilotPanel } from '../../src/pilot/panel.js';
import { modelEffects } from '../../src/pilot/ramp-fit.js';
import { syntheticPilot } from './synthetic.js';

describe('the ramp read from the months (issue 22 part 2)', () => {
  it('a pilot with a 3-month ramp is told from one without; the written effect is the full size', () => {
    const g = syntheticPilot(12, { customers: 3000, frequencyUplift: 0.5, checkUplift: 0, historyMonths: 9, pilotMonths: 4, rampMonths: 3 });
    const m = modelEffects(pilotPanel(g.customers, g.rows, g.start, g.end), { draftRamp: 0 });
    expect(m.fittedRamp).toBeGreaterThan(1);
    expect(m.draftRamp!.supported).toBe(false);
    expect(Math.abs(m.frequency.mean - 0.4)).toBeLessThan(2.5 * m.frequency.sd);
    expect(m.monthly).toHaveLength(4);
    // the first month's free effect is below the last's (the ramp, seen month by month)
    expect(m.monthly![0]!.frequency.estimate).toBeLessThan(m.monthly![3]!.frequency.estimate);
    // the weights are a distribution over the grid
    expect(m.ramps.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
  }, 300_000);
});
