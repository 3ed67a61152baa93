import { Option, type Command } from 'commander';
import { parseNumber } from '../options.js';
import type { SweepResult } from '../../decide/sweep.js';
import { BATCH_HELP, addBatchOptions, batchMeta, runBatch } from '../batch-options.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { msg } from '../../i18n/current.js';
import { out, paint, printJson, say } from '../output.js';
import { checkLocale, loadDraftWithWarnings, resolvePopulation, type SimulationFlags } from '../simulation-options.js';

interface SweepFlags extends SimulationFlags {
  /** As typed; read by decide/sweep's parseVary when the command runs. */
  vary: string[];
  precision?: number;
  plain?: boolean;
  html?: string;
  force?: boolean;
}

export function sweepJson(file: string, r: SweepResult, meta: { seed: number; horizonMonths: number; population: string; runsMax?: number }): unknown {
  return {
    draft: file,
    seed: meta.seed,
    runs: r.runs,
    ...(r.precision !== undefined ? { precision: r.precision, seDifference: r.seDifference ?? null, runsMax: meta.runsMax } : {}),
    totalRuns: r.totalRuns,
    horizonMonths: meta.horizonMonths,
    population: meta.population,
    vary: r.vary.map((v, i) => ({ ...v, values: r.axes[i], current: r.current[i], how: r.how[i] })),
    points: r.points,
  };
}

export function registerSweep(command: Command): void {
  const cmd = command
    .requiredOption('--vary <PATH=FROM:TO:STEP>', '', (spec: string, prev: string[] | undefined) => [...(prev ?? []), spec])
    .option('--plain')
    .option('--html <file>')
    .option('--force')
    .addOption(
      new Option('--precision <share>').argParser(parseNumber(1e-6, 1, { percent: true })),
    );
  addBatchOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ loyalty-sim sweep scenarios/discount-only.yaml --vary mechanics.discount.rate=0.01:0.10:0.01
  $ loyalty-sim sweep scenarios/points-only.yaml --vary mechanics.points.earn_per_currency=0.01:0.05:0.01
  $ loyalty-sim sweep scenarios/tiers.yaml --vary mechanics.tiers.levels.Gold.discount=0:0.06:0.01 --vary effects.frequency_uplift=0:0.3:0.05
  $ loyalty-sim sweep scenarios/discount-only.yaml --vary mechanics.discount.rate=0.01:0.10:0.01 --runs 200 --html sweep.html

PATH names any numeric field as in the draft: effects.frequency_uplift,
participation, mechanics.points.redemption_rate, mechanics.tiers.levels.Gold.min_spend,
mechanics.rebate.brackets[0].rate, costs.monthly, … (a bad path lists the ones the
draft has). A field that holds a distribution is shifted, not replaced: it moves
so that its mean is each value, keeping its spread (min, mode and max move
together; normal, lognormal, beta and gamma keep their sd). Every grid point is
checked against the draft rules first: a range that leaves a field's valid
values is an error, not a silent clamp.
With --precision the points run in blocks of 25 runs (the same runs for every
point, so they stay paired) and stop once the differences between points are
that precise; --runs is then the most any point runs, and the output says how
many each used.
With two --vary options the output is a grid of mean net incremental profit,
cells beside a sign change marked * (the break-even frontier).
${BATCH_HELP}`,
  );
  cmd.action(async (file: string, flags: SweepFlags) => {
    // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
    const [{ parseVary, sweepDraft }, { renderSweepHtml }, { renderSweep }] = await Promise.all([import('../../decide/sweep.js'), import('../../report/decide-html.js'), import('../../report/decide-text.js')]);
    // read before anything else, as when commander read them: a bad range is the first thing said
    const vary = flags.vary.map(parseVary);
    checkLocale(flags.locale);
    // before the runs, so a long sweep is not wasted on a file we may not write
    if (flags.html) ensureWritable(flags.html, { force: flags.force });
    const draft = await loadDraftWithWarnings(file, flags.set);
    const { population, description } = await resolvePopulation(draft, file, flags);
    const horizon = flags.horizon ?? draft.horizon_months;
    const r = await runBatch('sweeping', flags, (opts) => sweepDraft(draft, vary, population, opts, { precision: flags.precision }));
    if (!r) return;
    if (flags.html) {
      const meta = { ...batchMeta(flags, description, horizon), runs: r.runs };
      await writeFileAtomic(flags.html, renderSweepHtml(r, meta, { file, name: draft.name, currency: draft.currency, locale: flags.locale, generatedAt: new Date() }), { force: flags.force });
      say(msg().cli.wrote(flags.html));
    }
    if (flags.json) printJson(sweepJson(file, r, { seed: flags.seed, horizonMonths: horizon, population: description, runsMax: flags.runs }));
    else out(renderSweep(r, { ...batchMeta(flags, description, horizon), runs: r.runs }, { locale: flags.locale, currency: draft.currency, charts: !flags.plain, bold: paint(process.stdout).bold, ...(process.stdout.isTTY && process.stdout.columns ? { width: process.stdout.columns } : {}) }));
  });
}
