/**
 * Per-customer totals over windows of days: the common ground of pilot
 * planning, assignment and analysis. Pure; works on any list of customers
 * with purchase days, so tests can build one in memory instead of a file.
 *
 * Conventions (those of src/history/read.ts): an order is a purchase day
 * (same-day rows merged, the BTYD convention); revenue is net of returns.
 */
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { isoDay } from '../history/format.js';

/** Days per month, as src/history/summarize.ts counts them. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** The part of a customer history the pilot needs (src/history/read.ts CustomerHistory fits it). */
export interface CustomerDays {
  id: string;
  /** Day numbers, ascending. */
  days: ArrayLike<number>;
  /** Net amount of each day. */
  net: ArrayLike<number>;
  /** 1 when the day is a purchase day. */
  purchase: ArrayLike<number>;
}

/** A closed range of day numbers [from, to]. */
export interface Window {
  from: number;
  to: number;
}

export interface WindowTotals {
  /** Purchase days in the window. */
  orders: number;
  /** Net amount in the window. */
  revenue: number;
}

/** Orders and revenue of one customer in a window. */
export function windowTotals(c: CustomerDays, w: Window): WindowTotals {
  let orders = 0;
  let revenue = 0;
  for (let k = 0; k < c.days.length; k++) {
    const d = c.days[k]!;
    if (d < w.from) continue;
    if (d > w.to) break;
    revenue += c.net[k]!;
    orders += c.purchase[k]!;
  }
  return { orders, revenue };
}

/** The first purchase day (NaN when none). */
export function firstPurchase(c: CustomerDays): number {
  for (let k = 0; k < c.days.length; k++) if (c.purchase[k]) return c.days[k]!;
  return NaN;
}

/** The last purchase day on or before `day` (NaN when none). */
export function lastPurchaseBy(c: CustomerDays, day: number): number {
  let last = NaN;
  for (let k = 0; k < c.days.length && c.days[k]! <= day; k++) if (c.purchase[k]) last = c.days[k]!;
  return last;
}

/** A pilot length in months as whole days (at least 1). */
export function monthsToDays(months: number): number {
  return Math.max(1, Math.round(months * DAYS_PER_MONTH));
}

/** Who may enter a pilot, judged on the data up to a reference day (the pilot's start). */
export interface Eligibility {
  /** Net revenue in the 365 days up to the reference day at least this. */
  minRevenue?: number;
  /** A purchase within this many days before the reference day. */
  activeWithinDays?: number;
}

/**
 * Whether a customer is a candidate for a pilot starting the day after
 * `asOf`: a first purchase on or before `asOf`, and the eligibility filters
 * (B2B programs often target only accounts above a volume).
 */
export function isEligible(c: CustomerDays, asOf: number, e: Eligibility = {}): boolean {
  const last = lastPurchaseBy(c, asOf);
  if (Number.isNaN(last)) return false;
  if (e.activeWithinDays !== undefined && asOf - last >= e.activeWithinDays) return false;
  if (e.minRevenue !== undefined && windowTotals(c, { from: asOf - 364, to: asOf }).revenue < e.minRevenue) return false;
  return true;
}

/** Mean and sample variance (n − 1) of an array. */
export function meanVar(values: ArrayLike<number>): { mean: number; variance: number } {
  const n = values.length;
  if (n === 0) return { mean: NaN, variance: NaN };
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  return { mean, variance: n > 1 ? ss / (n - 1) : 0 };
}

/** Pearson correlation (0 when either side is constant). */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  const mx = meanVar(x).mean;
  const my = meanVar(y).mean;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

const t = () => msg().pilotDates;

/**
 * Dates a pilot of this history can have, or a plain error with the dates:
 * the end on or after the start, and the start inside the history (after its
 * first day, so there is a pre period; by its last day, so there is a pilot).
 */
export function checkPilotDates(history: { firstDay: number; lastDay: number }, start: number, end?: number): void {
  // a pilot that starts before the history has no pre period and no baseline: not a pilot of this history
  if (start <= history.firstDay) {
    throw new UserError(t().startsBefore(isoDay(start), start < history.firstDay, isoDay(history.firstDay)), t().startsBeforeHint(isoDay(history.firstDay), isoDay(history.lastDay)));
  }
  if (start > history.lastDay) throw new UserError(t().startsAfter(isoDay(start), isoDay(history.lastDay)), t().startsAfterHint);
  if (end !== undefined && end < start) throw new UserError(t().endsBeforeStart(isoDay(end), isoDay(start)), t().endsBeforeStartHint);
}

/** Longer than this, a "pilot" is a mistyped --start more likely than a plan. */
export const MAX_PLAUSIBLE_MONTHS = 24;

/**
 * The pilot period a history can support: from `start` to `end` (default the
 * history's last day), cut at the history's end, with a warning when it is
 * cut, when the pre period (as long as the pilot, just before it) starts
 * before the history does, or when it is too long to be a pilot.
 */
export function pilotPeriod(
  history: { firstDay: number; lastDay: number },
  start: number,
  end: number = history.lastDay,
): { start: number; end: number; warnings: string[] } {
  const warnings: string[] = [];
  checkPilotDates(history, start, end);
  const cut = Math.min(end, history.lastDay);
  const months = (cut - start + 1) / DAYS_PER_MONTH;
  if (months > MAX_PLAUSIBLE_MONTHS) {
    warnings.push(t().tooLong(months.toFixed(1), isoDay(start), isoDay(cut), MAX_PLAUSIBLE_MONTHS));
  }
  if (end > history.lastDay) warnings.push(t().cutShort(isoDay(history.lastDay), isoDay(end)));
  const preStart = start - (cut - start + 1);
  if (preStart < history.firstDay) warnings.push(t().preIncomplete(isoDay(history.firstDay)));
  return { start, end: cut, warnings };
}
