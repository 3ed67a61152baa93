/**
 * `loyalty-sim pilot plan` / `pilot analyze` (issue 6): size a pilot from a
 * history, draw its groups, read its result and write the measured effects
 * back into a draft. An adapter: flags → history/read → pilot/* → tables or JSON.
 */
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import type { PilotDesign } from '../../pilot/value.js';
import type { History } from '../../history/read.js';
import { isoDay } from '../../history/format.js';
import type { PilotAssignment } from '../../pilot/assign.js';
import type { Eligibility } from '../../pilot/periods.js';
import { PLAN_METRICS, type PlanMetric } from '../../pilot/plan-metrics.js';
import type { EffectChange } from '../../pilot/write-effects.js';
import { msg } from '../../i18n/current.js';
import type { PilotTextOptions } from '../../report/pilot-text.js';
import { draftPopulation, loadDraftWithWarnings, smallSampleWarning, withInterrupt } from '../simulation-options.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { addHistoryOptions, type HistoryFlags, parseDayFlag, readOptionsFrom, skippedLines } from '../history-flags.js';
import { DEFAULT_SEED, parseChoice, parseCurrency, parseInteger, parseLocale, parseNumber, parseShare, defaultLocale } from '../options.js';
import { out, paint, printJson, say, warn } from '../output.js';

/**
 * The modules pilot's subcommands run on, loaded when one runs and not with
 * the command tree (issue 26: --help and --version load none of them).
 */
async function modules() {
  const [loadModule, modelDraftModule, readPilotModule, formatModule, sequentialModule, valueModule, periodsModule, readModule, analyzeModule, assignModule, planModule, writeEffectsModule, rngModule, localeCurrencyModule, pilotHtmlModule, pilotJsonModule, pilotTextModule, pilotFilesModule] = await Promise.all([
    import('../../draft/load.js'),
    import('../../pilot/model-draft.js'),
    import('../../pilot/read-pilot.js'),
    import('../../report/format.js'),
    import('../../pilot/sequential.js'),
    import('../../pilot/value.js'),
    import('../../pilot/periods.js'),
    import('../../history/read.js'),
    import('../../pilot/analyze.js'),
    import('../../pilot/assign.js'),
    import('../../pilot/plan.js'),
    import('../../pilot/write-effects.js'),
    import('../../random/rng.js'),
    import('../../report/locale-currency.js'),
    import('../../report/pilot-html.js'),
    import('../../report/pilot-json.js'),
    import('../../report/pilot-text.js'),
    import('../pilot-files.js'),
  ]);
  return { ...loadModule, ...modelDraftModule, ...readPilotModule, ...formatModule, ...sequentialModule, ...valueModule, ...periodsModule, ...readModule, ...analyzeModule, ...assignModule, ...planModule, ...writeEffectsModule, ...rngModule, ...localeCurrencyModule, ...pilotHtmlModule, ...pilotJsonModule, ...pilotTextModule, ...pilotFilesModule };
}

/** Stream keys of the pilot's randomness (seed, key): assignment and analysis never share numbers. */
const STREAM_ASSIGN = 61;
const STREAM_ANALYZE = 62;

/** The draft's `effects.ramp_months` (MODEL.md §9); undefined when the draft does not validate (writeEffects then says why). */
async function rampOf(text: string, file: string): Promise<number | undefined> {
  const { checkDraftText } = await modules();
  const check = checkDraftText(text, file);
  return check.valid ? check.draft!.effects.ramp_months : undefined;
}

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
  lookDays: number;
  value?: string;
  runs: number;
  sample: number;
}

interface AnalyzeFlags extends CommonFlags {
  assignment: string;
  start: number;
  end?: number;
  bootstrap: number;
  permutations: number;
  alpha: number;
  writeEffects?: string;
  cap?: number;
  interim?: boolean;
  lookDays: number;
  html?: string;
  force?: boolean;
}

async function loadHistory(flags: CommonFlags): Promise<History> {
  const { readHistoryFile } = await modules();
  const history = await readHistoryFile(flags.history, readOptionsFrom(flags));
  for (const line of skippedLines(history)) warn(line);
  return history;
}

