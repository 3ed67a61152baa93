import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { BatchInterrupted, Batch, type BatchOptions } from '../../decide/batch.js';
import { checkComparable, comparePair, populationMismatches, type CompareInput } from '../../decide/compare.js';
import { tornadoDraft } from '../../decide/tornado.js';
import type { Population } from '../../engine/population.js';
import { simulate, type SimulationResult } from '../../engine/simulate.js';
import { summarizeSimulation } from '../../engine/summary.js';
import { UserError } from '../../errors.js';
import { renderHtmlReport } from '../../report/html.js';
import type { ReportData, ReportEntry } from '../../report/report-data.js';
import type { SimulationMeta } from '../../report/simulation-text.js';
import { renderXlsxReport } from '../../report/xlsx.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { printJson, say, warn } from '../output.js';
import { progressBar } from '../progress.js';
import {
  addSimulationOptions,
  checkLocale,
  loadDraftWithWarnings,
  resolvePopulation,
  withInterrupt,
  type SimulationFlags,
} from '../simulation-options.js';
import { simulationJson } from './simulate.js';

interface ReportFlags extends SimulationFlags {
  html?: string;
  xlsx?: string;
  force?: boolean;
  tornado?: boolean;
}

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
 * compared run by run. The population is a parameter: a synthetic one from
 * the draft today, one built from a --history file later.
 * Returns null when Ctrl-C stopped it.
 */
export async function runReport(inputs: CompareInput[], pop: Population, o: ReportRunOptions): Promise<ReportData | null> {
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
      onProgress: (d, t) => o.onProgress?.('simulating', d, t),
    });
    if (r.interrupted) return null;
    results.push(r);
  } else {
    const batch = new Batch(pop, batchOptions(o, 'simulating'), inputs.length);
    try {
      for (const x of inputs) results.push(await batch.run(x.draft));
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
        e.tornado = await tornadoDraft(e.draft, pop, batchOptions(o, `tornado ${e.meta.name}`));
      } catch (err) {
        if (err instanceof BatchInterrupted) return null;
        throw err;
      }
    }
  }
  const pairs = [];
  for (let a = 0; a < entries.length; a++) {
    for (let b = a + 1; b < entries.length; b++) pairs.push(comparePair(a, b, entries[a]!.result.runs, entries[b]!.result.runs));
  }
  return { entries, pairs, locale: o.locale, generatedAt: o.generatedAt, tornado: o.tornado };
}

function batchOptions(o: ReportRunOptions, label: string): BatchOptions {
  return {
    seed: o.seed,
    runs: o.runs,
    sampling: o.sampling,
    workers: o.workers,
    horizon: o.horizon,
    signal: o.signal,
    onProgress: (d, t) => o.onProgress?.(label, d, t),
  };
}

export function registerReport(program: Command): void {
  const cmd = program
    .command('report')
    .description('a self-contained HTML report (charts) and/or an XLSX workbook of a simulation, or of a comparison of several drafts')
    .argument('<draft...>', 'program draft(s) (YAML); several are compared on the same customers and random numbers')
    .option('--html <file>', 'write the HTML report (one file, opens offline, prints to PDF) here')
    .option('--xlsx <file>', 'write the XLSX workbook (Summary, Monthly, Runs, Inputs, Costs) here')
    .option('--force', 'replace existing output files')
    .addOption(new Option('--tornado', 'add a tornado (each uncertain input at its P10 and P90; 2k + 2 more simulations for k inputs)'));
  addSimulationOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html report.html
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html report.html --xlsx report.xlsx --runs 2000 --locale ru-RU
  $ loyalty-sim report scenarios/points-only.yaml scenarios/tiers.yaml --html compare.html --tornado
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --history sales.csv --sample 5000 --xlsx report.xlsx
The seed and the runs are printed in the report, so it can be repeated exactly.
--json prints what was written and the simulate --json document of each draft.`,
  );
  cmd.action(async (files: string[], flags: ReportFlags) => {
    if (!flags.html && !flags.xlsx) {
      throw new UserError('report needs somewhere to write: give --html FILE, --xlsx FILE, or both.', 'e.g. loyalty-sim report draft.yaml --html report.html --xlsx report.xlsx');
    }
    if (flags.html && flags.xlsx && resolve(flags.html) === resolve(flags.xlsx)) {
      throw new UserError(`--html and --xlsx name the same file (${flags.html}).`, 'give them different names, e.g. report.html and report.xlsx');
    }
    checkLocale(flags.locale);
    // before any simulation, so a long run is not wasted on a file we may not write
    for (const f of [flags.html, flags.xlsx]) if (f) ensureWritable(f, { force: flags.force });
    if (files.length > 1 && flags.precision !== undefined) {
      throw new UserError('--precision works with one draft only: compared drafts need the same number of runs to pair them.', 'drop --precision, or set --runs');
    }

    const inputs: CompareInput[] = [];
    for (const file of files) inputs.push({ file, draft: await loadDraftWithWarnings(file) });
    if (inputs.length > 1) {
      checkComparable(inputs, flags.horizon);
      if (!flags.history) for (const f of populationMismatches(inputs)) warn(`${f}: its customers block differs; every draft runs on the customers of the first draft that has one.`);
    }
    // the customers: --history's real ones, or the synthetic block of the first draft that has one
    const source = inputs.find((x) => x.draft.customers?.synthetic) ?? inputs[0]!;
    const { population: pop, description } = await resolvePopulation(source.draft, source.file, flags);

    let bar: ReturnType<typeof progressBar> | undefined;
    let barLabel = '';
    const data = await withInterrupt((signal) =>
      runReport(inputs, pop, {
        seed: flags.seed,
        runs: flags.runs,
        sampling: flags.sampling,
        workers: flags.workers,
        precision: flags.precision,
        horizon: flags.horizon,
        tornado: Boolean(flags.tornado),
        locale: flags.locale,
        populationLabel: description,
        generatedAt: new Date(),
        signal,
        onProgress: (label, d, t) => {
          if (label !== barLabel) {
            bar?.done();
            bar = progressBar(label);
            barLabel = label;
          }
          bar!.update(d, t);
        },
      }),
    ).finally(() => bar?.done());

    if (!data) {
      say('interrupted: no report written (any existing file is unchanged).');
      process.exitCode = 130;
      return;
    }
    const written: { html?: string; xlsx?: string } = {};
    if (flags.html) {
      await writeFileAtomic(flags.html, renderHtmlReport(data), { force: flags.force });
      written.html = flags.html;
      say(`wrote ${flags.html}`);
    }
    if (flags.xlsx) {
      await writeFileAtomic(flags.xlsx, await renderXlsxReport(data), { force: flags.force });
      written.xlsx = flags.xlsx;
      say(`wrote ${flags.xlsx}`);
    }
    if (flags.precision !== undefined && !data.entries[0]!.result.precisionReached) {
      say(`precision ${flags.precision} not reached within ${flags.runs} runs; raise --runs for a tighter estimate.`);
    }
    if (flags.json) {
      printJson({
        ...written,
        seed: flags.seed,
        drafts: data.entries.map((e) => simulationJson(e.meta.file, e.meta, e.summary, e.result)),
        pairs: data.pairs,
        ...(flags.tornado ? { tornado: data.entries.map((e) => ({ draft: e.meta.file, ...e.tornado })) } : {}),
      });
    }
  });
}
