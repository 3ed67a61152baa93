/**
 * A history's repeat purchases counted into bins of days (weeks for the
 * tracking chart, calendar months for seasonality), and its customers grouped
 * by first-purchase day, which is all a purchase model's expectation for a
 * cohort depends on. Both are read against the model in the same way, so they
 * count the same purchases: customers who bought by the calibration end, and
 * purchases after each one's first day, up to `lastDay`.
 */
import type { CustomerDays } from './aggregate.js';
import type { CustomerHistory } from './read.js';

/** Adds each repeat purchase into `bins[binOf(day)]`; returns the number of customers by first-purchase day. */
export function countRepeatPurchases(
  customers: readonly Pick<CustomerHistory, 'days' | 'purchase' | 'firstPurchaseDay'>[],
  calibrationEndDay: number,
  lastDay: number,
  bins: Float64Array,
  binOf: (day: number) => number,
): Map<number, number> {
  const cohorts = new Map<number, number>();
  for (const c of customers) {
    if (c.firstPurchaseDay > calibrationEndDay) continue;
    cohorts.set(c.firstPurchaseDay, (cohorts.get(c.firstPurchaseDay) ?? 0) + 1);
    for (let k = 0; k < c.days.length; k++) {
      const day = c.days[k]!;
      if (c.purchase[k] && day > c.firstPurchaseDay && day <= lastDay) bins[binOf(day)]!++;
    }
  }
  return cohorts;
}

/** countRepeatPurchases over the store's arrays (aggregate.ts), without a per-customer object. */
export function countRepeatPurchasesIn(
  s: CustomerDays,
  calibrationEndDay: number,
  lastDay: number,
  bins: Float64Array,
  binOf: (day: number) => number,
): Map<number, number> {
  const cohorts = new Map<number, number>();
  for (let i = 0; i < s.ids.length; i++) {
    const first = s.firstPurchaseDay[i]!;
    if (first > calibrationEndDay) continue;
    cohorts.set(first, (cohorts.get(first) ?? 0) + 1);
    for (let k = s.start[i]!; k < s.start[i + 1]!; k++) {
      const day = s.days[k]!;
      if (s.purchase[k] && day > first && day <= lastDay) bins[binOf(day)]!++;
    }
  }
  return cohorts;
}
