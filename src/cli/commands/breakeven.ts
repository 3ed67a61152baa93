import type { Command } from 'commander';
import type { BreakevenResult } from '../../decide/breakeven.js';
import { BATCH_HELP, addBatchOptions, batchMeta, runBatch } from '../batch-options.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { msg } from '../../i18n/current.js';
import { out, paint, printJson, say } from '../output.js';
import { checkLocale, loadDraftWithWarnings, resolvePopulation, type SimulationFlags } from '../simulation-options.js';

/** The `breakeven --json` document of CLI.md, with the evaluations behind it. */
export function breakevenJson(file: string, r: BreakevenResult, meta: { seed: number; horizonMonths: number }): unknown {
  return {
    path: r.path,
    value: r.value,
    se: r.se,
    bracket: r.bracket,
    runs: r.runs,
    draft: file,
    seed: meta.seed,
    horizonMonths: meta.horizonMonths,
    searched: r.searched,
    sign: r.sign ?? null,
    how: r.how,
    current: r.current,
    evaluations: r.evaluations,
  };
}

export function registerBreakeven(command: Command): void {
  const cmd = command
    .requiredOption('--solve <PATH>')
    .option('--html <file>')
    .option('--force');
  addBatchOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ loyalty-sim breakeven scenarios/points-only.yaml --solve effects.frequency_uplift
  $ loyalty-sim breakeven scenarios/tiers.yaml --solve costs.monthly --runs 500
  $ loyalty-sim breakeven scenarios/discount-only.yaml --solve mechanics.discount.rate --json
  $ loyalty-sim breakeven scenarios/points-only.yaml --solve effects.frequency_uplift --runs 200 --html breakeven.html

The value is searched over the field's valid range (rates and discounts [0, 1),
shares [0, 1], uplifts [-0.5, 3], churn reduction (-1, 1), money and counts from 0
upward, the upper end growing until the sign changes), bracketed, then narrowed by
regula falsi (Illinois), each step a full simulation on the same seed. A field
that holds a distribution is shifted so that its mean is the value, keeping its
spread. The ± is the Monte Carlo standard error of the value: se(mean net
profit at the value) / |slope|. When no value in the range breaks even, it says so
(value null in --json).
${BATCH_HELP}`,
  );
  cmd.action(async (file: string, flags: SimulationFlags & { solve: string; html?: string; force?: boolean }) => {
    // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
    const [{ solveBreakeven }, { renderBreakevenHtml }, { renderBreakeven }] = await Promise.all([import('../../decide/breakeven.js'), import('../../report/breakeven-html.js'), import('../../report/decide-text.js')]);
    checkLocale(flags.locale);
    // before the search, so a long search is not wasted on a file we may not write
    if (flags.html) ensureWritable(flags.html, { force: flags.force });
    const draft = await loadDraftWithWarnings(file, flags.set);
    const { population, description } = await resolvePopulation(draft, file, flags);
    const horizon = flags.horizon ?? draft.horizon_months;
    const r = await runBatch('solving', flags, (opts) => solveBreakeven(draft, flags.solve, population, opts));
    if (!r) return;
    if (flags.html) {
      await writeFileAtomic(flags.html, renderBreakevenHtml(r, batchMeta(flags, description, horizon), { file, name: draft.name, currency: draft.currency, locale: flags.locale, generatedAt: new Date() }), { force: flags.force });
      say(msg().cli.wrote(flags.html));
    }
    if (flags.json) printJson(breakevenJson(file, r, { seed: flags.seed, horizonMonths: horizon }));
    else out(renderBreakeven(r, batchMeta(flags, description, horizon), { locale: flags.locale, currency: draft.currency, charts: false, bold: paint(process.stdout).bold }));
  });
}
