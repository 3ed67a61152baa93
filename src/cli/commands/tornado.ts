import { Option, type Command } from 'commander';
import { parseNumber } from '../options.js';
import type { TornadoResult } from '../../decide/tornado.js';
import { BATCH_HELP, addBatchOptions, batchMeta, runBatch } from '../batch-options.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { msg } from '../../i18n/current.js';
import { out, paint, printJson, say } from '../output.js';
import { checkLocale, loadDraftWithWarnings, resolvePopulation, type SimulationFlags } from '../simulation-options.js';

export function tornadoJson(file: string, t: TornadoResult, meta: { seed: number; horizonMonths: number; population: string }): unknown {
  return {
    draft: file,
    seed: meta.seed,
    runs: t.runs,
    ...(t.precision !== undefined ? { precision: t.precision } : {}),
    totalRuns: t.totalRuns,
    horizonMonths: meta.horizonMonths,
    population: meta.population,
    simulations: t.simulations,
    base: t.base,
    monteCarlo: t.monteCarlo,
    inputs: t.inputs,
  };
}

export function registerTornado(command: Command): void {
  const cmd = command
    .option('--plain')
    .option('--html <file>')
    .option('--force')
    .addOption(new Option('--precision <share>').argParser(parseNumber(1e-6, 1, { percent: true })));
  addBatchOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ loyalty-sim tornado scenarios/wholesale-hybrid.yaml
  $ loyalty-sim tornado scenarios/points-only.yaml --runs 500 --json > tornado.json
  $ loyalty-sim tornado scenarios/wholesale-hybrid.yaml --runs 200 --html tornado.html

Every uncertain input (a field written as a distribution) is held at its
median; then each in turn is set to its P10 and its P90, and the inputs are
ranked by how far mean net incremental profit moves between the two (2 runs of
the batch per input, plus the all-median base). The Spearman column comes from
one ordinary Monte Carlo of the draft, every input drawn: the rank correlation
of each input with net incremental profit, as spreadsheet risk tools show it.
With --precision each input's P10 and P90 run in blocks of 25 paired runs
until its swing is that precise (the all-median base and the Monte Carlo still
run --runs); the table then shows each swing's s.e. and the runs it used.
${BATCH_HELP}`,
  );
  cmd.action(async (file: string, flags: SimulationFlags & { plain?: boolean; precision?: number; html?: string; force?: boolean }) => {
    // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
    const [{ tornadoDraft }, { renderTornadoHtml }, { renderTornado }] = await Promise.all([import('../../decide/tornado.js'), import('../../report/decide-html.js'), import('../../report/decide-text.js')]);
    checkLocale(flags.locale);
    // before the runs, so a long tornado is not wasted on a file we may not write
    if (flags.html) ensureWritable(flags.html, { force: flags.force });
    const draft = await loadDraftWithWarnings(file, flags.set);
    const { population, description } = await resolvePopulation(draft, file, flags);
    const horizon = flags.horizon ?? draft.horizon_months;
    const t = await runBatch('tornado', flags, (opts) => tornadoDraft(draft, population, opts, { precision: flags.precision }));
    if (!t) return;
    if (flags.html) {
      await writeFileAtomic(flags.html, renderTornadoHtml(t, batchMeta(flags, description, horizon), { file, name: draft.name, currency: draft.currency, locale: flags.locale, generatedAt: new Date() }), { force: flags.force });
      say(msg().cli.wrote(flags.html));
    }
    if (flags.json) printJson(tornadoJson(file, t, { seed: flags.seed, horizonMonths: horizon, population: description }));
    else out(renderTornado(t, batchMeta(flags, description, horizon), { locale: flags.locale, currency: draft.currency, charts: !flags.plain, bold: paint(process.stdout).bold }));
  });
}
