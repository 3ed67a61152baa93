/**
 * A small real report for the report tests: a draft with an uncertain input,
 * a discount and two tier levels (one with a hostile name), simulated on 300
 * customers for 12 months, in one thread.
 */
import { checkDraftText } from '../../src/draft/load.js';
import type { Draft } from '../../src/draft/schema.js';
import { comparePair } from '../../src/decide/compare.js';
import { syntheticPopulation } from '../../src/engine/population.js';
import { simulate } from '../../src/engine/simulate.js';
import { summarizeSimulation } from '../../src/engine/summary.js';
import type { ReportData, ReportEntry } from '../../src/report/report-data.js';

export const HOSTILE_LEVEL = '<img src=x onerror=alert(2)>';

export function fixtureDraft(name: string, discount = 0.02): Draft {
  const text = `name: ${JSON.stringify(name)}
currency: RUB
horizon_months: 12
gross_margin: 0.3
customers:
  synthetic:
    count: 300
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } }
participation: { beta: { mean: 0.6, sd: 0.1 } }
effects:
  frequency_uplift: { triangular: { min: 0.05, mode: 0.15, max: 0.30 } }
mechanics:
  - type: discount
    rate: ${discount}
  - type: tiers
    review: monthly
    levels:
      - { name: Silver, min_spend: 0 }
      - { name: ${JSON.stringify(HOSTILE_LEVEL)}, min_spend: 50000, discount: 0.03 }
costs: { launch: 100000, monthly: 5000 }
`;
  const check = checkDraftText(text, 'fixture.yaml');
  if (!check.draft) throw new Error(`fixture draft invalid: ${JSON.stringify(check.issues)}`);
  return check.draft;
}

export async function fixtureEntry(draft: Draft, file: string, runs = 40, seed = 7): Promise<ReportEntry> {
  const pop = syntheticPopulation(draft.customers!.synthetic!);
  const result = await simulate(draft, pop, { seed, runs, sampling: 'lhs', workers: 1, horizon: draft.horizon_months });
  return {
    meta: {
      name: draft.name,
      file,
      currency: draft.currency,
      customers: pop.size * pop.scale,
      population: `${pop.size} synthetic customers`,
      horizon: result.horizon,
      seed,
      runsRequested: runs,
      sampling: 'lhs',
      workers: 1,
      precisionReached: result.precisionReached,
      roiBasis: draft.roi_basis,
    },
    draft,
    result,
    summary: summarizeSimulation(result),
  };
}

export function fixtureData(entries: ReportEntry[], locale = 'en-US'): ReportData {
  const pairs = [];
  for (let a = 0; a < entries.length; a++) for (let b = a + 1; b < entries.length; b++) pairs.push(comparePair(a, b, entries[a]!.result.runs, entries[b]!.result.runs, entries[a]!.result.errorDesign));
  return { entries, pairs, locale, generatedAt: new Date('2024-03-01T10:30:00Z'), tornado: false };
}
