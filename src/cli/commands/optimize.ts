import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { OptimizeResult } from '../../decide/optimize.js';
import { OBJECTIVES, type Objective } from '../../decide/optimize-limits.js';
import type { Distribution } from '../../draft/schema.js';
import { BATCH_HELP, addBatchOptions, batchMeta, runBatch } from '../batch-options.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { msg } from '../../i18n/current.js';
import { parseChoice } from '../options.js';
import { out, paint, printJson, say } from '../output.js';
import { checkLocale, loadDraftWithWarnings, resolvePopulation, type SimulationFlags } from '../simulation-options.js';

interface OptimizeFlags extends SimulationFlags {
  /** As typed; read by decide/optimize's parseRange when the command runs. */
  vary: string[];
  objective: Objective;
  /** As typed; read by decide/constraint's parseConstraint when the command runs. */
  constraint?: string[];
  write?: string;
  html?: string;
  force?: boolean;
  plain?: boolean;
}

/** The `optimize --json` document: everything the text shows and the search's work. */
export function optimizeJson(file: string, r: OptimizeResult, meta: { horizonMonths: number; population: string; written?: string }): unknown {
  const c = r.confirmation;
  return {
    draft: file,
    objective: r.objective,
    metric: r.metric,
    horizonMonths: meta.horizonMonths,
    population: meta.population,
    vary: r.ranges.map((g, k) => ({ ...g, current: r.current[k], chosen: r.best.values[k] })),
    constraints: r.constraints.map((k) => k.text),
    found: r.found,
    best: { values: r.best.values, search: evaluationJson(r.best.search) },
    confirmation: {
      seed: c.seed,
      runs: c.runs,
      design: c.design,
      draft: c.draft,
      gain: c.gain,
      metrics: { draft: c.comparison.drafts[0]!.summary.metrics, design: c.comparison.drafts[1]!.summary.metrics },
      probabilities: { draft: c.comparison.drafts[0]!.summary.probabilities, design: c.comparison.drafts[1]!.summary.probabilities },
      pair: c.comparison.pairs[0],
    },
    frontier: r.frontier,
    evaluations: r.evaluations.map(evaluationJson),
    search: { seed: r.searchSeed, runsPerDesign: r.searchRuns, invalidDesigns: r.invalid },
    simulations: r.simulations,
    runs: r.runs,
    customerMonths: r.customerMonths,
    written: meta.written ?? null,
  };
}

function evaluationJson(e: OptimizeResult['evaluations'][number]): unknown {
  return { values: e.values, runs: e.runs, stage: e.stage, objective: e.objective, feasible: e.feasible, violation: e.violation, checks: e.checks, npv: e.npv, programCost: e.programCost };
}

