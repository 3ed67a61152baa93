/**
 * The tracking chart of Fader, Hardie & Lee (2005, figures 2–3): the
 * calibration cohort's cumulative repeat purchases week by week, actual
 * against what the fitted model expects, across the calibration period and
 * the holdout. The model's curve is not fitted to the weekly counts: it is
 * Σᵢ E[X(t − sᵢ)], each customer's expected repeat purchases since their
 * first purchase on day sᵢ (FHL 2005 eq. 9 for BG/NBD; SMC 1987 / Fader &
 * Hardie 2005 for Pareto/NBD), so a bend away from the actual curve in the
 * holdout is a forecast error a consultant can see.
 *
 * Conventions follow history/summarize.ts: purchases are purchase days, a
 * repeat is a purchase day after the first, time since the first purchase at
 * the end of day d is (d − sᵢ) in the fit's unit, and the cohort is the
 * customers whose first purchase is on or before the calibration end.
 * Weeks are 7-day blocks from the first day of the data (week 1 is days
 * 1–7), whatever the fit's unit; the last week may be shorter.
 *
 * Imports types only from history/: the report's HTML, which reaches this
 * file, is also bundled for the browser (the what-if page), where node: modules
 * do not exist.
 */
import type { CustomerHistory } from '../history/read.js';
import { countRepeatPurchases } from '../history/repeat-purchases.js';
import { type PurchaseParams, unconditionalExpected } from './purchase-model.js';

export interface Tracking {
  /** Day number of the first day of week 1 (the first day of the data). */
  startDay: number;
  /** Day number of the last day of each week (the last week ends on the last day of the data). */
  weekEndDays: number[];
  /** Cumulative repeat purchase days of the cohort by the end of each week. */
  actual: number[];
  /** Σᵢ E[X(tᵢ)] at the end of each week. */
  expected: number[];
  /** Weeks wholly in the calibration period; the line on the chart falls after this many weeks (may be fractional when the calibration ends mid-week). */
  calibrationWeeks: number;
  /** The index of the last week that ends on or before the calibration end (−1 when none). */
  calibrationEndIndex: number;
  /** The calibration's last day; the holdout is the days after it up to the last week's end. */
  calibrationEndDay: number;
  /** Repeat purchases in the weeks after the calibration's last whole week (1-based week numbers), actual and expected; null without such weeks. */
  holdout: { fromWeek: number; toWeek: number; actual: number; expected: number } | null;
}

export interface TrackingInput {
  customers: readonly Pick<CustomerHistory, 'days' | 'purchase' | 'firstPurchaseDay'>[];
  firstDay: number;
  lastDay: number;
  calibrationEndDay: number;
  /** Days per unit of the fit's parameters (history/summarize.ts UNIT_DAYS): 7 for weeks. */
  unitDays: number;
}

export const WEEK_DAYS = 7;

export function trackingCurve(params: PurchaseParams, input: TrackingInput): Tracking {
  const { firstDay, lastDay, calibrationEndDay } = input;
  const perUnit = input.unitDays;
  const weeks = Math.max(1, Math.ceil((lastDay - firstDay + 1) / WEEK_DAYS));
  const weekEndDays = Array.from({ length: weeks }, (_, k) => Math.min(lastDay, firstDay + WEEK_DAYS * (k + 1) - 1));
  const weekOf = (day: number): number => Math.min(weeks - 1, Math.max(0, Math.floor((day - firstDay) / WEEK_DAYS)));
  const repeats = new Float64Array(weeks);
  // customers by first-purchase day: the expectation depends on that day alone, so it is evaluated once per day, not per customer
  const cohortByDay = countRepeatPurchases(input.customers, calibrationEndDay, lastDay, repeats, weekOf);
  const actual: number[] = [];
  const expected: number[] = [];
  let cumulative = 0;
  for (let k = 0; k < weeks; k++) {
    cumulative += repeats[k]!;
    actual.push(cumulative);
    const end = weekEndDays[k]!;
    let e = 0;
    for (const [day, n] of cohortByDay) if (day < end) e += n * unconditionalExpected(params, (end - day) / perUnit);
    expected.push(e);
  }
  let calibrationEndIndex = -1;
  for (let k = 0; k < weeks; k++) if (weekEndDays[k]! <= calibrationEndDay) calibrationEndIndex = k;
  return {
    startDay: firstDay,
    weekEndDays,
    actual,
    expected,
    calibrationWeeks: Math.min(weeks, (calibrationEndDay - firstDay + 1) / WEEK_DAYS),
    calibrationEndIndex,
    calibrationEndDay,
    holdout:
      calibrationEndIndex + 1 < weeks
        ? { fromWeek: calibrationEndIndex + 2, toWeek: weeks, actual: weeksTotal(actual, calibrationEndIndex + 2, weeks), expected: weeksTotal(expected, calibrationEndIndex + 2, weeks) }
        : null,
  };
}

/** Repeat purchases in weeks `from`..`to` (1-based, inclusive) of a cumulative series. */
export function weeksTotal(cumulative: readonly number[], from: number, to: number): number {
  return cumulative[to - 1]! - (from > 1 ? cumulative[from - 2]! : 0);
}
