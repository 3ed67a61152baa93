/**
 * One task of a simulation: run i of every variant. Its own module so that a
 * worker thread (worker.ts) loads the month loop and nothing else: none of
 * the simulation's planning (inputs, sampling, metrics, standard errors), and
 * the fit's modules only for a history population (issue 26).
 */
import type { RunInputs } from './inputs.js';
import type { Population } from './population.js';
import { simulateRunShared } from './run.js';
import { newRunOutput, type RunOutput } from './totals.js';

/** The part of a run that crosses a thread boundary: one run of every variant simulated together. */
export interface RunTask {
  run: number;
  /** One per variant, in the variants' order; all of one horizon. */
  inputs: RunInputs[];
}

/**
 * Runs one task on this thread over `runPop`, the population as this run
 * sees it (a history population's run draws its own parameters first:
 * simulate.ts executeTask): one output per variant, `scratch` reused when it fits.
 */
export function runTask(runPop: Population, seed: number, task: RunTask, scratch?: RunOutput[]): RunOutput[] {
  const outs = task.inputs.map(({ params: p }, v) => {
    const out = scratch?.[v];
    return out && out.monthlyGross.length === p.horizon && out.tierMix.length === p.tierMinSpend.length ? out : newRunOutput(p.horizon, p.tierMinSpend.length);
  });
  simulateRunShared(runPop, task.inputs.map((x) => x.params), seed, task.run, outs);
  return outs;
}
