/**
 * Segments by RFM class and by customer column (docs/model.md §13, issue 27
 * part 1): on hand-made populations whose classes and values are known, each
 * customer lands in the first segment that names it, a customer without a
 * value in "other"; the classes are profile's; the attributes follow a
 * stratified sample, the codec and the worker threads.
 */
import { describe, expect, it } from 'vitest';
import { draftSchema, type Draft } from '../../src/draft/schema.js';
import { historyPopulation } from '../../src/engine/history-population.js';
import { decodePopulation, encodePopulation } from '../../src/engine/population-codec.js';
import { NO_ATTRIBUTE, type HistoryPopulation } from '../../src/engine/population.js';
import { ruleMembers, valueMatches } from '../../src/engine/segment-members.js';
import { simulate } from '../../src/engine/simulate.js';
import { summarizeSimulation } from '../../src/engine/summary.js';
import { readHistoryFile } from '../../src/history/read.js';
import { historyRfmClasses, profileHistory, summaryRfmClasses } from '../../src/history/profile.js';
import { RFM_KEYS, RFM_SEGMENTS, rfmClasses, rfmClassIndex } from '../../src/history/rfm.js';
import { summarizeHistory, type HistorySummary } from '../../src/history/summarize.js';

const N = 60;
const CHAMPIONS = rfmClassIndex('champions');
const AT_RISK = rfmClassIndex('at_risk');
const LOST = rfmClassIndex('lost');
// every third customer a champion, every fifth at risk (unless a champion), the rest lost; customer 7 unknown
const rfmOf = (i: number): number => (i === 7 ? NO_ATTRIBUTE : i % 3 === 0 ? CHAMPIONS : i % 5 === 0 ? AT_RISK : LOST);
// industry: retail for even customers, wholesale for odd, none for multiples of 11
const industryOf = (i: number): number => (i % 11 === 0 ? -1 : i % 2);

/** N customers, all alive (pAlive 1), so every run's segment counts are the classes' own. */
function population(): HistoryPopulation {
  const f = (v: (i: number) => number) => Float64Array.from({ length: N }, (_, i) => v(i));
  return {
    kind: 'history', model: 'bg-nbd', size: N, scale: 1, r: 0.8, alpha: 2, a: 0.6, b: 6, s: 0, beta: 0, p: 6, q: 4, gamma: 15000,
    uncertainty: null, x: f((i) => i % 7), tx: f((i) => (i % 7) * 2), T: f(() => 24), zbar: f((i) => (i % 7 ? 20000 : 0)), pAlive: f(() => 1), h12: f((i) => 1000 * i), season: null,
    rfmClass: Uint8Array.from({ length: N }, (_, i) => rfmOf(i)),
    attributeNames: ['industry'],
    attributeValues: [['retail', 'wholesale']],
    attributeCodes: Int32Array.from({ length: N }, (_, i) => industryOf(i)),
  };
}

const draft = (segments: unknown[]): Draft =>
  draftSchema.parse({
    name: 'By class', currency: 'RUB', horizon_months: 12, gross_margin: 0.25, participation: 0.7,
    effects: { frequency_uplift: 0.05, check_uplift: 0.02, churn_reduction: 0.05 },
    mechanics: [{ type: 'discount', rate: 0.04 }], costs: { launch: 1000, monthly: 100 }, segments,
  });

const count = (pred: (i: number) => boolean) => Array.from({ length: N }, (_, i) => i).filter(pred).length;

