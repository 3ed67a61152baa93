/**
 * Segments and personal offers (docs/model.md §13, issue 27 part 1): customers
 * routed to their segment's world, per-segment totals that add up to the
 * program's, uninvited segments without members, and a draft without
 * `segments` bit-identical to the engine before segments.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDraft } from '../../src/draft/load.js';
import { draftSchema, type Draft } from '../../src/draft/schema.js';
import { SEGMENT_METRIC_KEYS } from '../../src/engine/metrics.js';
import { syntheticPopulation } from '../../src/engine/population.js';
import { simulate } from '../../src/engine/simulate.js';
import { summarizeSimulation } from '../../src/engine/summary.js';

const root = new URL('../../', import.meta.url).pathname;

const base = {
  name: 'Segmented discount',
  currency: 'RUB',
  horizon_months: 24,
  gross_margin: 0.25,
  customers: {
    synthetic: {
      count: 2000,
      orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } },
      dropout_per_order: { beta: { a: 0.6, b: 6 } },
      order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } },
    },
  },
  participation: { beta: { mean: 0.6, sd: 0.1 } },
  enrolment: { selection: 0.3, months: 3 },
  effects: { frequency_uplift: { triangular: { min: 0, mode: 0.05, max: 0.1 } }, check_uplift: 0.03, churn_reduction: 0.05, ramp_months: 2 },
  mechanics: [{ type: 'discount', rate: 0.04 }],
  costs: { launch: 100000, monthly: 20000, per_member_monthly: 10 },
};
const segments = (keyRate: number) => [
  { name: 'Key', where: { spend_top_share: [0, 0.2] }, mechanics: { discount: { rate: keyRate } } },
  { name: 'Small', where: { spend_top_share: [0.7, 1] }, invite: false },
];
const parse = (over: Record<string, unknown>): Draft => draftSchema.parse({ ...base, ...over });

async function run(d: Draft, runs = 6, workers = 1) {
  const pop = syntheticPopulation(d.customers!.synthetic!);
  const result = await simulate(d, pop, { seed: 5, runs, sampling: 'lhs', workers });
  return { result, summary: summarizeSimulation(result) };
}

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

describe('segments in the engine (docs/model.md §13)', () => {
  it('a draft without segments is bit-identical to the engine at c3dde01', async () => {
    // the summaries member of main's v1 figures at c3dde01 (the per-run figures beside it are actions.test.ts's)
    const expected = (JSON.parse(readFileSync(`${root}test/engine/fixtures/v1-main-c3dde01.json`, 'utf8')) as { summaries: { drafts: Record<string, unknown> } }).summaries;
    for (const [file, figures] of Object.entries(expected.drafts)) {
      const d = (await loadDraft(`${root}${file}`)).draft;
      const pop = syntheticPopulation({ ...d.customers!.synthetic!, count: 1500 });
      const s = summarizeSimulation(await simulate(d, pop, { seed: 11, runs: 8, sampling: 'lhs', workers: 1 }));
      expect(s.bySegment).toBeUndefined();
      // through JSON, as the fixture was written: NaN and undefined read as they were stored
      // metrics added since (§14's, all 0 without its fields) are not in the fixture: every metric it has must be the same
      const stored = figures as { metrics: Record<string, unknown> };
      const metrics = Object.fromEntries(Object.keys(stored.metrics).map((k) => [k, (s.metrics as Record<string, unknown>)[k]]));
      expect(JSON.parse(JSON.stringify({ metrics, monthlyNet: s.monthly.netIncrementalProfit })), file).toEqual(figures);
    }
  });

  it('top 20 % at 2 %, bottom 30 % not invited, the rest at 4 %: three segments, sums equal the totals, key discounts halve', async () => {
    const at2 = await run(parse({ segments: segments(0.02) }));
    const at4 = await run(parse({ segments: segments(0.04) }));
    const by = at2.summary.bySegment!;
    expect(by.map((s) => [s.name, s.invited])).toEqual([
      ['Key', true],
      ['Small', false],
      ['other', true],
    ]);
    const small = by[1]!.metrics;
    expect(small.members.mean).toBe(0);
    expect(small.discounts.mean).toBe(0);
    expect(small.programCost.mean).toBe(0);
    expect(by[0]!.metrics.members.mean).toBeGreaterThan(0);
    // every run: the bands hold round(0.2·n) and round(0.3·n) of the n active customers, the rest is "other"
    for (const r of at2.result.runs) {
      const n = r.metrics.activeAtStart;
      expect(r.segments!.map((s) => s.activeAtStart)).toEqual([Math.floor(0.2 * n + 0.5), n - Math.floor(0.7 * n + 0.5), Math.floor(0.7 * n + 0.5) - Math.floor(0.2 * n + 0.5)]);
      // segment sums equal the totals; program cost and net profit with the fixed costs stated at the total
      for (const key of SEGMENT_METRIC_KEYS) {
        if (key === 'roi') continue;
        const sum = r.segments!.reduce((a, s) => a + s[key], 0);
        if (key === 'programCost') close(sum + r.metrics.fixedCosts, r.metrics.programCost);
        else if (key === 'netIncrementalProfit') close(sum - r.metrics.fixedCosts, r.metrics.netIncrementalProfit);
        else close(sum, r.metrics[key]);
      }
    }
    // the same seed, no reward response: the key accounts' purchases are the same, so 2 % costs half of 4 %, run by run
    at2.result.runs.forEach((r, i) => {
      const k2 = r.segments![0]!.discounts;
      const k4 = at4.result.runs[i]!.segments![0]!.discounts;
      expect(k2).toBeGreaterThan(0);
      close(k2, k4 / 2);
      // and the other segments did not move
      close(r.segments![2]!.discounts, at4.result.runs[i]!.segments![2]!.discounts);
    });
  });

  it('segments that change nothing give the unsegmented totals (routing customers changes no draw)', async () => {
    const plain = await run(parse({}));
    const split = await run(parse({ segments: [
      { name: 'Top', where: { spend_top_share: [0, 0.3] } },
      { name: 'Mid', where: { spend_top_share: [0.3, 0.6] } },
    ] }));
    plain.result.runs.forEach((r, i) => {
      const s = split.result.runs[i]!.metrics;
      for (const key of ['members', 'discounts', 'perMemberCosts', 'listSpendProgram', 'programCost', 'netIncrementalProfit', 'npv', 'windfallCost'] as const) close(s[key], r.metrics[key]);
    });
  });

  it('an uninvited segment is the baseline: its customers spend in the program world what they spend without it', async () => {
    const { result } = await run(parse({ segments: [{ name: 'Nobody', where: { spend_top_share: [0, 1] }, invite: false }] }));
    for (const r of result.runs) {
      const s = r.segments![0]!;
      expect(s.members).toBe(0);
      // added in the same order in both worlds: equal, not merely close
      expect(s.listSpendProgram).toBe(s.listSpendBaseline);
      expect(s.incrementalGrossProfit).toBe(0);
      expect(r.segments![1]!.activeAtStart).toBe(0);
      expect(r.metrics.members).toBe(0);
    }
  });

  it('gives the same segment results with 1 and 2 workers', async () => {
    const d = parse({ segments: segments(0.02) });
    const one = await run(d, 6, 1);
    const two = await run(d, 6, 2);
    expect(two.summary.bySegment).toEqual(one.summary.bySegment);
    expect(two.summary.metrics).toEqual(one.summary.metrics);
  });
});

describe('segmented programs in a shared run', () => {
  it('give each variant exactly what a run of it alone gives, segment totals included', async () => {
    const { drawRunInputs } = await import('../../src/engine/inputs.js');
    const { simulateRun, simulateRunShared } = await import('../../src/engine/run.js');
    const { MONTHLY_KEYS, newRunOutput } = await import('../../src/engine/totals.js');
    const variants = [parse({ segments: segments(0.02) }), parse({}), parse({ segments: [{ name: 'Top', where: { spend_top_share: [0, 0.5] }, invite: false }] })];
    const pop = syntheticPopulation({ ...variants[0]!.customers!.synthetic!, count: 500 });
    const numbers = (o: ReturnType<typeof newRunOutput>): number[] => [...o.totals, ...o.tierMix, ...MONTHLY_KEYS.flatMap((k) => [...o[k]]), ...(o.segmentTotals ?? [])];
    for (let run = 0; run < 3; run++) {
      const prms = variants.map((d) => drawRunInputs(d, { seed: 4, runs: 3, sampling: 'lhs' })[run]!.params);
      const shared = prms.map((p) => newRunOutput(p.horizon, p.tierMinSpend.length));
      simulateRunShared(pop, prms, 4, run, shared);
      prms.forEach((p, v) => {
        const alone = newRunOutput(p.horizon, p.tierMinSpend.length);
        simulateRun(pop, p, 4, run, alone);
        expect(numbers(shared[v]!), `variant ${v} run ${run}`).toEqual(numbers(alone));
      });
      expect(shared[0]!.segmentTotals).toBeDefined();
      expect(shared[1]!.segmentTotals).toBeUndefined();
    }
  });
});
