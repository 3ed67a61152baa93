/**
 * The options every command that runs the engine shares (simulate, compare,
 * sweep, tornado, breakeven, report), and the set-up they share: the draft
 * and its warnings, the population, the progress bar and Ctrl-C.
 */
import { Option, type Command } from 'commander';
import type { Draft } from '../draft/schema.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/current.js';
import type { Sampling } from '../engine/inputs.js';
import type { SampleInfo } from '../engine/history-population.js';
import type { History } from '../history/read.js';
import type { AttributeNeeds } from './customer-attributes.js';
import type { Population, SyntheticPopulation } from '../engine/population.js';
import type { HistoryFit } from '../fit/fit-history.js';
import type { FitDiagnostics } from '../fit/diagnostics.js';
import type { SummaryUnit } from '../history/summary-file.js';
import { addCalibrationOptions, addHistoryOptions, readOptionsFrom, skippedLines, type CalibrationFlags, type HistoryFlags } from './history-flags.js';
import { DEFAULT_SEED, defaultLocale, defaultWorkers, parseChoice, parseInteger, parseNumber } from './options.js';
import { say, warn } from './output.js';

// The draft reader (YAML, zod), the engine, the fit and the history readers are
// imported by the functions below when a command runs, not when the command
// tree is built: --help and --version load none of them (issue 26).

export interface SimulationFlags extends HistoryFlags, Partial<CalibrationFlags> {
  history?: string;
  summary?: string;
  /** --customers: a CSV of customer attributes for segments by column (docs/model.md §13). */
  customers?: string;
  unit?: SummaryUnit;
  /** false with --no-parameter-uncertainty. */
  parameterUncertainty?: boolean;
  sample?: number;
  runs: number;
  seed: number;
  horizon?: number;
  workers: number;
  sampling: Sampling;
  precision?: number;
  json?: boolean;
  locale: string;
  /** --set PATH=VALUE, in the order given. */
  set: string[];
}

/**
 * `precision: false` leaves out --precision (for batches, whose simulations
 * must all have exactly --runs runs so they pair up run by run).
 */
