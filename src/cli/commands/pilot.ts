/**
 * `loyalty-sim pilot plan` / `pilot analyze` (issue 6): size a pilot from a
 * history, draw its groups, read its result and write the measured effects
 * back into a draft. An adapter: flags → history/read → pilot/* → tables or JSON.
 */
import type { Command } from 'commander';
import { readHistoryFile, type History } from '../../history/read.js';
import { isoDay } from '../../history/format.js';
import { analyzePilot, EFFECT_NAMES, type Effect, pilotData } from '../../pilot/analyze.js';
import { assignmentCsv, assignPilot, type PilotAssignment } from '../../pilot/assign.js';
import { pilotPeriod, type Eligibility } from '../../pilot/periods.js';
import { PLAN_METRICS, type PlanMetric, planPilot } from '../../pilot/plan.js';
import { writeEffects, type EffectChange } from '../../pilot/write-effects.js';
import { Rng } from '../../random/rng.js';
import { renderAnalysis, renderAssignment, renderPlan, type PilotTextOptions } from '../../report/pilot-text.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { addHistoryOptions, type HistoryFlags, parseDayFlag, readOptionsFrom, skippedLines } from '../history-flags.js';
import { DEFAULT_SEED, parseChoice, parseCurrency, parseInteger, parseLocale, parseNumber, parseShare, defaultLocale } from '../options.js';
import { out, paint, printJson, say, warn } from '../output.js';
import { readAssignmentFile, readDraftText, readStrataColumn } from '../pilot-files.js';

/** Stream keys of the pilot's randomness (seed, key): assignment and analysis never share numbers. */
const STREAM_ASSIGN = 61;
const STREAM_ANALYZE = 62;

interface CommonFlags extends HistoryFlags {
  history: string;
  seed: number;
  locale: string;
  currency?: string;
  json?: boolean;
}

interface PlanFlags extends CommonFlags {
  metric: PlanMetric;
  months: number;
  mde: number;
  alpha: number;
  power: number;
  groupSize?: number;
  assign?: string;
  force?: boolean;
  strata?: string;
  minRevenue?: number;
  activeWithinDays?: number;
}

interface AnalyzeFlags extends CommonFlags {
  assignment: string;
  start: number;
  end?: number;
  bootstrap: number;
  permutations: number;
  alpha: number;
  writeEffects?: string;
}

async function loadHistory(flags: CommonFlags): Promise<History> {
  const history = await readHistoryFile(flags.history, readOptionsFrom(flags));
  for (const line of skippedLines(history)) warn(line);
  return history;
}

function addCommon(cmd: Command): Command {
  addHistoryOptions(cmd)
    .requiredOption('--history <csv>', 'sales history (one row per purchase)')
    .option('--seed <n>', 'random seed (the same seed repeats the result exactly)', parseInteger(0, 2 ** 53 - 1), DEFAULT_SEED)
    .option('--locale <tag>', 'number and date format of the tables', parseLocale, defaultLocale())
    .option('--currency <code>', 'show money with this currency (ISO 4217); plain numbers when omitted', parseCurrency)
    .option('--json', 'machine-readable output on stdout');
  return cmd;
}

function eligibilityOf(flags: PlanFlags): Eligibility {
  return {
    ...(flags.minRevenue !== undefined ? { minRevenue: flags.minRevenue } : {}),
    ...(flags.activeWithinDays !== undefined ? { activeWithinDays: flags.activeWithinDays } : {}),
  };
}

