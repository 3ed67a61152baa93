/**
 * What `report` shows, gathered: the drafts simulated on one population
 * (as `simulate`, or paired as `compare`), with a tornado per draft on
 * request, ready for the HTML and XLSX renderers. No files, no console:
 * progress and Ctrl-C come in through the options.
 */
import { BatchInterrupted, Batch, type BatchOptions } from '../decide/batch.js';
import { comparePair, type CompareInput } from '../decide/compare.js';
import { tornadoDraft } from '../decide/tornado.js';
import { RunPool } from '../engine/pool.js';
import type { Population } from '../engine/population.js';
import { simulate, type SimulationResult } from '../engine/simulate.js';
import { summarizeSimulation } from '../engine/summary.js';
import type { ReportData, ReportEntry } from './report-data.js';
import type { SimulationMeta } from './simulation-text.js';

/** How the drafts are simulated: the same options as `simulate`, one seed for all. */
export interface ReportRunOptions {
  seed: number;
  runs: number;
  sampling: 'lhs' | 'mc';
  workers: number;
  precision?: number;
  horizon?: number;
  tornado: boolean;
  locale: string;
  /** The population for people: "10,000 synthetic customers", or which customers of which history. */
  populationLabel: string;
  generatedAt: Date;
  signal?: AbortSignal;
  onProgress?: (label: string, done: number, total: number) => void;
}

/**
 * Simulates the drafts on one population and gathers what the report shows.
 * One draft runs exactly as `simulate` does (--precision included); several
 * run as `compare` does: same seed, same customers, the same number of runs,
 * compared run by run. The population is a parameter: the synthetic one of
 * a draft's customers block, or the real customers of a --history file.
 * Returns null when Ctrl-C stopped it.
 */
export async function runReport(inputs: CompareInput[], pop: Population, o: ReportRunOptions): Promise<ReportData | null> {
  // one pool of worker threads for every simulation of the report (drafts and tornadoes)
  const pool = o.workers > 1 ? new RunPool(o.workers, pop, o.seed) : undefined;
  try {
    return await gather(inputs, pop, o, pool);
  } finally {
    await pool?.close();
  }
}

async function gather(inputs: CompareInput[], pop: Population, o: ReportRunOptions, pool: RunPool | undefined): Promise<ReportData | null> {
  const results: SimulationResult[] = [];
  if (inputs.length === 1) {
    const r = await simulate(inputs[0]!.draft, pop, {
      seed: o.seed,
      runs: o.runs,
      sampling: o.sampling,
      workers: o.workers,
      precision: o.precision,
      horizon: o.horizon,
      signal: o.signal,
      pool,
      onProgress: (d, t) => o.onProgress?.('simulating', d, t),
    });
    if (r.interrupted) return null;
    results.push(r);
  } else {
    const batch = new Batch(pop, batchOptions(o, 'simulating', pool), inputs.length);
    try {
      results.push(...(await batch.runAll(inputs.map((x) => ({ draft: x.draft })))));
    } catch (err) {
      if (err instanceof BatchInterrupted) return null;
      throw err;
    }
  }
  const entries: ReportEntry[] = inputs.map((x, i) => {
    const result = results[i]!;
    const meta: SimulationMeta = {
      name: x.draft.name,
      file: x.file,
      currency: x.draft.currency,
      customers: pop.size * pop.scale,
      population: o.populationLabel,
      horizon: result.horizon,
      seed: o.seed,
      runsRequested: o.runs,
      sampling: o.sampling,
      workers: o.workers,
      precision: o.precision,
      precisionReached: result.precisionReached,
      roiBasis: x.draft.roi_basis,
    };
    return { meta, draft: x.draft, result, summary: summarizeSimulation(result) };
  });
  if (o.tornado) {
    for (const e of entries) {
      try {
        e.tornado = await tornadoDraft(e.draft, pop, batchOptions(o, `tornado ${e.meta.name}`, pool));
      } catch (err) {
        if (err instanceof BatchInterrupted) return null;
        throw err;
      }
    }
  }
  const pairs = [];
  for (let a = 0; a < entries.length; a++) {
    for (let b = a + 1; b < entries.length; b++) pairs.push(comparePair(a, b, entries[a]!.result.runs, entries[b]!.result.runs, entries[a]!.result.errorDesign));
  }
  return { entries, pairs, locale: o.locale, generatedAt: o.generatedAt, tornado: o.tornado };
}

function batchOptions(o: ReportRunOptions, label: string, pool: RunPool | undefined): BatchOptions {
  return {
    pool,
    seed: o.seed,
    runs: o.runs,
    sampling: o.sampling,
    workers: o.workers,
    horizon: o.horizon,
    signal: o.signal,
    onProgress: (d, t) => o.onProgress?.(label, d, t),
  };
}
