/**
 * From a history to the fitted baseline the engine draws from (MODEL.md §1,
 * §6): summary (x, tₓ, T, z̄, h per customer), the purchase model (BG/NBD or
 * Pareto/NBD, or the better of the two) and Gamma-Gamma fits, the holdout
 * check when there is a holdout, and the warnings a consultant should read
 * before trusting the fit.
 *
 * Short histories: when the data cannot identify dropout (standard errors not
 * below the estimates), the fit is penalised by a weak prior (a MAP fit) and
 * marked not identified. The user's own churn (`--annual-churn 0.15±0.05`) is
 * always held, identified or not (issue 23): the history
 * fits everything else and every run draws today's active customers' churn
 * from the stated range (churn-prior.ts). The history's own churn is still
 * reported beside it, and a wide gap between the two is said in words.
 */
import { UserError } from '../errors.js';
import { catalog, msg, type Messages } from '../i18n/index.js';
import { type History, type ReadOptions, readHistoryFile } from '../history/read.js';
import { type HistorySummary, type TimeUnit, summarizeHistory } from '../history/summarize.js';
import { UNIT_DAYS } from '../history/summarize.js';
import { ChurnUnreachable, fitAtChurn } from './churn-prior.js';
import { PARETO_SHAPE_MAX } from './pareto-nbd.js';
import { type GammaGammaFit, fitGammaGamma, usableForGammaGamma } from './gamma-gamma.js';
import { type HoldoutCheck, holdoutCheck } from './holdout.js';
import { compress } from './compress.js';
import type { Diagnostics } from './bg-nbd.js';
import {
  aliveProbability,
  baseChurn,
  type ChurnPrior,
  churnSd,
  dropoutIdentified,
  DROPOUT_KEYS,
  fitPurchaseModel,
  logPrior,
  MODEL_TITLE,
  PARAM_KEYS,
  paramValues,
  type PurchaseFit,
  type PurchaseModel,
  type PurchaseParams,
  purchaseParams,
  PURCHASE_MODELS,
  toLog,
  unconditionalExpected,
} from './purchase-model.js';
import { estimateSeasonality, isSeasonal, operationalClock, type Seasonality } from '../history/seasonality.js';

export type ModelChoice = PurchaseModel | 'auto';

export interface FitOptions {
  unit: TimeUnit;
  /** Last day of calibration (day number, see history/format.ts dayOf); default: the whole history, no holdout. */
  calibrationEndDay?: number;
  /** The purchase model, or `auto` (the smaller holdout error, or the larger likelihood without a holdout); default bg-nbd. */
  model?: ModelChoice;
  /** The user's annual churn of active customers, held: the history fits everything else (churn-prior.ts). */
  annualChurn?: ChurnPrior;
  /** Month-of-year multipliers of the purchase rate from the history's dates (default true; seasonality.ts). */
  seasonality?: boolean;
}

/** How the dropout parameters were decided: by the data, by the weak prior, or by the churn the user stated. */
export interface Identification {
  /** Whether the maximum-likelihood fit alone identifies dropout (see dropoutIdentified). */
  identified: boolean;
  /** none: maximum likelihood; weak: penalised by the weak prior because not identified; churn: the --annual-churn churn held, identified or not. */
  prior: 'none' | 'weak' | 'churn';
  /**
   * The annual churn of today's active customers the final fit implies (baseChurn), with its sd under the fit's
   * covariance; with --annual-churn, the stated churn and its stated sd, the range every run draws it from.
   */
  churn: number;
  churnSd: number;
  /** The annual churn and its sd by maximum likelihood alone (NaN sd when not identified): the history's own estimate. */
  dataChurn: number;
  dataChurnSd: number;
  /**
   * With --annual-churn: the stated churn, and the share of the churn's variance it decides: 1, since the stated
   * churn is held (kept in the JSON for the readers of earlier versions, where a prior could share with the data).
   */
  churnPrior?: ChurnPrior;
  priorShare?: number;
  /**
   * With --annual-churn on a history that identifies dropout: how far apart the stated churn and the history's own
   * are, in sd of their difference, |stated − data| / √(sd_stated² + sd_data²). From 2 up the two differ, and the
   * user should hear that the stated churn is what is simulated (and that dropping --annual-churn lets the history decide).
   */
  priorConflict?: number;
}

