import type { Command } from 'commander';
import type { CompareInput, Comparison } from '../../decide/compare.js';
import { BATCH_HELP, addBatchOptions, batchMeta, runBatch } from '../batch-options.js';
import { msg } from '../../i18n/current.js';
import { out, paint, printJson, warn } from '../output.js';
import { checkLocale, loadDraftWithWarnings, resolvePopulation, type SimulationFlags } from '../simulation-options.js';

/** The `compare --json` document of CLI.md. */
export function comparisonJson(c: Comparison, meta: { seed: number; runs: number; horizonMonths: number; population: string }): unknown {
  return {
    seed: meta.seed,
    runs: meta.runs,
    horizonMonths: meta.horizonMonths,
    population: meta.population,
    drafts: c.drafts.map((d) => ({ draft: d.file, name: d.name, currency: d.currency, metrics: d.summary.metrics, probabilities: d.summary.probabilities, standardError: d.summary.standardError })),
    pairs: c.pairs.map((p) => ({
      a: p.a,
      b: p.b,
      pAOverB: p.pAOverB,
      pTie: p.pTie,
      verdict: p.verdict,
      meanDifference: p.meanDifference,
      seDifference: p.seDifference,
      payback: p.payback,
    })),
  };
}

export function registerCompare(cmd: Command): void {
  addBatchOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ loyalty-sim compare scenarios/*.yaml
  $ loyalty-sim compare scenarios/points-only.yaml scenarios/tiers.yaml --runs 1000 --seed 7
  $ loyalty-sim compare scenarios/discount-only.yaml scenarios/rebate.yaml --json > comparison.json

All drafts run on the customers of the first draft with a customers.synthetic
block (or of --history); a draft whose own customers block differs gets a
warning and is still run on the shared customers, since that is what makes the
comparison fair. Drafts in different currencies, or with different
horizon_months (unless --horizon sets one for all), are an error.
"Within noise" means the mean paired difference of net incremental profit is
less than 2 standard errors of that difference.
${BATCH_HELP}`,
  );
  cmd.action(async (files: string[], flags: SimulationFlags) => {
    // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
    const [{ checkComparable, compareDrafts, populationMismatches }, { renderComparison }] = await Promise.all([import('../../decide/compare.js'), import('../../report/decide-text.js')]);
    checkLocale(flags.locale);
    const inputs: CompareInput[] = [];
    for (const file of files) inputs.push({ file, draft: await loadDraftWithWarnings(file, flags.set) });
    checkComparable(inputs, flags.horizon);
    const owner = inputs.find((x) => x.draft.customers?.synthetic) ?? inputs[0]!;
    const { population, description } = await resolvePopulation(owner.draft, owner.file, flags, inputs.map((x) => x.draft));
    if (!flags.history && !flags.summary) {
      for (const f of populationMismatches(inputs)) warn(msg().population.differs(f, owner.file));
    }
    const horizon = flags.horizon ?? inputs[0]!.draft.horizon_months;
    const c = await runBatch('comparing', flags, (opts) => compareDrafts(inputs, population, opts));
    if (!c) return;
    if (flags.json) printJson(comparisonJson(c, { seed: flags.seed, runs: flags.runs, horizonMonths: horizon, population: description }));
    else {
      const bold = paint(process.stdout).bold;
      out(renderComparison(c, batchMeta(flags, description, horizon), { locale: flags.locale, currency: inputs[0]!.draft.currency, charts: false, bold, ...(process.stdout.isTTY && process.stdout.columns ? { width: process.stdout.columns } : {}) }));
    }
  });
}