function addCommon(cmd: Command): Command {
  addHistoryOptions(cmd)
    .requiredOption('--history <csv>')
    .option('--seed <n>', '', parseInteger(0, 2 ** 53 - 1), DEFAULT_SEED)
    .option('--locale <tag>', '', parseLocale, defaultLocale())
    .option('--currency <code>', '', parseCurrency)
    .option('--json');
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
    .command('plan');
  addCommon(cmd)
    .option('--metric <name>', '', parseChoice(PLAN_METRICS), 'revenue')
    .option('--months <n>', '', parseNumber(0.25, 60), 3)
    .option('--mde <share>', '', parseShare, 0.1)
    .option('--alpha <p>', '', parseNumber(1e-6, 0.5, { percent: true }), 0.05)
    .option('--power <p>', '', parseNumber(0.05, 0.9999, { percent: true }), 0.8)
    .option('--group-size <n>', '', parseInteger(2))
    .option('--assign <out.csv>')
    .option('--force')
    .option('--strata <col>')
    .option('--min-revenue <amount>', '', parseNumber(-Infinity, Infinity, { currency: true }))
    .option('--active-within-days <n>', '', parseInteger(1))
    .option('--look-days <n>', '', parseInteger(1, 366), 7)
    .option('--value <draft.yaml>')
    .option('--runs <n>', '', parseInteger(50, 100_000), 400)
    .option('--sample <n>', '', parseInteger(50, 10_000_000), 2000)
    .addHelpText(
      'after',
      `
The variance comes from the history: the metric per customer over the last
--months of it, among customers who had bought before; CUPED uses the --months
before that as the covariate. --assign draws --group-size (or the planned size)
customers per group from those eligible at the history's end.

The look schedule: if you will look at the pilot before its end (pilot analyze
--interim), every --look-days, the boundary |z| must cross at each look. It
spends alpha by the Lan–DeMets O'Brien–Fleming-type function: early looks need
an overwhelming effect, the final one is nearly the ordinary test, and the
false-positive rate over all looks stays at --alpha (testing at 1.96 every
week would not).

--value simulates the draft (its customers.synthetic block) and asks what
learning each uncertain input would be worth to the launch decision (launch
when the expected net incremental profit is positive): the expected value of
perfect information (EVPI) per input, and the expected value of the pilot's
information for pilots of ¼×..4× the planned customers per group (--group-size,
else the CUPED size) and 1, --months and 2×--months long. The pilot's own cost
and the launch delay are not subtracted.

JSON (--json): the plan's fields, plus
  looks:  [{ day, informationFraction, boundary, alphaSpent }]
  with --value:
  value:  { expectedNet, decideNow, launchNow, evpiTotal,
            evpi:   [{ input, value }]            (highest first)
            pilots: [{ perGroup, months, value, seFrequency, seCheck }],
            recommendation, notes }

Examples:
  $ loyalty-sim pilot plan --history fixtures/examples/sales.csv --metric revenue --months 3 --mde 10%
  $ loyalty-sim pilot plan --history fixtures/examples/sales.csv --group-size 100 --json
  $ loyalty-sim pilot plan --history fixtures/examples/sales.csv --mde 15% --assign groups.csv --seed 7 --min-revenue 100000
  $ loyalty-sim pilot plan --history fixtures/pilot/before.csv --group-size 400 --value scenarios/wholesale-hybrid.yaml`,
    )
    .action(async (flags: PlanFlags) => {
      const { lookSchedule, valueDesigns, valueOfInformation, monthsToDays, assignmentCsv, assignPilot, planPilot, Rng, currencyOfLocale, planJson, renderAssignment, renderLookSchedule, renderPlan, renderValue, readStrataColumn } = await modules();
      if (flags.assign) ensureWritable(flags.assign, { force: flags.force });
      // money always carries its currency: --currency, else the --value draft's (below), else the locale's (RUB for ru-RU), as roi does
      const f: PilotTextOptions = { locale: flags.locale, currency: flags.currency ?? currencyOfLocale(flags.locale), bold: paint(process.stdout).bold };
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
      if (!plan.feasible) {
        const n = (x: number) => x.toLocaleString(flags.locale);
        warn(
          msg().pilot.infeasible(
            n(plan.perGroup),
            n(plan.eligible),
            isoDay(history.lastDay),
            plan.groupSize === undefined && 2 * plan.perGroupCuped <= plan.eligible ? n(plan.perGroupCuped) : null,
          ),
        );
      }
      const looks = lookSchedule(monthsToDays(flags.months), flags.lookDays, flags.alpha);
      let value: Awaited<ReturnType<typeof valueOfInformation>> | undefined;
      let reference: PilotDesign | undefined;
      if (flags.value) {
        const draft = await loadDraftWithWarnings(flags.value);
        if (!flags.currency) f.currency = draft.currency;
        const population = await draftPopulation(draft, flags.value);
        reference = { perGroup: flags.groupSize ?? plan.perGroupCuped, months: flags.months };
        const designs = valueDesigns(reference);
        const n = (x: number) => x.toLocaleString(flags.locale);
        say(msg().pilot.valueRuns(flags.runs, n(flags.runs), flags.value, n(Math.min(flags.sample, population.size)), n(population.size)));
        const small = smallSampleWarning(flags.sample, population.size, flags.locale);
        if (small) warn(small);
        value = await withInterrupt((signal) => valueOfInformation(draft, population, { seed: flags.seed, runs: flags.runs, sample: flags.sample, designs, signal }));
      }
      let assignment: PilotAssignment | undefined;
      if (flags.assign) {
        let strata: Map<string, string> | undefined;
        if (flags.strata) {
          const read = await readStrataColumn(history, flags.strata);
          strata = read.strata;
          if (read.conflicts > 0) warn(msg().pilot.strataConflicts(read.conflicts.toLocaleString(flags.locale), flags.strata));
        }
        assignment = assignPilot(
          history.customers,
          history.lastDay,
          { months: flags.months, perGroup: plan.perGroup, eligibility, ...(strata ? { strata } : {}) },
          new Rng(flags.seed, STREAM_ASSIGN),
        );
        const n = (x: number) => x.toLocaleString(flags.locale);
        const t = msg().pilot;
        if (assignment.short) warn(t.short(n(assignment.eligible), n(plan.perGroup)));
        for (const b of assignment.balance) {
          if (b.imbalanced) warn(t.imbalancedDraw(t.balanceMetric[b.metric] ?? b.metric, b.standardizedDifference.toLocaleString(flags.locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 })));
        }
        await writeFileAtomic(flags.assign, assignmentCsv(assignment.rows), { force: flags.force });
        say(t.wroteAssignment(n(assignment.rows.length), flags.assign, String(flags.seed)));
      }
      if (flags.json) {
        printJson(
          planJson({
            history: flags.history,
            plan,
            looks,
            ...(assignment && flags.assign ? { assignment: { result: assignment, file: flags.assign, seed: flags.seed } } : {}),
            ...(value && reference ? { value: { result: value, reference } } : {}),
          }),
        );
        return;
      }
      out(renderPlan(plan, f));
      out(`\n${renderLookSchedule(looks, flags.alpha, f)}`);
      if (value && reference) out(`\n${renderValue(value, reference, f)}`);
      if (assignment) out(`\n${renderAssignment(assignment, f)}`);
    });
}