export function registerOptimize(command: Command): void {
  const cmd = command
    .requiredOption('--vary <PATH=LO:HI>', '', (spec: string, prev: string[] | undefined) => [...(prev ?? []), spec])
    .addOption(new Option('--objective <what>').argParser(parseChoice(OBJECTIVES)).default('npv'))
    .option('--constraint <EXPR>', '', (spec: string, prev: string[] | undefined) => [...(prev ?? []), spec])
    .option('--write <out.yaml>')
    .option('--html <file>')
    .option('--force')
    .option('--plain');
  addBatchOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ loyalty-sim optimize scenarios/tiers.yaml --vary mechanics.tiers.levels.Platinum.min_spend=200000:1500000 --runs 40
  $ loyalty-sim optimize scenarios/tiers.yaml --vary mechanics.tiers.levels.Gold.min_spend=50000:400000 \\
      --vary mechanics.tiers.levels.Platinum.min_spend=450000:1500000 --constraint 'P(roi>0)>=0.9' --constraint 'programCost<=150e6' --write tiers-best.yaml
  $ loyalty-sim optimize scenarios/points-only.yaml --vary mechanics.points.earn_per_currency=0.01:0.05 --objective roi --json > best.json
  $ loyalty-sim optimize scenarios/discount-only.yaml --vary mechanics.discount.rate=0.01:0.08 --constraint 'programCost<=40e6' --runs 24 --html optimize.html

PATH names a numeric field as in sweep (a distribution is shifted so that its
mean is the value); LO:HI is the box searched. Tier levels must keep their
order: a design with a level's min_spend at or below the one before is
rejected by the draft rules, without being simulated.
Constraints: P(metric>x)>=p (a share of runs), pN(metric)>=x (a percentile,
p1…p99), mean(metric)<=x or just metric<=x; metrics as in simulate --json
(npv, roi, netIncrementalProfit, programCost, paybackMonth, …). The search
counts a constraint as met only when it holds by 2 standard errors of its
statistic, so it still holds on runs the search never saw.
How: every design runs on the same seed (common random numbers); a Latin
hypercube of 4d + 4 designs on a quarter of --runs, the better half on half,
the best on all --runs, then a compass search from the best; it stops at a
step of 1/128 of each range or when the neighbours differ by less than one
paired standard error. The result printed is a confirmation of the chosen
design beside the draft on a FRESH seed (with its standard error), not the
search's own best figure. The work spent is printed (customer-months).
${BATCH_HELP}`,
  );
  cmd.action(async (file: string, flags: OptimizeFlags) => {
    // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
    const [{ checkRanges, optimizeDraft, parseRange }, { parseConstraint }, { getPath }, { setDraftValues }, { renderOptimizeHtml }, { renderOptimize }] = await Promise.all([
      import('../../decide/optimize.js'),
      import('../../decide/constraint.js'),
      import('../../draft/paths.js'),
      import('../../draft/set-values.js'),
      import('../../report/optimize-html.js'),
      import('../../report/optimize-text.js'),
    ]);
    // read before anything else, as when commander read them: a bad range is the first thing said
    const vary = flags.vary.map(parseRange);
    const constraints = (flags.constraint ?? []).map(parseConstraint);
    checkLocale(flags.locale);
    // before the search, so a long search is not wasted on a file we may not write
    if (flags.write) ensureWritable(flags.write, { force: flags.force });
    if (flags.html) ensureWritable(flags.html, { force: flags.force });
    const draft = await loadDraftWithWarnings(file);
    checkRanges(draft, vary);
    const text = flags.write ? await readFile(file, 'utf8') : undefined;
    const { population, description } = await resolvePopulation(draft, file, flags);
    const horizon = flags.horizon ?? draft.horizon_months;
    const r = await runBatch('optimizing', flags, (opts) => optimizeDraft(draft, vary, population, opts, { objective: flags.objective, constraints }));
    if (!r) return;
    // a design that misses the constraints is not the answer asked for: the
    // draft is not written and the exit says so (1: the run worked, the check failed)
    const refused = flags.write !== undefined && !r.found;
    if (refused) {
      say(msg().optimizeGuards.notWritten(flags.write!));
      process.exitCode = 1;
    }
    if (flags.write && text !== undefined && !refused) {
      const values = r.ranges.map((g) => ({ path: g.path, value: getPath(r.best.draft, g.path) as number | Distribution }));
      await writeFileAtomic(flags.write, setDraftValues(text, file, draft, values), { force: flags.force });
      say(msg().optimize.wrote(flags.write, r.ranges.map((g, k) => `${g.path} = ${g.yesNo ? String(getPath(r.best.draft, g.path)) : r.best.values[k]}`).join(', ')));
    }
    const meta = batchMeta(flags, description, horizon);
    if (flags.html) {
      await writeFileAtomic(flags.html, renderOptimizeHtml(r, meta, { file, currency: draft.currency, locale: flags.locale, generatedAt: new Date() }), { force: flags.force });
      say(msg().cli.wrote(flags.html));
    }
    if (flags.json) printJson(optimizeJson(file, r, { horizonMonths: horizon, population: description, written: refused ? undefined : flags.write }));
    else out(renderOptimize(r, meta, { locale: flags.locale, currency: draft.currency, charts: !flags.plain, bold: paint(process.stdout).bold }));
  });
}