describe('segments by RFM class and column in the engine (docs/model.md §13)', () => {
  it('puts each customer in the first segment that names it; no class or value: "other"', async () => {
    const d = draft([
      { name: 'Champions', where: { rfm: ['champions'] }, invite: false },
      { name: 'Retail', where: { column: { name: 'industry', values: ['retail'] } } },
      { name: 'Risky', where: { rfm: ['At risk', 'lost'] } },
    ]);
    const result = await simulate(d, population(), { seed: 3, runs: 3, sampling: 'lhs', workers: 1 });
    // hand-counted from the rules above, first match wins
    const champions = count((i) => rfmOf(i) === CHAMPIONS);
    const retail = count((i) => rfmOf(i) !== CHAMPIONS && industryOf(i) === 0);
    const risky = count((i) => rfmOf(i) !== CHAMPIONS && industryOf(i) !== 0 && (rfmOf(i) === AT_RISK || rfmOf(i) === LOST));
    // 20 multiples of 3; 18 other evens (22 and 44 have no industry); 21 of the rest, customer 7 having no class
    expect([champions, retail, risky]).toEqual([20, 18, 21]);
    for (const r of result.runs) {
      expect(r.segments!.map((s) => s.activeAtStart)).toEqual([champions, retail, risky, N - champions - retail - risky]);
      expect(r.segments![0]!.members).toBe(0);
      expect(r.metrics.activeAtStart).toBe(N);
    }
    // customer 7 (no class, wholesale) is the one "other" holds
    expect(N - champions - retail - risky).toBe(1);
  });

  it('a segment naming everyone gives the same run as a spend band of the whole base (routing draws nothing)', async () => {
    const over = { participation: 0.9, mechanics: { discount: { rate: 0.02 } } };
    const band = await simulate(draft([{ name: 'All', where: { spend_top_share: [0, 1] }, ...over }]), population(), { seed: 4, runs: 4, sampling: 'lhs', workers: 1 });
    const pop = population();
    pop.rfmClass!.fill(LOST);
    const byClass = await simulate(draft([{ name: 'All', where: { rfm: ['lost'] }, ...over }]), pop, { seed: 4, runs: 4, sampling: 'lhs', workers: 1 });
    const pop2 = population();
    pop2.attributeCodes!.fill(1);
    const byColumn = await simulate(draft([{ name: 'All', where: { column: { name: 'industry', values: ['wholesale'] } }, ...over }]), pop2, { seed: 4, runs: 4, sampling: 'lhs', workers: 1 });
    expect(summarizeSimulation(byClass).metrics).toEqual(summarizeSimulation(band).metrics);
    expect(summarizeSimulation(byColumn).metrics).toEqual(summarizeSimulation(band).metrics);
  });

  it('gives the same results with 1 and 2 workers, and after the codec (the what-if panel)', async () => {
    const d = draft([{ name: 'Retail', where: { column: { name: 'industry', values: ['retail'] } }, mechanics: { discount: { rate: 0.02 } } }, { name: 'Lost', where: { rfm: ['lost'] }, invite: false }]);
    const one = summarizeSimulation(await simulate(d, population(), { seed: 9, runs: 6, sampling: 'lhs', workers: 1 }));
    const two = summarizeSimulation(await simulate(d, population(), { seed: 9, runs: 6, sampling: 'lhs', workers: 2 }));
    const carried = decodePopulation(JSON.parse(JSON.stringify(encodePopulation(population()))));
    const back = summarizeSimulation(await simulate(d, carried, { seed: 9, runs: 6, sampling: 'lhs', workers: 1 }));
    expect(two.bySegment).toEqual(one.bySegment);
    expect(back.bySegment).toEqual(one.bySegment);
    expect(back.metrics).toEqual(one.metrics);
  });

  it('matches a number by its value and text as written', () => {
    expect(['1', '1.0', '1,0', ' 1 '].map((v) => valueMatches(1, v.trim()))).toEqual([true, true, true, true]);
    expect(valueMatches(1, '')).toBe(false);
    expect(valueMatches('retail', 'retail')).toBe(true);
    expect(valueMatches('retail', 'Retail')).toBe(false);
    expect(Array.from(ruleMembers({ kind: 'column', name: 'industry', values: ['wholesale'] }, population())).reduce((a, b) => a + b, 0)).toBe(count((i) => industryOf(i) === 1));
  });

  it('needs the attribute on the population (the CLI says so first, exit 2)', () => {
    const pop = population();
    delete pop.rfmClass;
    expect(() => ruleMembers({ kind: 'rfm', classes: [LOST] }, pop)).toThrow(/internal/);
    expect(() => ruleMembers({ kind: 'column', name: 'region', values: ['North'] }, population())).toThrow(/internal/);
  });
});

