import { checkDraftText } from '../../src/draft/load.js';
import type { Draft } from '../../src/draft/schema.js';
import { drawRunInputs } from '../../src/engine/inputs.js';
import { runMetrics } from '../../src/engine/metrics.js';
import { syntheticPopulation } from '../../src/engine/population.js';
import { simulateRun } from '../../src/engine/run.js';
import { newRunOutput, type RunOutput } from '../../src/engine/totals.js';

/** A validated draft from YAML text (defaults filled in), failing the test loudly if it is invalid. */
export function draftFrom(yaml: string): Draft {
  const check = checkDraftText(yaml, 'test.yaml');
  if (!check.valid || !check.draft) throw new Error(`test draft invalid: ${JSON.stringify(check.issues, null, 2)}`);
  return check.draft;
}

export const CUSTOMERS = (count: number): string => `
customers:
  synthetic:
    count: ${count}
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } }
`;

export const HEADER = `
name: test
currency: RUB
horizon_months: 24
gross_margin: 0.25
discount_rate_annual: 0.15
`;

/** Customers who (practically) never leave: dropout p ≈ 1e-9 per order. */
export const STAYERS = (count: number, lambda = '{ shape: 0.8, rate: 2.0 }', warm = false): string => `
customers:
  synthetic:
    count: ${count}
    orders_per_month: { gamma: ${lambda} }
    dropout_per_order: { beta: { a: 1, b: 1000000000 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } }
    warm_start: ${warm}
`;

/** One run of a draft with its inputs drawn by plain Monte Carlo: the raw output and its metrics. */
export function oneRun(draft: Draft, seed = 7, run = 0): { out: RunOutput; metrics: ReturnType<typeof runMetrics> } {
  const inputs = drawRunInputs(draft, { seed, runs: run + 1, sampling: 'mc' })[run]!;
  const p = inputs.params;
  const out = newRunOutput(p.horizon, p.tierMinSpend.length);
  simulateRun(syntheticPopulation(draft.customers!.synthetic!), p, seed, run, out);
  return { out, metrics: runMetrics(out, p) };
}
