/**
 * The options every command that runs the engine shares (simulate, compare,
 * sweep, tornado, breakeven, report), and the set-up they share: the draft
 * and its warnings, the population, the progress bar and Ctrl-C.
 */
import { Option, type Command } from 'commander';
import { loadDraft, formatIssueLine } from '../draft/load.js';
import type { Draft } from '../draft/schema.js';
import { UserError } from '../errors.js';
import type { Sampling } from '../engine/inputs.js';
import { syntheticPopulation, type Population } from '../engine/population.js';
import { DEFAULT_SEED, defaultWorkers, parseChoice, parseInteger, parseNumber } from './options.js';
import { say, warn } from './output.js';

export interface SimulationFlags {
  runs: number;
  seed: number;
  horizon?: number;
  workers: number;
  sampling: Sampling;
  precision?: number;
  json?: boolean;
  locale: string;
}

export function addSimulationOptions(cmd: Command, defaults: { runs?: number } = {}): Command {
  return cmd
    .addOption(new Option('--runs <n>', 'Monte Carlo runs').argParser(parseInteger(1, 10_000_000)).default(defaults.runs ?? 1000))
    .addOption(new Option('--seed <n>', 'random seed (the same seed repeats a result exactly)').argParser(parseInteger(0, 2 ** 53 - 1)).default(DEFAULT_SEED))
    .addOption(new Option('--horizon <months>', "months to simulate (default: the draft's horizon_months)").argParser(parseInteger(1, 240)))
    .addOption(new Option('--workers <n>', 'worker threads (results are identical for any number)').argParser(parseInteger(1, 256)).default(defaultWorkers(), 'the machine\'s cores'))
    .addOption(new Option('--sampling <how>', 'run-level sampling of uncertain inputs: lhs (Latin hypercube) or mc').argParser(parseChoice(['lhs', 'mc'] as const)).default('lhs'))
    .addOption(
      new Option('--precision <share>', 'stop early once the standard error of mean net profit is below this share of its absolute mean (e.g. 0.02)').argParser(
        parseNumber(1e-6, 1),
      ),
    )
    .addOption(new Option('--locale <bcp47>', 'number and date format for tables').default('en-US'))
    .option('--json', 'machine-readable JSON on stdout');
}

/** Checks a locale early, so a typo is bad usage and not a crash later. */
export function checkLocale(locale: string): void {
  try {
    if (Intl.NumberFormat.supportedLocalesOf([locale]).length === 0) throw new RangeError();
  } catch {
    throw new UserError(`unknown locale "${locale}".`, 'Use a BCP 47 tag such as en-US, ru-RU or de-DE.');
  }
}

/** Loads a draft, printing its design-lint warnings on stderr. */
export async function loadDraftWithWarnings(file: string): Promise<Draft> {
  const { draft, warnings } = await loadDraft(file);
  for (const w of warnings) warn(formatIssueLine(file, w));
  return draft;
}

/** The population a draft runs on when no history is given. */
export function draftPopulation(draft: Draft, file: string): Population {
  const synthetic = draft.customers?.synthetic;
  if (!synthetic) {
    throw new UserError(
      `${file} has no customers.synthetic block, and no --history was given: there are no customers to simulate.`,
      'Add a customers.synthetic block (see `loyalty-sim init --template hybrid --yes`) or pass --history sales.csv.',
    );
  }
  return syntheticPopulation(synthetic);
}

/**
 * Runs `work` with an AbortSignal tied to Ctrl-C: the first Ctrl-C stops the
 * simulation within a second and lets the command say how far it got; a
 * second one exits at once.
 */
export async function withInterrupt<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    say('\nstopping… (press Ctrl-C again to quit at once)');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
  }
}
