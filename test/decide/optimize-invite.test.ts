/**
 * optimize decides whom to invite (docs/model.md §13): a segment's `invite` as
 * a yes/no variable. On a small case the best invitation set is found by
 * brute force over all eight, and optimize must find the same.
 */
import { describe, expect, it } from 'vitest';
import { checkRanges, optimizeDraft, parseRange } from '../../src/decide/optimize.js';
import { draftSchema, type Draft } from '../../src/draft/schema.js';
import { syntheticPopulation } from '../../src/engine/population.js';
import { simulate } from '../../src/engine/simulate.js';
import { summarizeSimulation } from '../../src/engine/summary.js';
import { UserError } from '../../src/errors.js';

// Key accounts respond to 2 %, the middle does not respond at all (a 4 % discount there is pure cost),
// the small clients respond strongly to 4 %: invite Key and Small, not Mid.
const draft: Draft = draftSchema.parse({
  name: 'Whom to invite',
  currency: 'RUB',
  horizon_months: 12,
  gross_margin: 0.3,
  customers: {
    synthetic: {
      count: 400,
      orders_per_month: { gamma: { shape: 1, rate: 2 } },
      dropout_per_order: { beta: { a: 0.6, b: 6 } },
      order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } },
    },
  },
  participation: 0.7,
  effects: { frequency_uplift: 0.2 },
  mechanics: [{ type: 'discount', rate: 0.04 }],
  costs: { monthly: 1000 },
  segments: [
    { name: 'Key', where: { spend_top_share: [0, 0.2] }, mechanics: { discount: { rate: 0.02 } } },
    { name: 'Mid', where: { spend_top_share: [0.2, 0.7] }, effects: { frequency_uplift: 0 } },
    { name: 'Small', where: { spend_top_share: [0.7, 1] }, effects: { frequency_uplift: 0.3 } },
  ],
});
const pop = syntheticPopulation(draft.customers!.synthetic!);
const opts = { seed: 9, runs: 12, sampling: 'lhs' as const, workers: 1 };
const NAMES = ['Key', 'Mid', 'Small'];
const ranges = NAMES.map((n) => parseRange(`segments.${n}.invite`));

describe('optimize over invitations', () => {
  it('parses segments.NAME.invite as a yes/no variable and rejects an unknown segment', () => {
    expect(ranges[0]).toEqual({ path: 'segments.Key.invite', lo: 0, hi: 1, integer: true, yesNo: true });
    expect(() => checkRanges(draft, [parseRange('segments.Big.invite')])).toThrow(UserError);
    expect(() => checkRanges(draft, ranges)).not.toThrow();
  });

  it('finds the brute-force best invitation set', async () => {
    const npv: Record<string, number> = {};
    for (let mask = 0; mask < 8; mask++) {
      const d = structuredClone(draft);
      d.segments!.forEach((s, k) => (s.invite = ((mask >> k) & 1) === 1));
      const s = summarizeSimulation(await simulate(d, pop, opts));
      npv[[0, 1, 2].map((k) => (mask >> k) & 1).join('')] = s.metrics.npv.mean!;
    }
    const sorted = Object.entries(npv).sort((a, b) => b[1] - a[1]);
    // the case is clear: invite Key and Small, not Mid, by a wide margin over the runner-up
    expect(sorted[0]![0]).toBe('101');
    expect(sorted[0]![1] - sorted[1]![1]).toBeGreaterThan(0.05 * Math.abs(sorted[0]![1]));

    const r = await optimizeDraft(draft, ranges, pop, opts, { objective: 'npv', constraints: [] });
    expect(r.current).toEqual([1, 1, 1]);
    expect(r.best.values).toEqual([1, 0, 1]);
    expect(r.best.draft.segments!.map((s) => s.invite)).toEqual([true, false, true]);
    // on the search seed the chosen design's NPV is the brute force's best
    expect(r.best.search.objective.mean).toBeCloseTo(sorted[0]![1], 6);
  });
});

describe('optimize --write of an invitation', () => {
  it('adds invite: false as a line of its own where the key was left at its default, the rest byte for byte', async () => {
    const { setDraftValues } = await import('../../src/draft/set-values.js');
    const { checkDraftText } = await import('../../src/draft/load.js');
    const text = `name: T
currency: RUB
horizon_months: 12
gross_margin: 0.25
mechanics:
  - type: discount
    rate: 0.04   # the offer
segments:
  - name: Mid
    where: { spend_top_share: [0.2, 0.7] }   # the middle
  - name: Key
    where: { spend_top_share: [0, 0.2] }
    invite: true
`;
    const d = checkDraftText(text, 'd.yaml').draft!;
    const out = setDraftValues(text, 'd.yaml', d, [
      { path: 'segments.Mid.invite', value: false },
      { path: 'segments.Key.invite', value: false },
    ]);
    expect(out).toBe(text.replace('   # the middle\n', '   # the middle\n    invite: false\n').replace('    invite: true\n', '    invite: false\n'));
  });
});

describe('sweep and tornado over segment paths', () => {
  it('sweep sets segments.Key.mechanics.discount.rate: the cost grows linearly with the key accounts\' rate alone', async () => {
    const { parseVary, sweepDraft } = await import('../../src/decide/sweep.js');
    const r = await sweepDraft(draft, [parseVary('segments.Key.mechanics.discount.rate=0.01:0.03:0.01')], pop, opts);
    const cost = r.points.map((p) => p.programCost.mean!);
    expect(r.current).toEqual([0.02]);
    expect(cost[1]! - cost[0]!).toBeGreaterThan(0);
    // the same key accounts buy the same amounts at each rate (frequency effect fixed): equal steps
    expect(cost[2]! - cost[1]!).toBeCloseTo(cost[1]! - cost[0]!, 4);
  });

  it('tornado draws and swings an uncertain segment field by its path', async () => {
    const { tornadoDraft } = await import('../../src/decide/tornado.js');
    const d = structuredClone(draft);
    d.segments![0]!.mechanics = { discount: { rate: { uniform: { min: 0.01, max: 0.03 } } } };
    const r = await tornadoDraft(d, pop, { ...opts, runs: 8 });
    const bar = r.inputs.find((b) => b.path === 'segments.Key.mechanics.discount.rate');
    expect(bar).toBeDefined();
    expect(bar!.low).toBeCloseTo(0.012, 6);
    // a dearer offer to the key accounts costs more: net at P90 below net at P10
    expect(bar!.netAtHigh).toBeLessThan(bar!.netAtLow);
  });
});
