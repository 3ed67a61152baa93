/**
 * The report's what-if: the draft with a few levers moved, simulated on a
 * sample of its customers with the product's own engine (the same
 * `simulate` the CLI runs, on one thread). The browser panel calls exactly
 * this, so a what-if figure is repeatable from the terminal with
 * `simulate --set … --runs N --seed S --sample n` (src/report/whatif.ts
 * writes that command).
 */
import type { Draft } from '../draft/schema.js';
import type { Population } from '../engine/population.js';
import { simulate, type SimulationResult } from '../engine/simulate.js';
import { summarizeSimulation, type SimulationSummary } from '../engine/summary.js';
import { withValue } from '../draft/shift.js';

/** The lever path that is not a draft field: --horizon. */
export const HORIZON_LEVER = 'horizon';

export interface WhatIfRun {
  seed: number;
  runs: number;
  /** The horizon of the original report (a lever may change it). */
  horizon: number;
  /** Lever values by path; a distribution field's value is its new mean (sweep's convention). */
  values: Record<string, number>;
}

/** The draft with the levers applied: numbers set, distributions shifted to the new mean (src/decide/variant.ts). */
export function applyWhatIf(draft: Draft, values: Record<string, number>): Draft {
  let d = draft;
  for (const [path, v] of Object.entries(values)) if (path !== HORIZON_LEVER) d = withValue(d, path, v);
  return d;
}

/** The horizon a what-if simulates: the lever's, or the report's. */
export function whatIfHorizon(w: WhatIfRun): number {
  return w.values[HORIZON_LEVER] ?? w.horizon;
}

export async function runWhatIf(draft: Draft, pop: Population, w: WhatIfRun): Promise<{ result: SimulationResult; summary: SimulationSummary; horizon: number }> {
  const horizon = whatIfHorizon(w);
  const result = await simulate(applyWhatIf(draft, w.values), pop, { seed: w.seed, runs: w.runs, sampling: 'lhs', workers: 1, horizon });
  return { result, summary: summarizeSimulation(result), horizon };
}
