/**
 * Sizing a pilot from a history (issue 6): how many customers per group a
 * two-group pilot needs to detect a relative effect on a per-customer metric,
 * with and without CUPED (Deng, Xu, Kohavi & Walker 2013, "Improving the
 * sensitivity of online controlled experiments by utilizing pre-experiment
 * data"), or what effect a given group size can detect. Pure.
 *
 * The variance comes from the history itself: the metric per customer over
 * the last complete window of the pilot's length (ending on the history's last
 * day), among the customers who had bought before that window began (they are
 * the ones a pilot starting then would have drawn); the CUPED covariate is the
 * same metric over the window before it.
 *
 * Textbook two-sample formula (equal groups, two-sided test of means):
 *   n per group = 2 (z_{1−α/2} + z_{1−β})² σ² / Δ²,  Δ = mde · baseline mean;
 * with CUPED the variance is σ²(1 − ρ²), ρ = corr(metric, covariate), so n
 * shrinks by the factor 1 − ρ² (the variance reduction is ρ²). Given n, the
 * detectable Δ = (z_{1−α/2} + z_{1−β}) · σ · √(2 / n).
 */
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { normalQuantile } from '../random/special.js';
import { type CustomerDays, correlation, type Eligibility, isEligible, meanVar, monthsToDays, type Window, windowTotals } from './periods.js';

import type { PlanMetric } from './plan-metrics.js';
export { PLAN_METRICS, type PlanMetric } from './plan-metrics.js';

export interface PlanOptions {
  metric: PlanMetric;
  months: number;
  /** Minimum detectable effect relative to the baseline mean (0.1 = 10 %). Ignored with groupSize. */
  mde: number;
  alpha: number;
  power: number;
  /** Fix the group size and solve for the detectable effect instead. */
  groupSize?: number;
  eligibility?: Eligibility;
}

export interface PilotPlan {
  metric: PlanMetric;
  months: number;
  /** The relative effect planned for, or (with groupSize) the one that size detects without CUPED. */
  mde: number;
  /** With groupSize: the effect detectable with CUPED. */
  mdeCuped?: number;
  alpha: number;
  power: number;
  /** Customers per group (given, with groupSize). */
  perGroup: number;
  perGroupCuped: number;
  /** ρ²: the share of the metric's variance CUPED removes. */
  varianceReduction: number;
  /** ρ: correlation of the metric with its previous window (0 when no full previous window). */
  correlation: number;
  baselineMean: number;
  baselineSd: number;
  /** Customers in the variance estimate. */
  customers: number;
  window: Window;
  covariateWindow: Window | null;
  groupSize?: number;
  /** Customers eligible at the history's end: the most a pilot can assign. */
  eligible: number;
  /** Whether two groups of perGroup fit in the eligible base (without that the plan cannot be run). */
  feasible: boolean;
}

/** The metric of one customer over a window. */
export function metricValue(c: CustomerDays, w: Window, metric: PlanMetric): number {
  const t = windowTotals(c, w);
  return metric === 'revenue' ? t.revenue : metric === 'orders' ? t.orders : t.orders > 0 ? 1 : 0;
}

/** (z_{1−α/2} + z_{1−β})², the constant of the two-sample formula. */
export function zFactor(alpha: number, power: number): number {
  return (normalQuantile(1 - alpha / 2) + normalQuantile(power)) ** 2;
}

/** Customers per group: 2 (z_{1−α/2} + z_{1−β})² σ² / Δ², rounded up. */
export function sampleSize(variance: number, delta: number, alpha: number, power: number): number {
  return Math.ceil((2 * zFactor(alpha, power) * variance) / (delta * delta));
}

/** The absolute effect Δ detectable with n per group: (z_{1−α/2} + z_{1−β}) σ √(2/n). */
export function detectableDelta(variance: number, n: number, alpha: number, power: number): number {
  return Math.sqrt((zFactor(alpha, power) * 2 * variance) / n);
}

export interface HistorySpan {
  firstDay: number;
  lastDay: number;
}

/** The plan of issue 6 step 1 from a history's customers. */
export function planPilot(customers: readonly CustomerDays[], span: HistorySpan, o: PlanOptions): PilotPlan {
  const t = msg().pilotErrors;
  if (!(o.alpha > 0 && o.alpha < 1)) throw new UserError(t.alpha(o.alpha));
  if (!(o.power > 0 && o.power < 1)) throw new UserError(t.power(o.power));
  const L = monthsToDays(o.months);
  const window: Window = { from: span.lastDay - L + 1, to: span.lastDay };
  if (window.from <= span.firstDay) {
    throw new UserError(t.historyTooShort(span.lastDay - span.firstDay + 1, o.months, L), t.historyTooShortHint);
  }
  const prev: Window = { from: window.from - L, to: window.from - 1 };
  const covariateWindow = prev.from >= span.firstDay ? prev : null;
  const pool = customers.filter((c) => isEligible(c, window.from - 1, o.eligibility));
  if (pool.length < 2) {
    throw new UserError(t.fewPool(pool.length, o.months), t.fewPoolHint);
  }
  const y = Float64Array.from(pool, (c) => metricValue(c, window, o.metric));
  const { mean, variance } = meanVar(y);
  const rho = covariateWindow ? correlation(Float64Array.from(pool, (c) => metricValue(c, covariateWindow, o.metric)), y) : 0;
  const reduction = rho * rho;
  const cupedVariance = variance * (1 - reduction);
  if (!(mean > 0)) {
    throw new UserError(t.meanNotPositive(o.metric, o.months, mean), t.meanNotPositiveHint);
  }
  const eligible = customers.filter((c) => isEligible(c, span.lastDay, o.eligibility)).length;
  const base = {
    eligible,
    metric: o.metric,
    months: o.months,
    alpha: o.alpha,
    power: o.power,
    varianceReduction: reduction,
    correlation: rho,
    baselineMean: mean,
    baselineSd: Math.sqrt(variance),
    customers: pool.length,
    window,
    covariateWindow,
  };
  if (o.groupSize !== undefined) {
    return {
      ...base,
      mde: detectableDelta(variance, o.groupSize, o.alpha, o.power) / mean,
      mdeCuped: detectableDelta(cupedVariance, o.groupSize, o.alpha, o.power) / mean,
      perGroup: o.groupSize,
      perGroupCuped: o.groupSize,
      groupSize: o.groupSize,
      feasible: 2 * o.groupSize <= eligible,
    };
  }
  if (!(o.mde > 0)) throw new UserError(t.mde(o.mde), t.mdeHint);
  const delta = o.mde * mean;
  const perGroup = Math.max(2, sampleSize(variance, delta, o.alpha, o.power));
  return {
    ...base,
    mde: o.mde,
    perGroup,
    perGroupCuped: Math.max(2, sampleSize(cupedVariance, delta, o.alpha, o.power)),
    feasible: 2 * perGroup <= eligible,
  };
}
