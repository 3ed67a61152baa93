/**
 * A history's repeat purchases counted into bins of days (weeks for the
 * tracking chart, calendar months for seasonality), and its customers grouped
 * by first-purchase day, which is all a purchase model's expectation for a
 * cohort depends on. Both are read against the model in the same way, so they
 * count the same purchases: customers who bought by the calibration end, and
 * purchases after each one's first day, up to `lastDay`.
 */
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