export interface CandidateFit {
  model: PurchaseModel;
  logLikelihood: number;
  holdoutError: number | null;
  identified: boolean;
}

export interface HistoryFit {
  summary: HistorySummary;
  /** The chosen purchase model's fit (penalised when `identification.prior` is not none). */
  purchase: PurchaseFit;
  identification: Identification;
  /** With --model auto: every model tried, and why the chosen one won. */
  candidates: CandidateFit[];
  choice: string | null;
  gammaGamma: GammaGammaFit;
  /** Only when the calibration ends before the data do. */
  holdout: HoldoutCheck | null;
  /** Customers by P(alive) under the chosen fit, in ten bins [0, 0.1), …, [0.9, 1]: the diagnostic of how many the model thinks are gone. */
  pAliveHistogram: number[];
  /** Month-of-year multipliers (seasonality.ts); null when off (--no-seasonality) or without dates (a summary file). */
  seasonality: Seasonality | null;
  /** Pearson correlation of x and z̄ among the Gamma-Gamma customers. */
  frequencyValueCorrelation: number;
  /** Days the underlying history covers (absent for a summary file), for the short-history warning. */
  spanDays?: number;
  warnings: string[];
}

/** Above this |correlation| between frequency and order value, Gamma-Gamma's independence assumption is doubtful. */
export const CORRELATION_LIMIT = 0.3;

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n < 2) return NaN;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function pAliveHistogram(p: PurchaseParams, s: HistorySummary): number[] {
  const bins = new Array<number>(10).fill(0);
  for (let i = 0; i < s.x.length; i++) bins[Math.min(9, Math.floor(10 * aliveProbability(p, s.x[i]!, s.tx[i]!, s.T[i]!)))]!++;
  return bins;
}

/** One purchase model fitted the way the options ask, with its identification and holdout check. */
function fitOne(model: PurchaseModel, summary: HistorySummary, year: number, hasHoldout: boolean, churn?: ChurnPrior) {
  const ml = fitPurchaseModel(model, summary);
  const identified = dropoutIdentified(ml);
  const prior: Identification['prior'] = churn ? 'churn' : identified ? 'none' : 'weak';
  // A stated churn is held whether or not the history identifies dropout (churn-prior.ts): the user may know what the
  // export cannot show (accounts lost outside it, a recent change), and a churn that silently moves to the data's is
  // not the churn they stated. The history's own estimate stays in the identification, beside it.
  const c = compress(summary);
  const churnOf = (p: PurchaseParams) => baseChurn(p, c, year);
  let fit = ml;
  if (prior !== 'none') {
    try {
      fit = churn ? fitAtChurn(model, summary, year, churn, ml, churnOf) : fitPurchaseModel(model, summary, logPrior(model, year), toLog(purchaseParams(ml)));
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      const t = msg().fit;
      throw new UserError(t.churnTooHigh(err instanceof ChurnUnreachable ? t.churnUnreachable(err.model, err.churn) : err.message), t.churnTooHighHint);
    }
  }
  const params = purchaseParams(fit);
  // A held churn's uncertainty is the stated one: every run draws the churn from that range
  // (parameter-uncertainty.ts), whatever the fitted covariance at the held point says.
  const sd = churn ? churn.sd : churnSd(fit, churnOf);
  const identification: Identification = {
    identified,
    prior,
    churn: churnOf(params),
    churnSd: sd,
    dataChurn: churnOf(purchaseParams(ml)),
    dataChurnSd: identified ? churnSd(ml, churnOf) : NaN,
    ...(churn ? { churnPrior: churn, priorShare: 1 } : {}),
  };
  if (churn && identified) {
    const dataSd = identification.dataChurnSd;
    if (Number.isFinite(dataSd)) identification.priorConflict = Math.abs(churn.mean - identification.dataChurn) / Math.sqrt(churn.sd ** 2 + dataSd ** 2);
  }
  return { fit, identification, holdout: hasHoldout ? holdoutCheck(params, summary) : null };
}