function registerAnalyze(pilot: Command): void {
  const cmd = pilot
    .command('analyze');
  addCommon(cmd)
    .requiredOption('--assignment <csv>')
    .requiredOption('--start <date>', '', parseDayFlag)
    .option('--end <date>', '', parseDayFlag)
    .option('--bootstrap <n>', '', parseInteger(50, 1_000_000), 1000)
    .option('--permutations <n>', '', parseInteger(50, 1_000_000), 1000)
    .option('--alpha <p>', '', parseNumber(1e-6, 0.5, { percent: true }), 0.05)
    .option('--write-effects <draft.yaml>')
    .option('--cap <percentile>', '', parseShare)
    .option('--interim')
    .option('--look-days <n>', '', parseInteger(1, 366), 7)
    .option('--html <file>')
    .option('--force')
    .addHelpText(
      'after',
      `
The pre period is as long as the pilot and ends the day before --start.

Frequency, check and churn are estimated on the model's own scale
(docs/model.md §4 and §9): each customer's purchase rate and dropout come
from their history before the pilot (BG/NBD and Gamma-Gamma, as fit does),
and the pilot's months give, by maximum likelihood over both groups, the
multipliers of the purchase rate (1 + f), of the order value (1 + c) and of
the dropout hazard (1 − d); recency within the pilot and each customer's own
rate inform churn, not only "bought or not". How the effects build up is
fitted too: a free effect per month (the chart) and the ramp
(effects.ramp_months, whole months) that fits the months best, with the
draft's own ramp tested against it. --write-effects writes the full-size
effects as normal(mean, sd), the sd holding the ramp's doubt too, and
effects.ramp_months as fitted (when the pilot fits a ramp or the draft has
one). It prints the old and new values (old → new) and replaces the draft in
place, keeping its comments and key order; it is validated first.

Checks: sample ratio (χ², mismatch at p < 0.001) on the assignment and on the
customers present in the history; --cap winsorises revenue (reported); the
effects by pre-period spend tercile suggest the draft's effects.by_spend weights.

--interim: a look at revenue per customer (CUPED) every --look-days from
--start, each against a boundary from Lan–DeMets O'Brien–Fleming-type alpha
spending, so that looking every week keeps the false-positive rate at --alpha.
Group-sequential boundaries were chosen over always-valid confidence sequences
because a pilot has a planned end: nearly all of alpha stays for it.

JSON (--json):
  pilot analyze:  { groups, effects: { frequencyUplift, checkUplift, churnReduction,
                    revenuePerCustomer: { estimate, ciLow, ciHigh, pValue, se, method, … } },
                    sampleRatio: { expected, observed, pValue, mismatch,
                                   present: { expected, observed, pValue, mismatch } },
                    capping?, bySpend: [{ tercile, frequencyUplift, checkUplift, revenueUplift, weight }],
                    balance, warnings,
                    model: { calibration, frequencyUplift, checkUplift, churnReduction: { mean, sd, pPositive },
                             fittedRamp, extrapolated, ramps: [{ rampMonths, logLikelihood, weight, … }],
                             draftRamp?: { rampMonths, lr, supported }, monthly: [{ month, frequency, check }] },
                    written?: { file, changes, notes } }
  --interim:      { start, plannedEnd, asOf, alpha, lookDays,
                    looks: [{ day, informationFraction, boundary, statistic, estimate, se, decision }] }
                  decision: continue | stop: effect | end: effect | end: no effect shown

Examples:
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31 --interim --json
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --cap 99% --json
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31 --html pilot.html

Writing the effects back changes the draft in place, so write them into your own copy:
  cp scenarios/wholesale-hybrid.yaml my-program.yaml
  loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31 --write-effects my-program.yaml`,
    )
    .action(async (flags: AnalyzeFlags) => {
      const { modelWrite, writtenNotes, readPilot, formatPercent, monitorPilot, checkPilotDates, pilotPeriod, pilotWarnings, writeEffects, Rng, currencyOfLocale, renderPilotHtml, analysisJson, interimJson, renderAnalysis, renderModelEffects, renderLooks, readAssignmentFile, readDraftText } = await modules();
      // money always carries its currency: --currency, else the --value draft's (below), else the locale's (RUB for ru-RU), as roi does
      const f: PilotTextOptions = { locale: flags.locale, currency: flags.currency ?? currencyOfLocale(flags.locale), bold: paint(process.stdout).bold };
      const t = msg().pilot;
      // before any work, as optimize --html does: an existing page is not replaced without --force
      if (flags.html) ensureWritable(flags.html, { force: flags.force });
      const page = { history: flags.history, assignment: flags.assignment, currency: f.currency!, locale: flags.locale };
      if (flags.cap !== undefined && !(flags.cap > 0.5 && flags.cap < 1)) throw new UserError(t.capRange(String(flags.cap)), t.capRangeHint);
      // before reading anything: dates in the wrong order need no file to be wrong
      if (flags.end !== undefined && flags.end < flags.start) checkPilotDates({ firstDay: -Infinity, lastDay: Infinity }, flags.start, flags.end);
      if (flags.interim) {
        if (flags.writeEffects) throw new UserError(t.interimNoWrite, t.interimNoWriteHint);
        if (flags.end === undefined) throw new UserError(t.interimNeedsEnd, t.interimNeedsEndHint);
        const rows = await readAssignmentFile(flags.assignment);
        const history = await loadHistory(flags);
        checkPilotDates(history, flags.start, flags.end);
        const looks = monitorPilot(new Map(history.customers.map((c) => [c.id, c])), rows, {
          start: flags.start,
          plannedEnd: flags.end,
          asOf: history.lastDay,
          every: flags.lookDays,
          alpha: flags.alpha,
        });
        if (flags.html) {
          const html = renderPilotHtml({ kind: 'interim', looks, alpha: flags.alpha, start: flags.start, plannedEnd: flags.end, asOf: history.lastDay }, { ...page, generatedAt: new Date() });
          await writeFileAtomic(flags.html, html, { force: flags.force });
          say(msg().cli.wrote(flags.html));
        }
        if (flags.json) {
          printJson(interimJson({ history: flags.history, assignment: flags.assignment, start: flags.start, plannedEnd: flags.end, asOf: history.lastDay, alpha: flags.alpha, lookDays: flags.lookDays, looks }));
          return;
        }
        out(renderLooks(looks, f));
        return;
      }
      const n = (x: number, digits?: number) => x.toLocaleString(flags.locale, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });
      const draftText = flags.writeEffects ? await readDraftText(flags.writeEffects) : undefined;
      const rows = await readAssignmentFile(flags.assignment);
      const history = await loadHistory(flags);
      const period = pilotPeriod(history, flags.start, flags.end);
      for (const w of period.warnings) warn(w);
      const draftRamp = draftText !== undefined && flags.writeEffects ? await rampOf(draftText, flags.writeEffects) : undefined;
      const { analysis: a, model } = readPilot(
        new Map(history.customers.map((c) => [c.id, c])),
        rows,
        period.start,
        period.end,
        {
          bootstrap: flags.bootstrap,
          permutations: flags.permutations,
          alpha: flags.alpha,
          ...(flags.cap !== undefined ? { cap: flags.cap } : {}),
          ...(draftRamp !== undefined ? { draftRamp } : {}),
          assignmentFile: flags.assignment,
          historyFile: flags.history,
        },
        new Rng(flags.seed, STREAM_ANALYZE),
      );
      const warnings = pilotWarnings(a, t, n);
      for (const w of warnings) warn(w);

      let written: { file: string; changes: EffectChange[]; notes: string[] } | undefined;
      let shownNotes: string[] = [];
      if (flags.writeEffects && draftText !== undefined) {
        const w = modelWrite(model, draftRamp);
        const result = writeEffects(draftText, flags.writeEffects, w.effects, w.rampMonths);
        say(t.writing(flags.writeEffects));
        for (const ch of result.changes) say(`  ${ch.path}: ${ch.old} → ${ch.new}`);
        shownNotes = writtenNotes(w, flags.alpha, msg().pilotModel, (x) => x.toLocaleString(flags.locale, { maximumFractionDigits: 20 }), (x) => formatPercent(x, flags.locale, 1));
        for (const note of shownNotes) say(`  ${note}`);
        await writeFileAtomic(flags.writeEffects, result.text, { force: true });
        written = { file: flags.writeEffects, changes: result.changes, notes: writtenNotes(w, flags.alpha) };
      }
      if (flags.html) {
        const html = renderPilotHtml({ kind: 'analysis', analysis: a, model, warnings, ...(written ? { written: { ...written, notes: shownNotes } } : {}) }, { ...page, generatedAt: new Date() });
        await writeFileAtomic(flags.html, html, { force: flags.force });
        say(msg().cli.wrote(flags.html));
      }

      if (flags.json) {
        printJson(analysisJson({ history: flags.history, assignment: flags.assignment, seed: flags.seed, analysis: a, model, ...(written ? { written } : {}) }));
        return;
      }
      out(renderAnalysis(a, f));
      out(`\n${renderModelEffects(model, flags.alpha, f)}`);
    });
}

export function registerPilot(command: Command): void {
  const pilot = command
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim pilot plan --history fixtures/examples/sales.csv --mde 10% --assign groups.csv
  $ loyalty-sim pilot analyze --history fixtures/pilot/after.csv --assignment fixtures/pilot/groups.csv --start 2023-01-01 --end 2023-03-31`,
    );
  registerPlan(pilot);
  registerAnalyze(pilot);
}
