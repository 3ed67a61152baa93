import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraftText } from '../../src/draft/load.js';
import { syntheticPopulation } from '../../src/engine/population.js';
import { fitted, valueOfInformation } from '../../src/pilot/value.js';

// the hybrid without the §8–10 behaviour (the scenario now joins in stages and simulates balances): what this test reasons about
const hybrid = readFileSync(new URL('../../fixtures/drafts/valid-hybrid.yaml', import.meta.url), 'utf8');
const SIZES = [100, 200, 400, 800, 1600];

async function value(text: string) {
  const draft = checkDraftText(text, 'hybrid.yaml').draft!;
  return valueOfInformation(draft, syntheticPopulation(draft.customers!.synthetic!), {
    seed: 3,
    runs: 400,
    sample: 500,
    noiseCustomers: 5000,
    designs: SIZES.map((perGroup) => ({ perGroup, months: 3 })),
  });
}

describe('value of information (issue 14 part 5)', () => {
  it('the regression reproduces an exact quadratic', () => {
    const x = Float64Array.from({ length: 50 }, (_, i) => i / 10);
    const y = Float64Array.from(x, (v) => 3 - 2 * v + 0.5 * v * v);
    const fit = fitted([x, Float64Array.from(x, (v) => v * v)], y);
    fit.forEach((v, i) => expect(v).toBeCloseTo(y[i]!, 8));
  });

  it('on the hybrid as a close call: inputs ranked, frequency first; a pilot is worth more the larger it is, with diminishing returns, and never more than perfect information', async () => {
    // the hybrid with monthly running costs raised so that launching is a close call (E[N] a few million)
    const v = await value(hybrid.replace('monthly: 150000', 'monthly: 1000000'));
    expect(Math.abs(v.expectedNet)).toBeLessThan(10e6);
    expect(v.evpi.map((e) => e.value)).toEqual([...v.evpi.map((e) => e.value)].sort((a, b) => b - a));
    expect(v.evpi[0]!.input).toBe('effects.frequency_uplift');
    expect(v.evpi.at(-1)!.value).toBeLessThan(v.evpi[0]!.value / 3);
    const values = v.pilots.map((p) => p.value);
    for (let k = 1; k < values.length; k++) expect(values[k]!).toBeGreaterThan(values[k - 1]!);
    // diminishing returns: each added customer per group is worth less than the ones before
    const perCustomer = values.slice(1).map((x, k) => (x - values[k]!) / (SIZES[k + 1]! - SIZES[k]!));
    for (let k = 1; k < perCustomer.length; k++) expect(perCustomer[k]!).toBeLessThan(perCustomer[k - 1]!);
    expect(values.at(-1)!).toBeLessThanOrEqual(v.evpiTotal);
  }, 300_000);

  it('on the hybrid as it is: launching is clearly right under its priors, so information is worth little next to the expected profit', async () => {
    const v = await value(hybrid);
    expect(v.launchNow).toBe(true);
    expect(v.evpiTotal).toBeLessThan(0.05 * v.expectedNet);
    for (const p of v.pilots) expect(p.value).toBeLessThanOrEqual(v.evpiTotal + 1e-6);
  }, 300_000);
});