/** Fits an already-read history (pure). */
export function fitCustomerHistory(history: History, options: FitOptions): HistoryFit {
  const summary = summarizeHistory(history, options);
  // a calibration end after the data would count the days after them as days
  // without purchases: a silently higher churn (issue 29), so it is refused
  if (summary.calibrationEndDay > history.lastDay) {
    const t = msg().fitGuards;
    throw new UserError(t.calibrationAfterData(summary.calibrationEnd, history.lastDate), t.calibrationRangeHint(history.firstDate, history.lastDate), { file: history.file });
  }
  if (summary.ids.length === 0) {
    throw new UserError(msg().fit.noCohort(summary.calibrationEnd), msg().fit.dataRun(history.firstDate, history.lastDate));
  }
  // Gamma-Gamma learns order values from repeat buyers only (x > 0); without any, there is nothing to fit
  let repeaters = 0;
  for (let i = 0; i < summary.x.length; i++) if (usableForGammaGamma(summary.x[i]!, summary.zbar[i]!)) repeaters++;
  if (repeaters === 0) {
    const t = msg().fit;
    const end = summary.calibrationEndDay < history.lastDay ? summary.calibrationEnd : null;
    throw new UserError(t.noRepeaters(history.file, end, summary.ids.length, history.firstDate, history.lastDate), t.noRepeatersHint, { file: history.file });
  }
  const span = history.lastDay - history.firstDay + 1;
  const flat = fitSummary(summary, { ...options, spanDays: span });
  if (options.seasonality === false) return flat;
  const seasonality = estimateSeasonality(history, summary.calibrationEndDay, UNIT_DAYS[summary.unit], (t) => unconditionalExpected(purchaseParams(flat.purchase), t));
  if (!isSeasonal(seasonality)) return { ...flat, seasonality };
  // The purchase models hold in deseasonalised time (seasonality.ts, operationalClock): refit there.
  return { ...fitSummary(deseasonalisedSummary(summary, history, seasonality), { ...options, spanDays: span }), seasonality };
}

/**
 * The summary with tₓ, T and the holdout length measured on the operational
 * clock of `s` (a month counts s_m months), where purchases at rate λ·s(month)
 * are a flat Poisson process at rate λ, so the BG/NBD likelihood holds as it is
 * (the Pareto/NBD's dropout, in calendar time, is read on that clock too: over a
 * year the two clocks agree).
 */
function deseasonalisedSummary(summary: HistorySummary, history: History, s: Seasonality): HistorySummary {
  const unit = UNIT_DAYS[summary.unit];
  const from = Math.min(history.firstDay, summary.calibrationEndDay);
  const to = Math.max(history.lastDay, summary.calibrationEndDay);
  const clock = operationalClock(s, from, to);
  const at = (day: number) => clock[day - from]!;
  // the calibration cohort's first purchase days, in the summary's order (summarize.ts)
  const cohort = history.store.firstPurchaseDay.filter((d) => d <= summary.calibrationEndDay);
  const tx = new Float64Array(summary.tx.length);
  const T = new Float64Array(summary.T.length);
  for (let i = 0; i < cohort.length; i++) {
    const first = cohort[i]!;
    const last = first + Math.round(summary.tx[i]! * unit);
    tx[i] = (at(last) - at(first)) / unit;
    T[i] = (at(summary.calibrationEndDay) - at(first)) / unit;
  }
  const holdout = (at(history.lastDay) - at(summary.calibrationEndDay)) / unit;
  return { ...summary, tx, T, holdoutT: summary.holdoutT.map((h) => (h > 0 ? holdout : h)) };
}

/**
 * Fits a summary (from transactions, or read from a summary file). `spanDays`
 * is the length of the underlying history, for the short-history warning.
 */
