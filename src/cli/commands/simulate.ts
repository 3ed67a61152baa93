import type { Command } from 'commander';
import type { SimulationMeta } from '../../report/simulation-text.js';
import { msg } from '../../i18n/current.js';
import { out, paint, printJson, say } from '../output.js';
import {
  addSimulationOptions,
  checkLocale,
  resolvePopulation,
  loadDraftWithWarnings,
  withInterrupt,
  type SimulationFlags,
} from '../simulation-options.js';

interface SimulateFlags extends SimulationFlags {
  csv?: string;
  force?: boolean;
  plain?: boolean;
}

export function registerSimulate(command: Command): void {
  const cmd = command
    .option('--csv <file>')
    .option('--force')
    .option('--plain');
  addSimulationOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --runs 5000 --seed 7 --locale ru-RU
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --precision 0.02 --json > result.json
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --csv runs.csv
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --set costs.launch=500000 --set "effects.frequency_uplift={ uniform: { min: 0.05, max: 0.2 } }"
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --history fixtures/examples/sales.csv --customer Контрагент --date Дата --amount Сумма
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --history fixtures/examples/sales.csv --annual-churn 0.15±0.05 --model pareto-nbd`,
  );
  cmd.action(async (file: string, flags: SimulateFlags) => {
    // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
    const [{ simulate }, { metricValues, summarizeSimulation }, { drawnLogParameters }, { calibrationShare }, { formatNumber }, { renderSimulation }, { runsCsv, simulationJson }, { csvDialect }, { ensureWritable, writeFileAtomic }, { progressBar }] = await Promise.all([
      import('../../engine/simulate.js'),
      import('../../engine/summary.js'),
      import('../../engine/parameter-uncertainty.js'),
      import('../../engine/variance-split.js'),
      import('../../report/format.js'),
      import('../../report/simulation-text.js'),
      import('../simulation-output.js'),
      import('../../report/csv.js'),
      import('../files.js'),
      import('../progress.js'),
    ]);
    checkLocale(flags.locale);
    if (flags.csv) ensureWritable(flags.csv, { force: flags.force });
    const draft = await loadDraftWithWarnings(file, flags.set);
    const { population: pop, description } = await resolvePopulation(draft, file, flags);
    const horizon = flags.horizon ?? draft.horizon_months;
    const options = { seed: flags.seed, runs: flags.runs, sampling: flags.sampling, workers: flags.workers, precision: flags.precision, horizon };
    const bar = progressBar('simulating');
    const result = await withInterrupt((signal) => simulate(draft, pop, { ...options, onProgress: (d, t) => bar.update(d, t), signal })).finally(() => bar.done());
    // The ROI variance split (engine/variance-split.ts): ROI and its normal scores regressed on each run's drawn parameters.
    const history = pop.kind === 'history' ? pop : null;
    const u = history?.uncertainty ?? null;
    const calibration = history && u && !result.interrupted
      ? calibrationShare(metricValues(result, 'roi'), result.runs.map((r) => drawnLogParameters(u, flags.seed, r.run, history)))
      : undefined;

    if (result.interrupted) {
      say(msg().cli.interruptedRuns(result.runs.length, flags.runs));
      process.exitCode = 130;
      return;
    }
    const summary = summarizeSimulation(result);
    const meta: SimulationMeta = {
      name: draft.name,
      file,
      currency: draft.currency,
      customers: pop.size * pop.scale,
      population: description,
      horizon,
      seed: flags.seed,
      runsRequested: flags.runs,
      sampling: flags.sampling,
      workers: flags.workers,
      precision: flags.precision,
      precisionReached: result.precisionReached,
      roiBasis: draft.roi_basis,
    };
    if (flags.csv) {
      await writeFileAtomic(flags.csv, runsCsv(result, csvDialect(flags.locale)), { force: flags.force });
      say(msg().cli.wroteRuns(result.runs.length, flags.csv));
    }
    if (flags.json) printJson(simulationJson(file, meta, summary, result, calibration));
    else {
      const c = paint(process.stdout);
      out(renderSimulation(summary, meta, metricValues(result, 'roi'), { locale: flags.locale, currency: draft.currency, charts: !flags.plain, bold: c.bold }));
      if (calibration) {
        const n = (v: number) => formatNumber(v, flags.locale, 3);
        const pct = (v: number) => formatNumber(100 * v, flags.locale, 0);
        out(`\n${msg().sim.calibration(pct(calibration.spreadShare), formatNumber(calibration.widening, flags.locale, 2), pct(calibration.share), calibration.share < calibration.spreadShare / 2, n(calibration.sd), calibration.runs)}`);
      }
    }
    if (flags.precision !== undefined && !result.precisionReached) {
      say(msg().cli.precisionNotReached(flags.precision, flags.runs));
    }
  });
}
