/**
 * A description of the customer base from a read history (the `profile`
 * command): size, Pareto share, RFM segments, frequency and check, churn by
 * inactivity, monthly cohort retention. Pure.
 *
 * Definitions:
 * - revenue: net (returns subtracted); orders: see read.ts;
 * - paretoTop20Share: revenue of the top ⌈20 %⌉ of customers by revenue / total revenue;
 * - recency: days from a customer's last purchase to the last day of the data;
 *   frequency: purchase days; monetary: net revenue;
 * - RFM scores 1–5 by quintile of rank; ties share the score of their lowest
 *   rank (all one-time buyers get F = 1), except that the customers tied at
 *   the best value score 5 however many they are (60 customers who bought on
 *   the latest day must not be "Need attention"), and when every customer
 *   ties the ranks say nothing and all score 3 (issue 29: they were all
 *   "Lost"); recency scores 5 for the most recent;
 * - segments from (R, F), first match wins (the usual RFM grid):
 *     Champions R≥4 F≥4 · Loyal R≥3 F≥4 · Potential loyalists R≥4 F 2–3 ·
 *     New R=5 F=1 · Promising R=4 F=1 · Need attention R=3 F=3 ·
 *     About to sleep R=3 F≤2 · Cannot lose them R≤2 F=5 · At risk R≤2 F 3–4 ·
 *     Hibernating R=2 F≤2 · Lost R=1 F≤2;
 * - ordersPerCustomerMonth: orders / Σ customers' calendar months from their
 *   first purchase month to the last month of the data (inclusive);
 * - averageCheck: revenue / orders;
 * - churn: share of customers without a purchase in the last `inactiveDays`
 *   days of the data (among customers whose first purchase is at least that old);
 * - cohorts: by month of first purchase; retention[k] = share of the cohort
 *   with a purchase in calendar month cohort + k.
 */
import { isoMonth, monthIndex } from './format.js';
import type { History } from './read.js';
import { estimateSeasonality, type Seasonality } from './seasonality.js';
import { UNIT_DAYS, type HistorySummary } from './summarize.js';
import { quintileScores, rfmClasses, RFM_SEGMENTS, segmentOf } from './rfm.js';

// the RFM grid lives in rfm.ts (no imports, so the engine and the browser bundle can name classes); said here too for profile's readers
export { quintileScores, rfmClasses, rfmClassIndex, rfmKey, RFM_KEYS, RFM_SEGMENTS, segmentOf } from './rfm.js';

export interface ProfileOptions {
  inactiveDays?: number;
}

export interface RfmSegment {
  segment: string;
  customers: number;
  share: number;
  revenue: number;
  revenueShare: number;
  meanRecencyDays: number;
  meanFrequency: number;
  meanMonetary: number;
}

export interface Cohort {
  cohort: string;
  customers: number;
  /** retention[0] = 1; retention[k] for month k after the first purchase month. */
  retention: number[];
}

export interface Profile {
  customers: number;
  orders: number;
  revenue: number;
  firstDate: string;
  lastDate: string;
  paretoTop20Share: number;
  ordersPerCustomerMonth: number;
  averageCheck: number;
  inactiveDays: number;
  churned: number;
  churnRate: number;
  rfm: RfmSegment[];
  cohorts: Cohort[];
  /** Month-of-year multipliers of repeat purchases per at-risk customer-month (seasonality.ts, flat exposure: not corrected for dropout, which `fit` does). */
  seasonality: Seasonality;
}

/** profileHistory's RFM class of every customer of the history (store order), as of its last day. */
export function historyRfmClasses(history: History): Uint8Array {
  const s = history.store;
  const n = s.ids.length;
  const negRecency = new Float64Array(n);
  const frequency = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    negRecency[i] = -(history.lastDay - s.lastPurchaseDay[i]!);
    let f = 0;
    for (let k = s.start[i]!; k < s.start[i + 1]!; k++) f += s.purchase[k]!;
    frequency[i] = f;
  }
  return rfmClasses(negRecency, frequency);
}