export function fitSummary(summary: HistorySummary, options: FitOptions & { spanDays?: number }): HistoryFit {
  if (!summary.x.some((x, i) => usableForGammaGamma(x, summary.zbar[i]!))) {
    throw new UserError(msg().fit.noRepeatersSummary(summary.ids.length), msg().fit.noRepeatersSummaryHint);
  }
  const year = 365.25 / UNIT_DAYS[summary.unit];
  const hasHoldout = summary.holdoutT.length > 0 && summary.holdoutT[0]! > 0;
  const choice = options.model ?? 'bg-nbd';
  const tried = (choice === 'auto' ? PURCHASE_MODELS : [choice]).map((m) => ({ model: m, ...fitOne(m, summary, year, hasHoldout, options.annualChurn) }));
  let best = tried[0]!;
  let reason: string | null = null;
  if (tried.length > 1) {
    if (hasHoldout) {
      // a near tie keeps the first (BG/NBD, the default): one holdout's noise is no reason to switch models
      if (!holdoutTie(tried.map((t) => t.holdout!.error))) for (const t of tried) if (t.holdout!.error < best.holdout!.error) best = t;
      reason = choiceReason(best.model, tried.map((t) => ({ model: t.model, logLikelihood: t.fit.logLikelihood, holdoutError: t.holdout!.error })), catalog('en').fit);
    } else {
      for (const t of tried) if (t.fit.logLikelihood > best.fit.logLikelihood) best = t;
      reason = choiceReason(best.model, tried.map((t) => ({ model: t.model, logLikelihood: t.fit.logLikelihood, holdoutError: null })), catalog('en').fit);
    }
  }
  const purchase = best.fit;
  const identification = best.identification;
  const gammaGamma = fitGammaGamma(summary.x, summary.zbar);
  const xs: number[] = [];
  const zs: number[] = [];
  for (let i = 0; i < summary.x.length; i++) {
    if (usableForGammaGamma(summary.x[i]!, summary.zbar[i]!)) {
      xs.push(summary.x[i]!);
      zs.push(summary.zbar[i]!);
    }
  }
  const correlation = pearson(xs, zs);
  const fit: HistoryFit = {
    summary,
    purchase,
    identification,
    candidates: tried.map((t) => ({ model: t.model, logLikelihood: t.fit.logLikelihood, holdoutError: t.holdout ? t.holdout.error : null, identified: t.identification.identified })),
    choice: reason,
    gammaGamma,
    holdout: best.holdout,
    pAliveHistogram: pAliveHistogram(purchaseParams(purchase), summary),
    seasonality: null,
    frequencyValueCorrelation: correlation,
    ...(options.spanDays !== undefined ? { spanDays: options.spanDays } : {}),
    warnings: [],
  };
  // --json's warnings are English whatever the language; the CLI words them again for people
  fit.warnings = fitWarnings(fit, catalog('en').fit);
  return fit;
}

/** Holdout errors this close (half a percentage point, or 5 % of the smaller) are a tie: within one holdout's noise. */
const TIE_ABSOLUTE = 0.005;
const TIE_RELATIVE = 0.05;

/** Whether --model auto's holdout errors are a near tie (then the default model is kept). */
export function holdoutTie(errors: number[]): boolean {
  const lo = Math.min(...errors);
  return Math.max(...errors) - lo <= Math.max(TIE_ABSOLUTE, TIE_RELATIVE * lo);
}

/** Why --model auto chose `best`: by the holdout error when every candidate has one (a near tie said as a tie), else by likelihood. */
export function choiceReason(best: string, candidates: Pick<CandidateFit, 'model' | 'logLikelihood' | 'holdoutError'>[], t: Messages['fit'], num: (x: number, digits?: number) => string = plain): string {
  if (!candidates.every((c) => c.holdoutError !== null)) return t.choiceLikelihood(candidates.map((c) => ({ model: c.model, ll: num(c.logLikelihood, 1) })));
  const errors = candidates.map((c) => ({ model: c.model, error: num(100 * c.holdoutError!, 1) }));
  return holdoutTie(candidates.map((c) => c.holdoutError!)) ? t.choiceTie(best, errors) : t.choiceHoldout(best, errors);
}

