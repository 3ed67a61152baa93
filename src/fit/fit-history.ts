/**
 * From a history to the fitted baseline the engine draws from (MODEL.md §1,
 * §6): summary (x, tₓ, T, z̄, h per customer), BG/NBD and Gamma-Gamma fits,
 * the holdout check when there is a holdout, and the warnings a consultant
 * should read before trusting the fit.
 */
import { UserError } from '../errors.js';
import { type History, type ReadOptions, readHistoryFile } from '../history/read.js';
import { type HistorySummary, type TimeUnit, summarizeHistory } from '../history/summarize.js';
import { type BgNbdFit, fitBgNbd } from './bg-nbd.js';
import { type GammaGammaFit, fitGammaGamma, usableForGammaGamma } from './gamma-gamma.js';
import { type HoldoutCheck, holdoutCheck } from './holdout.js';

export interface FitOptions {
  unit: TimeUnit;
  /** Last day of calibration (day number, see history/format.ts dayOf); default: the whole history, no holdout. */
  calibrationEndDay?: number;
}

export interface HistoryFit {
  summary: HistorySummary;
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
  /** Only when the calibration ends before the data do. */
  holdout: HoldoutCheck | null;
  /** Pearson correlation of x and z̄ among the Gamma-Gamma customers. */
  frequencyValueCorrelation: number;
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

/** Fits an already-read history (pure). */
export function fitCustomerHistory(history: History, options: FitOptions): HistoryFit {
  const summary = summarizeHistory(history, options);
  if (summary.ids.length === 0) {
    throw new UserError(`no customer's first purchase is on or before the calibration end ${summary.calibrationEnd}`, `the data run from ${history.firstDate} to ${history.lastDate}`);
  }
  // Gamma-Gamma learns order values from repeat buyers only (x > 0); without any, there is nothing to fit
  let repeaters = 0;
  for (let i = 0; i < summary.x.length; i++) if (usableForGammaGamma(summary.x[i]!, summary.zbar[i]!)) repeaters++;
  if (repeaters === 0) {
    throw new UserError(
      `no customer in ${history.file} buys again on a later day${summary.calibrationEndDay < history.lastDay ? ` by the calibration end ${summary.calibrationEnd}` : ''} (${summary.ids.length} customers, ${history.firstDate} to ${history.lastDate}): the model learns frequency and order value from repeat purchases`,
      'give a longer history (months, not a day), and check that --customer names a customer id, not an order or receipt number',
      { file: history.file },
    );
  }
  const bgnbd = fitBgNbd(summary);
  const gammaGamma = fitGammaGamma(summary.x, summary.zbar);
  const warnings: string[] = [];
  const xs: number[] = [];
  const zs: number[] = [];
  for (let i = 0; i < summary.x.length; i++) {
    if (usableForGammaGamma(summary.x[i]!, summary.zbar[i]!)) {
      xs.push(summary.x[i]!);
      zs.push(summary.zbar[i]!);
    }
  }
  const correlation = pearson(xs, zs);
  if (Math.abs(correlation) > CORRELATION_LIMIT) {
    warnings.push(
      `frequency and mean order value are correlated (r = ${correlation.toFixed(2)} > ${CORRELATION_LIMIT}): the Gamma-Gamma model assumes they are independent, so order values may be biased`,
    );
  }
  const span = history.lastDay - history.firstDay + 1;
  if (span < 365) warnings.push(`the history covers ${span} days, less than a year: seasonality is not in the fit`);
  const vague = (Object.keys(bgnbd.params) as (keyof typeof bgnbd.params)[]).filter((k) => !(bgnbd.se[k] < bgnbd.params[k]));
  if (vague.length > 0) {
    warnings.push(
      `BG/NBD ${vague.join(', ')} ${vague.length === 1 ? 'is' : 'are'} poorly identified (standard error not below the estimate)${
        vague.includes('a') || vague.includes('b') ? ': the history says little about dropout, so simulated churn rests on a weak estimate; a longer history helps, and `profile` shows churn by inactivity to compare' : ''
      }`,
    );
  }
  if (!bgnbd.diagnostics.converged) warnings.push(`BG/NBD fit: ${bgnbd.diagnostics.message}`);
  if (!gammaGamma.diagnostics.converged) warnings.push(`Gamma-Gamma fit: ${gammaGamma.diagnostics.message}`);
  if (gammaGamma.params.q <= 1) warnings.push(`Gamma-Gamma q = ${gammaGamma.params.q.toPrecision(3)} ≤ 1: the mean order value is infinite under the fit`);
  const hasHoldout = summary.calibrationEndDay < history.lastDay;
  return {
    summary,
    bgnbd,
    gammaGamma,
    holdout: hasHoldout ? holdoutCheck(bgnbd.params, summary) : null,
    frequencyValueCorrelation: correlation,
    warnings,
  };
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