function registerPlan(pilot: Command): void {
  const cmd = pilot
    .command('plan')
    .description('customers per group a pilot needs (or the effect a group size detects), with and without CUPED; --assign draws the groups');
  addCommon(cmd)
    .option('--metric <name>', `per-customer metric over the pilot: ${PLAN_METRICS.join(', ')}`, parseChoice(PLAN_METRICS), 'revenue')
    .option('--months <n>', 'pilot length in months', parseNumber(0.25, 60), 3)
    .option('--mde <share>', 'minimum detectable effect, relative to the baseline mean (10% or 0.1)', parseShare, 0.1)
    .option('--alpha <p>', 'two-sided significance level', parseNumber(1e-6, 0.5), 0.05)
    .option('--power <p>', 'chance of detecting an effect of the --mde size', parseNumber(0.05, 0.9999), 0.8)
    .option('--group-size <n>', 'customers per group you can afford: report the effect it detects instead', parseInteger(2))
    .option('--assign <out.csv>', 'draw treatment and control (stratified, seeded) and write customer_id,group,stratum')
    .option('--force', 'replace an existing --assign file')
    .option('--strata <col>', 'history column to stratify by (default: RFM segment as `profile` shows it)')
    .option('--min-revenue <amount>', 'only customers with at least this net revenue in the last 12 months', parseNumber(-Infinity, Infinity))
    .option('--active-within-days <n>', 'only customers with a purchase in the last N days', parseInteger(1))
    .addHelpText(
      'after',
      `
The variance comes from the history: the metric per customer over the last
--months of it, among customers who had bought before; CUPED uses the --months
before that as the covariate. --assign draws --group-size (or the planned size)
customers per group from those eligible at the history's end.

Examples:
  $ loyalty-sim pilot plan --history sales.csv --metric revenue --months 3 --mde 10%
  $ loyalty-sim pilot plan --history sales.csv --group-size 500 --json
  $ loyalty-sim pilot plan --history sales.csv --mde 15% --assign groups.csv --seed 7 --min-revenue 100000`,
    )
    .action(async (flags: PlanFlags) => {
      if (flags.assign) ensureWritable(flags.assign, { force: flags.force });
      const f: PilotTextOptions = { locale: flags.locale, ...(flags.currency ? { currency: flags.currency } : {}), bold: paint(process.stdout).bold };
      const history = await loadHistory(flags);
      const eligibility = eligibilityOf(flags);
      const plan = planPilot(history.customers, history, {
        metric: flags.metric,
        months: flags.months,
        mde: flags.mde,
        alpha: flags.alpha,
        power: flags.power,
        eligibility,
        ...(flags.groupSize !== undefined ? { groupSize: flags.groupSize } : {}),
      });
      let assignment: PilotAssignment | undefined;
      if (flags.assign) {
        let strata: Map<string, string> | undefined;
        if (flags.strata) {
          const read = await readStrataColumn(history, flags.strata);
          strata = read.strata;
          if (read.conflicts > 0) warn(`${read.conflicts} customers have more than one "${flags.strata}" value; the last one in the file is used`);
        }
        assignment = assignPilot(
          history.customers,
          history.lastDay,
          { months: flags.months, perGroup: plan.perGroup, eligibility, ...(strata ? { strata } : {}) },
          new Rng(flags.seed, STREAM_ASSIGN),
        );
        if (assignment.short) warn(`only ${assignment.eligible} customers are eligible, fewer than 2 × ${plan.perGroup}: all of them are assigned and the pilot is underpowered`);
        for (const b of assignment.balance) if (b.imbalanced) warn(`the groups differ in pre-period ${b.metric} (standardised difference ${b.standardizedDifference.toFixed(3)}); another --seed gives another draw`);
        await writeFileAtomic(flags.assign, assignmentCsv(assignment.rows), { force: flags.force });
        say(`wrote ${assignment.rows.length} customers to ${flags.assign} (seed ${flags.seed})`);
      }
      if (flags.json) {
        printJson({
          history: flags.history,
          ...plan,
          window: { from: isoDay(plan.window.from), to: isoDay(plan.window.to) },
          covariateWindow: plan.covariateWindow ? { from: isoDay(plan.covariateWindow.from), to: isoDay(plan.covariateWindow.to) } : null,
          ...(assignment && flags.assign
            ? {
                assignment: {
                  file: flags.assign,
                  seed: flags.seed,
                  eligible: assignment.eligible,
                  strata: assignment.strata,
                  balance: assignment.balance,
                },
              }
            : {}),
        });
        return;
      }
      out(renderPlan(plan, f));
      if (assignment) out(`\n${renderAssignment(assignment, f)}`);
    });
}