/**
 * Why the optimiser stopped short, in the catalog's words (the English one
 * is the diagnostics' own message, which --json keeps).
 */
export function stopText(d: Diagnostics, t: Messages['fit']): string {
  const gradient = d.gradientNorm.toExponential(2);
  switch (d.stop) {
    case 'hessian':
      return t.stopped.hessian();
    case 'noStep':
      return t.stopped.noStep(gradient);
    case 'iterations':
      return t.stopped.iterations(d.iterations, gradient);
    case 'runaway':
      return t.stopped.runaway();
    default:
      return d.message;
  }
}

/** A number as --json's English warnings always wrote it. */
const plain = (x: number, digits?: number): string => (digits === undefined ? String(x) : x.toFixed(digits));

/**
 * What a consultant should read before trusting the fit: a correlation that
 * breaks Gamma-Gamma, a history too short for a season, a dropout the data
 * cannot identify, vague or capped parameters, an optimiser that did not
 * converge. `num` writes a number with the given decimals (the CLI's locale;
 * plain for --json).
 */
export function fitWarnings(f: HistoryFit, t: Messages['fit'], num: (x: number, digits?: number) => string = plain): string[] {
  const warnings: string[] = [];
  const { purchase, identification, gammaGamma } = f;
  const correlation = f.frequencyValueCorrelation;
  if (Math.abs(correlation) > CORRELATION_LIMIT) warnings.push(t.correlated(num(correlation, 2), num(CORRELATION_LIMIT)));
  if (f.spanDays !== undefined && f.spanDays < 365) warnings.push(t.shortHistory(num(f.spanDays)));
  const name = MODEL_TITLE[purchase.model].split(' ')[0]!;
  const dropout = DROPOUT_KEYS[purchase.model].join(', ');
  if (!identification.identified) {
    warnings.push(identification.prior === 'churn' ? t.notIdentifiedChurn(name, dropout, num(100 * identification.priorShare!, 0)) : t.notIdentifiedWeak(name, dropout));
  }
  const z = identification.priorConflict;
  if (z !== undefined && z >= 2) {
    const pct = (v: number) => `${num(100 * v, 1)} %`;
    const prior = identification.churnPrior!;
    warnings.push(t.priorConflict(`${pct(prior.mean)} ± ${pct(prior.sd)}`, `${pct(identification.dataChurn)} ± ${pct(identification.dataChurnSd)}`, num(z, 1)));
  }
  const values = paramValues(purchaseParams(purchase));
  const se = purchase.se as unknown as Record<string, number>;
  const vague = PARAM_KEYS[purchase.model].filter((k) => !DROPOUT_KEYS[purchase.model].includes(k as never) && !(se[k]! < values[k]!));
  if (vague.length > 0) warnings.push(t.vague(name, vague.join(', '), vague.length));
  if (purchase.model === 'pareto-nbd' && purchase.params.s >= PARETO_SHAPE_MAX * 0.99) warnings.push(t.paretoCap(num(PARETO_SHAPE_MAX)));
  if (!purchase.diagnostics.converged) warnings.push(t.fitFailed(name, stopText(purchase.diagnostics, t)));
  if (!gammaGamma.diagnostics.converged) warnings.push(t.fitFailed('Gamma-Gamma', stopText(gammaGamma.diagnostics, t)));
  if (gammaGamma.params.q <= 1) warnings.push(t.infiniteMean(gammaGamma.params.q.toPrecision(3)));
  return warnings;
}

/**
 * Reads a history CSV and fits it: the entry point for `simulate --history`.
 * The default unit is the month, the engine's time step (MODEL.md).
 */
export async function fitHistory(
  file: string,
  readOptions: ReadOptions = {},
  options: FitOptions = { unit: 'month' },
): Promise<HistoryFit & { history: History }> {
  const history = await readHistoryFile(file, readOptions);
  return { history, ...fitCustomerHistory(history, options) };
}