describe('RFM classes (profile\'s, docs/model.md §13)', () => {
  it('scores quintiles of recency and frequency and reads the grid: hand-made customers', () => {
    // ten customers: recency rank and frequency rank; the five most recent score R 5 or 4, the most frequent F 5 or 4
    const negRecency = [-1, -2, -3, -4, -5, -6, -7, -8, -9, -10];
    const frequency = [10, 9, 1, 2, 8, 7, 3, 4, 6, 5];
    const names = Array.from(rfmClasses(negRecency, frequency), (k) => RFM_KEYS[k]);
    // R: 5 5 4 4 3 3 2 2 1 1; F: 5 5 1 1 4 4 2 2 3 3, so the last two are at_risk (R ≤ 2, F 3–4), not lost
    expect(names).toEqual(['champions', 'champions', 'promising', 'promising', 'loyal', 'loyal', 'hibernating', 'hibernating', 'at_risk', 'at_risk']);
  });

  it('are the classes `profile` counts, customer by customer, on the bundled history', async () => {
    const h = await readHistoryFile(new URL('../../fixtures/examples/sales.csv', import.meta.url).pathname);
    const classes = historyRfmClasses(h);
    const counts = new Map<string, number>();
    for (const k of classes) counts.set(RFM_SEGMENTS[k]!.name, (counts.get(RFM_SEGMENTS[k]!.name) ?? 0) + 1);
    expect(profileHistory(h).rfm.map((s) => [s.segment, s.customers])).toEqual([...counts].sort((a, b) => RFM_SEGMENTS.findIndex((s) => s.name === a[0]) - RFM_SEGMENTS.findIndex((s) => s.name === b[0])));
  });

  it('from a summary (--summary) are the history\'s own, customer by customer', async () => {
    const h = await readHistoryFile(new URL('../../fixtures/history/cdnow_sample.csv', import.meta.url).pathname);
    const fromHistory = historyRfmClasses(h);
    for (const unit of ['month', 'week'] as const) {
      const summary = summarizeHistory(h, { unit });
      expect(summary.ids).toEqual(h.store.ids);
      expect(Array.from(summaryRfmClasses(summary))).toEqual(Array.from(fromHistory));
    }
    // and not trivially: the classes are spread over the grid
    expect(new Set(fromHistory).size).toBeGreaterThanOrEqual(8);
  });

  it('follow the customers of a stratified sample', () => {
    const n = 200;
    const f = (v: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => v(i));
    const summary = { unit: 'month', ids: Array.from({ length: n }, (_, i) => `c${i}`), x: f((i) => i % 9), tx: f((i) => (i % 9) * 1.5), T: f(() => 20), zbar: f(() => 100), h12: f((i) => (i * 37) % 1000) } as unknown as HistorySummary;
    const rfmClass = Uint8Array.from({ length: n }, (_, i) => i % RFM_KEYS.length);
    const codes = Int32Array.from({ length: n }, (_, i) => i);
    const input = { summary, purchase: { model: 'bg-nbd', params: { r: 0.8, alpha: 2, a: 0.6, b: 6 } } as never, gammaGamma: { p: 6, q: 4, gamma: 100 }, attributes: { rfmClass, columns: [{ name: 'id', values: summary.ids, codes }] } };
    const { population: pop } = historyPopulation(input, { sample: 50, seed: 2 });
    expect(pop.size).toBe(50);
    // each simulated customer's value names the customer it is: the picked index
    for (let j = 0; j < 50; j++) {
      const i = pop.attributeCodes![j]!;
      expect(pop.rfmClass![j]).toBe(i % RFM_KEYS.length);
      expect(pop.h12[j]).toBe((i * 37) % 1000);
    }
    expect(pop.attributeNames).toEqual(['id']);
  });
});
