import { sampleRankCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { ranks, spearman, tornadoDraft } from '../../src/decide/tornado.js';
import { UserError } from '../../src/errors.js';
import { batchOpts, popOf, smallDraft } from './helpers.js';

describe('tornadoDraft', () => {
  it('ranks a dominant input first, by swing and by rank correlation', async () => {
    const d = smallDraft(`
participation: { uniform: { min: 0.6, max: 0.7 } }
effects:
  frequency_uplift: { triangular: { min: 0.0, mode: 0.2, max: 0.4 } }
  check_uplift: { pert: { min: 0.01, mode: 0.02, max: 0.03 } }
mechanics:
  - type: discount
    rate: { uniform: { min: 0.02, max: 0.025 } }
costs: { launch: 50000, monthly: 5000 }
`);
    const t = await tornadoDraft(d, popOf(d), batchOpts(40));
    expect(t.inputs.map((i) => i.path)).toHaveLength(4);
    expect(t.inputs[0]!.path).toBe('effects.frequency_uplift');
    expect(t.inputs[0]!.netAtHigh).toBeGreaterThan(t.inputs[0]!.netAtLow);
    for (let i = 1; i < t.inputs.length; i++) expect(t.inputs[i]!.swing).toBeLessThanOrEqual(t.inputs[i - 1]!.swing);
    expect(t.inputs[0]!.spearman!).toBeGreaterThan(0.5);
    const byPath = Object.fromEntries(t.inputs.map((i) => [i.path, i]));
    expect(Math.abs(byPath['effects.frequency_uplift']!.spearman!)).toBeGreaterThan(Math.abs(byPath['effects.check_uplift']!.spearman!));
    // a higher discount costs more: its P90 case earns less
    expect(byPath['mechanics.discount.rate']!.netAtHigh).toBeLessThan(byPath['mechanics.discount.rate']!.netAtLow);
    expect(byPath['effects.frequency_uplift']!.low).toBeCloseTo(Math.sqrt(0.1 * 0.4 * 0.2), 10);
    expect(t.simulations).toBe(2 * 4 + 2);
  });

  it('a draft with no uncertain inputs is a UserError', async () => {
    const d = smallDraft('effects: { frequency_uplift: 0.05 }\n');
    await expect(tornadoDraft(d, popOf(d), batchOpts(5))).rejects.toThrow(UserError);
  });
});

describe('spearman', () => {
  it('is 1 for any increasing relation, −1 for a decreasing one, and averages ties', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 4, 1, 0])).toBeCloseTo(-1, 12);
    expect(Array.from(ranks([5, 1, 5, 2]))).toEqual([3.5, 1, 3.5, 2]);
    // hand-computed: ranks x 1 2 3 4, y 2 1 4 3 → d² = 4, ρ = 1 − 6·4/(4·15) = 0.6
    expect(spearman([1, 2, 3, 4], [20, 10, 40, 30])).toBeCloseTo(0.6, 12);
    // and against an independent implementation, with ties
    const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const y = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4];
    expect(spearman(x, y)).toBeCloseTo(sampleRankCorrelation(x, y), 12);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});
