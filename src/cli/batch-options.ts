/**
 * What the batch commands (compare, sweep, tornado, breakeven) share on top
 * of simulate's options: a lower default --runs (each command runs many
 * simulations), no --precision (runs must pair up across simulations, so
 * every simulation has exactly --runs runs), one progress bar over the whole
 * batch, and Ctrl-C that stops the batch and says so.
 */
import type { Command } from 'commander';
import type { BatchOptions } from '../decide/batch.js';
import { msg } from '../i18n/current.js';
import type { BatchMeta } from '../report/decide-text.js';
import { say } from './output.js';
import { progressBar } from './progress.js';
import { addSimulationOptions, withInterrupt, type SimulationFlags } from './simulation-options.js';

/** Default --runs of the batch commands: every simulation of a batch has this many runs. */
export const BATCH_RUNS = 200;

export function addBatchOptions(cmd: Command): Command {
  // no --precision: in a batch the runs of different simulations must pair up one to one
  return addSimulationOptions(cmd, { runs: BATCH_RUNS, precision: false });
}

/**
 * Runs a batch with one progress bar and Ctrl-C handling; returns undefined
 * (exit code 130 set, a message said) when the batch was interrupted.
 */
export async function runBatch<T>(label: string, flags: SimulationFlags, work: (opts: BatchOptions) => Promise<T>): Promise<T | undefined> {
  // the engine's batch module loads when a batch runs, not with the command tree (issue 26)
  const { BatchInterrupted } = await import('../decide/batch.js');
  const bar = progressBar(label);
  const start = performance.now();
  let runs = 0;
  try {
    const result = await withInterrupt((signal) =>
      work({
        seed: flags.seed,
        runs: flags.runs,
        sampling: flags.sampling,
        workers: flags.workers,
        horizon: flags.horizon,
        signal,
        onProgress: (d, t) => {
          runs = Math.max(runs, d);
          bar.update(d, t);
        },
      }),
    ).finally(() => bar.done());
    // with --json the terminal shows no summary line: say what the batch cost (stderr, so the JSON stays clean)
    if (flags.json) say(msg().progress.batchNote(msg().progress.labels[label] ?? label, runs, ((performance.now() - start) / 1000).toFixed(1), flags.workers));
    return result;
  } catch (err) {
    if (!(err instanceof BatchInterrupted)) throw err;
    say(msg().cli.interruptedBatch(err.simulationsDone, err.simulationsPlanned));
    process.exitCode = 130;
    return undefined;
  }
}

export function batchMeta(flags: SimulationFlags, population: string, horizon: number): BatchMeta {
  return { population, horizon, seed: flags.seed, runs: flags.runs, sampling: flags.sampling };
}

/** The --help text every batch command adds about runs, seeds and speed. */
export const BATCH_HELP = `
Every simulation in the batch uses the same seed, so run i of each sees the
same customers, the same baseline and the same draws of shared uncertain
inputs (common random numbers): differences are the drafts', not noise.
--runs defaults to ${BATCH_RUNS} here (not 1000 as in simulate) because the command
runs many simulations; raise it for a final answer. The runs of different
simulations pair up one to one, so a --precision (sweep and tornado) stops on
the precision of paired differences, never on one simulation's own level.
With --json a note of the runs and the time spent goes to stderr.`;
