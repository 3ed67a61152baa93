/**
 * The BTYD summary of a history (MODEL.md §1 and §6): per customer x, tₓ, T
 * and z̄ in a time unit, with an optional calibration end, as a structure of
 * arrays for the fit and the engine.
 *
 * Conventions:
 * - purchases are purchase days (read.ts: same-day rows merged, returns netted);
 * - x = purchase days after the first, up to the calibration end (inclusive);
 *   tₓ = time from the first purchase to the last of those (0 when x = 0);
 *   T = time from the first purchase to the calibration end;
 * - z̄ = mean net amount of the x repeat purchase days (the first purchase is
 *   left out, Fader & Hardie 2013); 0 when x = 0. A repeat day whose net is
 *   ≤ 0 (a purchase cancelled the same day) still counts in x and in the mean,
 *   as lifetimes does; customers whose mean is ≤ 0 are left out of the
 *   Gamma-Gamma fit (gamma-gamma.ts), which needs positive values;
 * - h12 = net spend on the days in the 12 months (365 days) up to the
 *   calibration end, floored at 0 (the tier placement of MODEL.md §1);
 * - holdoutX = purchase days after the calibration end up to the last day of
 *   the data; holdoutT = that span (the same for every customer);
 * - customers whose first purchase is after the calibration end are not in
 *   the calibration cohort and are left out (counted).
 */
import type { History } from './read.js';
import { isoDay } from './format.js';

export type TimeUnit = 'week' | 'month';

/** Days per unit: a week is 7 days, a month 365.25 / 12. */
export const UNIT_DAYS: Record<TimeUnit, number> = { week: 7, month: 365.25 / 12 };

export interface SummaryOptions {
  unit: TimeUnit;
  /** Last day of the calibration period (day number); default: the last day of the data. */
  calibrationEndDay?: number;
}

/** Structure of arrays: index i is customer ids[i]. */
export interface HistorySummary {
  unit: TimeUnit;
  calibrationEnd: string;
  calibrationEndDay: number;
  /** The first day after the calibration (start of the holdout). */
  holdoutStart: string;
  /** The last day of the data (end of the holdout). */
  observationEnd: string;
  ids: string[];
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  zbar: Float64Array;
  h12: Float64Array;
  holdoutX: Float64Array;
  holdoutT: Float64Array;
  /** Customers left out because their first purchase is after the calibration end. */
  excludedAfterCalibration: number;
}

export function summarizeHistory(history: History, options: SummaryOptions): HistorySummary {
  const perUnit = UNIT_DAYS[options.unit];
  const calEnd = options.calibrationEndDay ?? history.lastDay;
  const obsEnd = history.lastDay;
  const st = history.store;
  // the calibration cohort: customers who bought by the calibration end
  const cohort: number[] = [];
  for (let i = 0; i < st.ids.length; i++) if (st.firstPurchaseDay[i]! <= calEnd) cohort.push(i);
  const n = cohort.length;
  const s: HistorySummary = {
    unit: options.unit,
    calibrationEnd: isoDay(calEnd),
    calibrationEndDay: calEnd,
    holdoutStart: isoDay(calEnd + 1),
    observationEnd: isoDay(obsEnd),
    ids: new Array<string>(n),
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    zbar: new Float64Array(n),
    h12: new Float64Array(n),
    holdoutX: new Float64Array(n),
    holdoutT: new Float64Array(n).fill(Math.max(0, obsEnd - calEnd) / perUnit),
    excludedAfterCalibration: st.ids.length - n,
  };
  const h12From = calEnd - 365;
  for (let i = 0; i < n; i++) {
    const c = cohort[i]!;
    const firstPurchaseDay = st.firstPurchaseDay[c]!;
    s.ids[i] = st.ids[c]!;
    let x = 0;
    let lastRepeat = firstPurchaseDay;
    let repeatSum = 0;
    let holdout = 0;
    let h12 = 0;
    for (let k = st.start[c]!; k < st.start[c + 1]!; k++) {
      const day = st.days[k]!;
      if (day > h12From && day <= calEnd) h12 += st.net[k]!;
      if (!st.purchase[k] || day <= firstPurchaseDay) continue;
      if (day <= calEnd) {
        x++;
        lastRepeat = day;
        repeatSum += st.net[k]!;
      } else {
        holdout++;
      }
    }
    s.x[i] = x;
    s.tx[i] = (lastRepeat - firstPurchaseDay) / perUnit;
    s.T[i] = (calEnd - firstPurchaseDay) / perUnit;
    s.zbar[i] = x > 0 ? repeatSum / x : 0;
    s.h12[i] = Math.max(0, h12);
    s.holdoutX[i] = holdout;
  }
  return s;
}
