/**
 * Each customer's spend per month, quarter and year over the last 12 months
 * of a history: what `init --history` sets tier thresholds and rebate
 * brackets by (src/draft/from-history.ts). Pure: it reads the aggregated
 * daily totals (aggregate.ts), never the file.
 *
 * The 12 months are the 365 days up to the history's last day, the window of
 * summarize.ts's h12 (the tier placement of MODEL.md §1), cut into 12, 4 or 1
 * equal periods. Only periods with a positive net spend are kept: a customer
 * who bought nothing in a quarter reaches no bracket whatever its level, so
 * counting the zeros would only hide where the buyers are (the reasoning of
 * threshold-fit.ts's percentiles).
 */
import type { CustomerDays } from './aggregate.js';

export type SpendPeriod = 'month' | 'quarter' | 'year';

/** Periods in the last 12 months. */
export const PERIODS_PER_YEAR: Record<SpendPeriod, number> = { month: 12, quarter: 4, year: 1 };

export interface PeriodSpend {
  /** Positive spends of customer-periods in the last 12 months, ascending, per period length. */
  spend: Record<SpendPeriod, Float64Array>;
  /** Customers with a positive spend in the last 12 months (the year's entries). */
  spenders: number;
}

export function periodSpend(store: CustomerDays, lastDay: number): PeriodSpend {
  const from = lastDay - 365;
  const spend = {} as Record<SpendPeriod, Float64Array>;
  for (const period of ['month', 'quarter', 'year'] as const) {
    const n = PERIODS_PER_YEAR[period];
    const sums = new Float64Array(n);
    const kept: number[] = [];
    for (let i = 0; i < store.ids.length; i++) {
      sums.fill(0);
      for (let k = store.start[i]!; k < store.start[i + 1]!; k++) {
        const day = store.days[k]!;
        if (day <= from || day > lastDay) continue;
        // day − from is in 1 … 365: period j holds (from + j·365/n, from + (j + 1)·365/n]
        const j = Math.min(n - 1, Math.floor(((day - from - 1) * n) / 365));
        sums[j]! += store.net[k]!;
      }
      for (let j = 0; j < n; j++) if (sums[j]! > 0) kept.push(sums[j]!);
    }
    spend[period] = Float64Array.from(kept).sort();
  }
  return { spend, spenders: spend.year.length };
}