export function profileHistory(history: History, options: ProfileOptions = {}): Profile {
  const inactiveDays = options.inactiveDays ?? 180;
  // the arrays of the store, not per-customer objects: a few bytes a customer on a 10-million-row history
  const s = history.store;
  const n = s.ids.length;
  const end = history.lastDay;
  const endMonth = monthIndex(end);
  const revenueOf = s.revenue;
  // recency negated (a higher score for more recent), kept so rather than copied: one array less on a million customers
  const negRecency = new Float64Array(n);
  const frequency = new Float64Array(n);
  let revenue = 0;
  let orders = 0;
  let customerMonths = 0;
  let churned = 0;
  let churnBase = 0;
  const cohortMap = new Map<number, { customers: number; active: number[] }>();
  for (let i = 0; i < n; i++) {
    const firstPurchaseDay = s.firstPurchaseDay[i]!;
    const lastPurchaseDay = s.lastPurchaseDay[i]!;
    revenue += revenueOf[i]!;
    orders += s.orders[i]!;
    negRecency[i] = -(end - lastPurchaseDay);
    const from = s.start[i]!;
    const to = s.start[i + 1]!;
    let f = 0;
    for (let k = from; k < to; k++) f += s.purchase[k]!;
    frequency[i] = f;
    const first = monthIndex(firstPurchaseDay);
    customerMonths += endMonth - first + 1;
    if (end - firstPurchaseDay >= inactiveDays) {
      churnBase++;
      if (end - lastPurchaseDay >= inactiveDays) churned++;
    }
    let cohort = cohortMap.get(first);
    if (!cohort) {
      cohort = { customers: 0, active: new Array<number>(endMonth - first + 1).fill(0) };
      cohortMap.set(first, cohort);
    }
    cohort.customers++;
    let lastOffset = -1;
    for (let k = from; k < to; k++) {
      if (!s.purchase[k]) continue;
      const offset = monthIndex(s.days[k]!) - first;
      if (offset !== lastOffset) cohort.active[offset]!++;
      lastOffset = offset;
    }
  }

  const topRevenue = topShareRevenue(revenueOf);
  const R = quintileScores(negRecency);
  const F = quintileScores(frequency);
  const acc = new Map<string, { customers: number; revenue: number; recency: number; frequency: number }>();
  for (let i = 0; i < n; i++) {
    const name = segmentOf(R[i]!, F[i]!);
    let a = acc.get(name);
    if (!a) {
      a = { customers: 0, revenue: 0, recency: 0, frequency: 0 };
      acc.set(name, a);
    }
    a.customers++;
    a.revenue += revenueOf[i]!;
    a.recency -= negRecency[i]!;
    a.frequency += frequency[i]!;
  }
  const rfm: RfmSegment[] = RFM_SEGMENTS.filter((s) => acc.has(s.name)).map((s) => {
    const a = acc.get(s.name)!;
    return {
      segment: s.name,
      customers: a.customers,
      share: a.customers / n,
      revenue: a.revenue,
      revenueShare: revenue !== 0 ? a.revenue / revenue : 0,
      meanRecencyDays: a.recency / a.customers,
      meanFrequency: a.frequency / a.customers,
      meanMonetary: a.revenue / a.customers,
    };
  });

  const cohorts: Cohort[] = [...cohortMap.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([month, c]) => ({ cohort: isoMonth(month), customers: c.customers, retention: c.active.map((v) => v / c.customers) }));

  return {
    customers: n,
    orders,
    revenue,
    firstDate: history.firstDate,
    lastDate: history.lastDate,
    paretoTop20Share: revenue !== 0 ? topRevenue / revenue : 0,
    ordersPerCustomerMonth: customerMonths > 0 ? orders / customerMonths : 0,
    averageCheck: orders > 0 ? revenue / orders : 0,
    inactiveDays,
    churned,
    churnRate: churnBase > 0 ? churned / churnBase : 0,
    rfm,
    cohorts,
    // every at-risk month weighs the same: the description, before any model
    seasonality: estimateSeasonality(history, history.lastDay, UNIT_DAYS.month, (t) => t),
  };
}

/** Revenue of the top ⌈20 %⌉ of customers: a typed ascending sort summed from the top down, the same additions as a descending sort without a million-element array (its own function, so the sorted copy is garbage once it returns). */
function topShareRevenue(revenue: Float64Array): number {
  const sorted = Float64Array.from(revenue).sort();
  const n = sorted.length;
  const top = Math.ceil(0.2 * n);
  let topRevenue = 0;
  for (let i = n - 1; i >= n - top; i--) topRevenue += sorted[i]!;
  return topRevenue;
}

/**
 * The RFM classes of a per-customer summary's customers (--summary: no
 * purchase days to count): days since the last purchase T − tₓ, rounded to
 * whole days as profile counts them, and the repeat purchases x for frequency
 * (x + 1 purchase days rank the same). On a summary of a history to its last
 * day these are historyRfmClasses's.
 */
export function summaryRfmClasses(summary: HistorySummary): Uint8Array {
  const days = UNIT_DAYS[summary.unit];
  const negRecency = Float64Array.from(summary.T, (T, i) => -Math.round((T - summary.tx[i]!) * days));
  return rfmClasses(negRecency, summary.x);
}
