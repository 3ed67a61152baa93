/**
 * The what-if split across Web Workers (issue 26: "sliders that feel live").
 * A simulation's runs are independent given (seed, run index) and the run
 * design (src/engine/simulate.ts), so the page gives each worker a slice of
 * the runs and assembles the slices in run order: the result is the one
 * `runWhatIf` computes on one thread, figure for figure
 * (test/decide/whatif-parts.test.ts).
 *
 * Slices end on replicate Latin hypercube block boundaries: a block cut short
 * would draw its own, smaller hypercube (src/random/lhs.ts), whereas whole
 * blocks are the same whatever the simulation's length.
 */
import type { Draft } from '../draft/schema.js';
import type { Population } from '../engine/population.js';
import { simulate, type SimulationResult } from '../engine/simulate.js';
import { errorDesignFor, replicateBlockSize } from '../engine/standard-error.js';
import { summarizeSimulation, type SimulationSummary } from '../engine/summary.js';
import { applyWhatIf, whatIfHorizon, type WhatIfRun } from './whatif.js';

/** Runs [from, to) of a what-if's simulation. */
export interface RunSlice {
  from: number;
  to: number;
}

/**
 * The runs cut into at most `parts` contiguous slices of whole blocks, as
 * even as the blocks allow (every run costs about the same), in run order.
 */
export function whatIfSlices(runs: number, parts: number): RunSlice[] {
  const size = replicateBlockSize(runs);
  const blocks = Math.ceil(runs / size);
  const n = Math.max(1, Math.min(Math.floor(parts) || 1, blocks));
  const slices: RunSlice[] = [];
  for (let k = 0, done = 0; k < n; k++) {
    const take = Math.floor(blocks / n) + (k < blocks % n ? 1 : 0);
    slices.push({ from: Math.min(runs, done * size), to: Math.min(runs, (done + take) * size) });
    done += take;
  }
  return slices;
}

/**
 * Runs `slice` of the what-if `w`: exactly those runs of `runWhatIf`'s
 * simulation (the same draft, design, seed and horizon), and no others.
 */
export async function runWhatIfSlice(draft: Draft, pop: Population, w: WhatIfRun, slice: RunSlice, signal?: AbortSignal): Promise<SimulationResult> {
  return simulate(applyWhatIf(draft, w.values), pop, {
    seed: w.seed,
    // the design of the whole simulation: its blocks, cut at this slice's end (a block boundary, or the last run)
    runs: slice.to,
    firstRun: slice.from,
    blockSize: replicateBlockSize(w.runs),
    sampling: 'lhs',
    workers: 1,
    horizon: whatIfHorizon(w),
    signal,
  });
}

/** The slices' results (in any order) as the one simulation of `runs` runs they are slices of, and its summary. */
export function assembleWhatIf(parts: SimulationResult[], runs: number): { result: SimulationResult; summary: SimulationSummary } {
  const first = parts[0];
  if (!first) throw new Error('assembleWhatIf: no slices');
  const all = parts.flatMap((p) => p.runs).sort((a, b) => a.run - b.run);
  if (all.length !== runs || all.some((r, k) => r.run !== k)) throw new Error(`assembleWhatIf: the slices hold ${all.length} of runs 0…${runs - 1}`);
  const result: SimulationResult = {
    ...first,
    runs: all,
    runsRequested: runs,
    interrupted: false,
    precisionReached: false,
    errorDesign: errorDesignFor(runs, 'lhs'),
  };
  return { result, summary: summarizeSimulation(result) };
}