function registerAnalyze(pilot: Command): void {
  const cmd = pilot
    .command('analyze')
    .description('effects of a pilot on frequency, check, churn and revenue (CUPED and difference-in-differences, bootstrap CIs, randomisation p-values)');
  addCommon(cmd)
    .requiredOption('--assignment <csv>', 'the groups: customer_id,group,stratum (from pilot plan --assign)')
    .requiredOption('--start <date>', 'first day of the pilot (YYYY-MM-DD)', parseDayFlag)
    .option('--end <date>', "last day of the pilot (default: the history's last day)", parseDayFlag)
    .option('--bootstrap <n>', 'bootstrap resamples for the intervals', parseInteger(50, 1_000_000), 1000)
    .option('--permutations <n>', 'label permutations for the p-values', parseInteger(50, 1_000_000), 1000)
    .option('--alpha <p>', 'significance level (intervals are 1 − alpha)', parseNumber(1e-6, 0.5), 0.05)
    .option('--write-effects <draft.yaml>', 'set the draft\'s effects.frequency_uplift, check_uplift and churn_reduction to normal(estimate, standard error)')
    .addHelpText(
      'after',
      `
The pre period is as long as the pilot and ends the day before --start.
--write-effects prints the old and new values (old → new) and replaces the
draft in place, keeping its comments and key order; it is validated first.

Examples:
  $ loyalty-sim pilot analyze --history after.csv --assignment groups.csv --start 2024-03-01 --end 2024-05-31
  $ loyalty-sim pilot analyze --history after.csv --assignment groups.csv --start 2024-03-01 --json
  $ loyalty-sim pilot analyze --history after.csv --assignment groups.csv --start 2024-03-01 --write-effects program.yaml`,
    )
    .action(async (flags: AnalyzeFlags) => {
      const f: PilotTextOptions = { locale: flags.locale, ...(flags.currency ? { currency: flags.currency } : {}), bold: paint(process.stdout).bold };
      const draftText = flags.writeEffects ? await readDraftText(flags.writeEffects) : undefined;
      const rows = await readAssignmentFile(flags.assignment);
      const history = await loadHistory(flags);
      const period = pilotPeriod(history, flags.start, flags.end);
      for (const w of period.warnings) warn(w);
      const data = pilotData(new Map(history.customers.map((c) => [c.id, c])), rows, period.start, period.end);
      const a = analyzePilot(data, { bootstrap: flags.bootstrap, permutations: flags.permutations, alpha: flags.alpha }, new Rng(flags.seed, STREAM_ANALYZE));
      for (const w of a.warnings) warn(w);

      let written: { file: string; changes: EffectChange[] } | undefined;
      if (flags.writeEffects && draftText !== undefined) {
        const e = a.effects;
        const result = writeEffects(draftText, flags.writeEffects, {
          frequency_uplift: { mean: e.frequencyUplift.estimate, sd: e.frequencyUplift.se },
          check_uplift: { mean: e.checkUplift.estimate, sd: e.checkUplift.se },
          churn_reduction: { mean: e.churnReduction.estimate, sd: e.churnReduction.se },
        });
        say(`${flags.writeEffects}: the pilot's effects replace the old values (keep this output to undo):`);
        for (const ch of result.changes) say(`  ${ch.path}: ${ch.old} → ${ch.new}`);
        await writeFileAtomic(flags.writeEffects, result.text, { force: true });
        written = { file: flags.writeEffects, changes: result.changes };
      }

      if (flags.json) {
        const effect = (x: Effect) => ({ estimate: x.estimate, ciLow: x.ciLow, ciHigh: x.ciHigh, pValue: x.pValue, method: x.method, se: x.se, distinguishable: x.distinguishable, alternative: x.alternative });
        printJson({
          history: flags.history,
          assignment: flags.assignment,
          seed: flags.seed,
          pre: { from: isoDay(a.pre.from), to: isoDay(a.pre.to) },
          pilot: { from: isoDay(a.pilot.from), to: isoDay(a.pilot.to) },
          months: a.months,
          alpha: a.alpha,
          bootstrap: a.bootstrap,
          permutations: a.permutations,
          groups: a.groups,
          effects: Object.fromEntries(EFFECT_NAMES.map((n) => [n, effect(a.effects[n])])),
          balance: a.balance,
          medianInterPurchaseDays: Number.isFinite(a.medianInterPurchaseDays) ? a.medianInterPurchaseDays : null,
          warnings: a.warnings,
          ...(written ? { written } : {}),
        });
        return;
      }
      out(renderAnalysis(a, f));
    });
}

export function registerPilot(program: Command): void {
  const pilot = program
    .command('pilot')
    .description('design and read a pilot on a small group: sample size, stratified assignment, effects with intervals, written back as distributions')
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim pilot plan --history sales.csv --mde 10% --assign groups.csv
  $ loyalty-sim pilot analyze --history after.csv --assignment groups.csv --start 2024-03-01 --write-effects program.yaml`,
    );
  registerPlan(pilot);
  registerAnalyze(pilot);
}