export function addSimulationOptions(cmd: Command, defaults: { runs?: number; precision?: boolean } = {}): Command {
  cmd
    .addOption(new Option('--runs <n>').argParser(parseInteger(1, 10_000_000)).default(defaults.runs ?? 1000))
    .addOption(new Option('--seed <n>').argParser(parseInteger(0, 2 ** 53 - 1)).default(DEFAULT_SEED))
    .addOption(new Option('--horizon <months>').argParser(parseInteger(1, 240)))
    .addOption(new Option('--workers <n>').argParser(parseInteger(1, 256)).default(defaultWorkers(), 'the machine\'s cores'))
    .addOption(new Option('--sampling <how>').argParser(parseChoice(['lhs', 'mc'] as const)).default('lhs'));
  if (defaults.precision !== false) {
    cmd.addOption(
      new Option('--precision <share>').argParser(
        parseNumber(1e-6, 1, { percent: true }),
      ),
    );
  }
  cmd
    .addOption(new Option('--locale <bcp47>').default(defaultLocale()))
    .option('--json')
    .option('--set <path=value>', '', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--history <csv>')
    .addOption(new Option('--sample <n>').argParser(parseInteger(1)))
    .option('--summary <csv>')
    .addOption(new Option('--unit <unit>').argParser(parseChoice(['day', 'week', 'month'] as const)).default('month'))
    .option('--customers <csv>')
    .option('--no-parameter-uncertainty');
  addCalibrationOptions(addHistoryOptions(cmd));
  return cmd;
}

/** Checks a locale early, so a typo is bad usage and not a crash later. */
export function checkLocale(locale: string): void {
  try {
    if (Intl.NumberFormat.supportedLocalesOf([locale]).length === 0) throw new RangeError();
  } catch {
    throw new UserError(msg().cli.unknownLocale(locale), msg().cli.unknownLocaleHint);
  }
}

/** Loads a draft, printing its design-lint warnings on stderr, with the --set overrides applied. */
export async function loadDraftWithWarnings(file: string, sets: readonly string[] = []): Promise<Draft> {
  const [{ loadDraft, formatIssueLine }, { applyOverrides, parseOverride }] = await Promise.all([import('../draft/load.js'), import('../decide/overrides.js')]);
  const overrides = sets.map(parseOverride);
  const { draft, warnings } = await loadDraft(file);
  for (const w of warnings) warn(formatIssueLine(file, w));
  if (overrides.length > 0) say(msg().decideErrors.setApplied(file, overrides.map((o) => o.text).join(', ')));
  return applyOverrides(draft, overrides);
}

/** The population a draft runs on when no history is given. */
export async function draftPopulation(draft: Draft, file: string): Promise<SyntheticPopulation> {
  const { syntheticPopulation } = await import('../engine/population.js');
  const synthetic = draft.customers?.synthetic;
  if (!synthetic) {
    throw new UserError(msg().population.noCustomers(file), msg().population.noCustomersHint);
  }
  return syntheticPopulation(synthetic);
}

/**
 * The smallest --sample simulated without a warning. A total scaled up from n
 * customers has a relative sampling error of about CV/√n, and a B2B base's
 * spend has a CV of 2–3: some 6–9 % at 1,000 customers, 100 % and more at 7
 * (issue 29: 7 customers were scaled to 10,000 without a word).
 */
export const MIN_QUIET_SAMPLE = 1000;

/** The warning for a --sample of `size` standing for `total` customers, or null when it is large enough (or nothing is scaled). */
export function smallSampleWarning(size: number, total: number, locale: string): string | null {
  if (size >= MIN_QUIET_SAMPLE || size >= total) return null;
  const n = (x: number, digits = 0) => x.toLocaleString(locale, { maximumFractionDigits: digits });
  const weight = total / size;
  return msg().population.sampleTooSmall(size, n(size), n(total), n(weight, weight < 10 ? 1 : 0), n(MIN_QUIET_SAMPLE));
}

export interface ResolvedPopulation {
  population: Population;
  /** For people: "10,000 synthetic customers" or "2,357 customers of sales.csv". */
  description: string;
  sample?: SampleInfo;
  /** n customers of the same base standing for all of it (the what-if panel's sample), without reading the history again. */
  resample: (n: number) => Population;
  /** With --history or --summary: the fit the customers come from, and its diagnostics when asked for (the report's calibration section). */
  calibration?: { source: string; fit: HistoryFit; diagnostics: () => FitDiagnostics };
}

/**
 * The customers to simulate: the real ones of --history (MODEL.md §1, fitted
 * in months), or the draft's synthetic block. Messages about the history
 * (rows skipped, fit warnings, the synthetic block ignored) go to stderr.
 */
export async function resolvePopulation(draft: Draft, file: string, flags: SimulationFlags, alsoFor: readonly Draft[] = []): Promise<ResolvedPopulation> {
  if (flags.history && flags.summary) throw new UserError(msg().cliErrors.historyOrSummary, msg().cliErrors.historyOrSummaryHint);
  const source = flags.history ?? flags.summary;
  const [{ syntheticSample }, attributes] = await Promise.all([import('../engine/population.js'), import('./customer-attributes.js')]);
  // docs/model.md §13: segments by RFM class or column select on the customers of a history (every draft of a comparison)
  const needs = attributes.attributeNeeds([draft, ...alsoFor]);
  checkAttributeSources(needs, flags, source);
  if (!source) {
    const full = await draftPopulation(draft, file);
    const resample = (n: number): Population => syntheticSample(full, n);
    if (flags.sample === undefined || flags.sample >= full.size) {
      if (flags.sample !== undefined) warn(msg().population.sampleNotSmaller(flags.sample.toLocaleString(flags.locale), full.size.toLocaleString(flags.locale)));
      return { population: full, description: msg().population.synthetic(full.size.toLocaleString(flags.locale)), resample };
    }
    const population = syntheticSample(full, flags.sample);
    const small = smallSampleWarning(population.size, full.size, flags.locale);
    if (small) warn(small);
    return {
      population,
      description: msg().population.sampledSynthetic(population.size.toLocaleString(flags.locale), full.size.toLocaleString(flags.locale)),
      resample,
    };
  }
  const [{ historyPopulation }, { thresholdFitWarnings }, { fitHistory, fitSummary }, { fitDiagnostics }, { seasonForSimulation }, { convertUnit, readSummaryFile }, { parameterUncertainty }, { purchaseParams }] = await Promise.all([
    import('../engine/history-population.js'),
    import('../engine/threshold-fit.js'),
    import('../fit/fit-history.js'),
    import('../fit/diagnostics.js'),
    import('../history/seasonality.js'),
    import('../history/summary-file.js'),
    import('../engine/parameter-uncertainty.js'),
    import('../fit/purchase-model.js'),
  ]);
  const calibration = { unit: 'month' as const, model: flags.model ?? 'bg-nbd', ...(flags.annualChurn ? { annualChurn: flags.annualChurn } : {}), seasonality: flags.seasonality !== false };
  let fit: HistoryFit;
  let currencyColumn: string | undefined;
  let diagnostics: () => FitDiagnostics = () => fitDiagnostics(fit);
  let read: History | undefined;
  if (flags.history) {
    const withHistory = await fitHistory(flags.history, readOptionsFrom(flags), calibration);
    read = withHistory.history;
    for (const line of skippedLines(withHistory.history)) warn(`${flags.history}: ${line}`);
    fit = withHistory;
    currencyColumn = withHistory.history.currencyColumn;
    diagnostics = () => fitDiagnostics(withHistory, withHistory.history);
  } else {
    // the engine steps in months: a summary in weeks is converted before the fit
    const unit = flags.unit ?? 'month';
    const summaryRead = unit === 'day' ? await readSummaryFile(source, 'month', 'day') : convertUnit(await readSummaryFile(source, unit), 'month');
    say(msg().summaryFile.readAs(source, summaryRead.convention, unit, '--unit'));
    fit = fitSummary(summaryRead, calibration);
  }
  if (draft.customers?.synthetic) say(msg().population.syntheticIgnored(file, source));
  if (fit.identification.prior === 'weak') {
    // Simulating on a dropout the data do not determine would print churn and ROI that are the weak prior's, not the client's.
    throw new UserError(
      `${source}: the history cannot identify dropout (${fit.purchase.model} fit: standard errors not below the estimates), so simulated churn would be arbitrary.`,
      `state the churn you know with --annual-churn, e.g. --annual-churn 0.15±0.05 (share of active customers lost per year ± your uncertainty); \`loyalty-sim fit ${flags.history ?? `--summary ${source}`}\` shows the fit`,
    );
  }
  for (const w of fit.warnings) warn(`${source}: ${w}`);
  // the whole base's spend, not a --sample's: the question is whom the thresholds reach
  for (const w of thresholdFitWarnings({ draft, draftFile: file, historyFile: source, h12: fit.summary.h12, ...(currencyColumn !== undefined ? { currencyColumn } : {}), locale: flags.locale, text: msg().thresholdFit })) warn(w);
  let uncertainty = null;
  if (flags.parameterUncertainty !== false) {
    const u = parameterUncertainty(fit.purchase, fit.gammaGamma);
    if (typeof u === 'string') warn(msg().thresholdFit.uncertaintyLeftOut(source, u));
    else uncertainty = u;
  }
  const season = seasonForSimulation(fit.seasonality, fit.summary.calibrationEndDay);
  const customerAttributes = attributes.needsAttributes(needs)
    ? await attributes.customerAttributes(needs, fit.summary, source, { ...(read ? { history: read } : {}), ...(flags.customers ? { customersFile: flags.customers } : {}), locale: flags.locale })
    : null;
  const fitted = { summary: fit.summary, purchase: purchaseParams(fit.purchase), gammaGamma: fit.gammaGamma.params, uncertainty, season, attributes: customerAttributes };
  const { population, sample } = historyPopulation(fitted, { sample: flags.sample, seed: flags.seed });
  const resample = (n: number): Population => historyPopulation(fitted, { sample: n, seed: flags.seed }).population;
  const total = fit.summary.ids.length.toLocaleString(flags.locale);
  if (flags.sample !== undefined && !sample) warn(msg().population.sampleNotSmaller(flags.sample.toLocaleString(flags.locale), total));
  const small = sample ? smallSampleWarning(sample.size, sample.from, flags.locale) : null;
  if (small) warn(small);
  const description = sample
    ? msg().population.sampled(sample.size.toLocaleString(flags.locale), sample.strata, total, source)
    : msg().population.real(total, source);
  const how = msg().population.how(fit.purchase.model, fit.identification.prior === 'churn', uncertainty !== null, season !== null);
  return { population, description: `${description} (${how})`, sample, resample, calibration: { source, fit, diagnostics } };
}

/**
 * docs/model.md §13: a segment by RFM class or column needs the customers of a
 * history (a synthetic customer has neither), and --customers needs a history
 * to join and a segment by column to serve.
 */
function checkAttributeSources(needs: AttributeNeeds, flags: SimulationFlags, source: string | undefined): void {
  const t = msg().segmentData;
  if (!source && needs.first) throw new UserError(t.needsHistory(needs.first.segment, needs.first.kind), t.needsHistoryHint);
  if (flags.customers && !source) throw new UserError(t.customersWithoutHistory(flags.customers), t.customersWithoutHistoryHint);
  if (flags.customers && needs.columns.length === 0) warn(t.customersUnused(flags.customers));
}

/**
 * Runs `work` with an AbortSignal tied to Ctrl-C: the first Ctrl-C stops the
 * simulation within a second and lets the command say how far it got; a
 * second one exits at once.
 */
export async function withInterrupt<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    say(msg().cli.stopping);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
  }
}
