/**
 * Does a draft's spend thresholds fit the history it runs on? A RUB draft on
 * a USD or GBP history runs without error, yet its Gold and Platinum tiers get
 * nobody: the numbers say nothing about the program, only about the mismatch.
 * This compares tier `min_spend` levels and rebate brackets with the
 * customers' 12-month spend and returns the warnings to show (pure, no I/O).
 */
import type { Draft } from '../draft/schema.js';
import { en, type Messages } from '../i18n/en.js';

/** Months in a rebate period: brackets apply to the period's spend. */
const PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/** A gap this large between thresholds and spend is a unit, not a design, mismatch. */
export const CURRENCY_GAP = 100;

export interface SpendPercentiles {
  /** Customers with spend in the last 12 months (the ones the percentiles describe). */
  spenders: number;
  p1: number;
  p10: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/**
 * Percentiles of the 12-month spend of the customers who spent in those
 * months: the lapsed ones (spend 0) reach no threshold whatever its level, so
 * counting them would only hide where the buyers are. Undefined when nobody spent.
 */
export function spendPercentiles(h12: ArrayLike<number>): SpendPercentiles | undefined {
  const positive: number[] = [];
  for (let i = 0; i < h12.length; i++) if (h12[i]! > 0) positive.push(h12[i]!);
  if (positive.length === 0) return undefined;
  const s = Float64Array.from(positive).sort();
  return {
    spenders: s.length,
    p1: percentile(s, 0.01),
    p10: percentile(s, 0.1),
    p50: percentile(s, 0.5),
    p90: percentile(s, 0.9),
    p99: percentile(s, 0.99),
    max: s[s.length - 1]!,
  };
}

interface Threshold {
  /** For people: `tier "Gold"` or `rebate bracket 1 (per quarter)`. */
  label: string;
  minSpend: number;
  /** The threshold's period as a share of 12 months (1 for tiers). */
  share: number;
  /** A rebate's period; tiers qualify on 12-month spend. */
  period?: string;
}

function thresholds(draft: Draft, text: Messages['thresholdFit']): Threshold[] {
  const list: Threshold[] = [];
  for (const m of draft.mechanics) {
    if (m.type === 'tiers') {
      for (const level of m.levels) list.push({ label: text.tier(level.name), minSpend: level.min_spend, share: 1 });
    } else if (m.type === 'rebate') {
      const months = PERIOD_MONTHS[m.period];
      m.brackets.forEach((b, i) => list.push({ label: text.bracket(i + 1, m.period), minSpend: b.min_spend, share: months / 12, period: m.period }));
    }
  }
  return list;
}

export interface ThresholdFitInput {
  draft: Draft;
  draftFile: string;
  historyFile: string;
  /** Each customer's list spend in the last 12 months of the history. */
  h12: ArrayLike<number>;
  /** The history's currency column, if it has one. */
  currencyColumn?: string;
  locale?: string;
  /** The sentences, in the language of the command (English by default): the core reads no global state. */
  text?: Messages['thresholdFit'];
}

/**
 * The warnings for thresholds nobody reaches (above every customer's spend,
 * or above the P99) or everybody reaches (at or below the P1), the
 * percentiles they were judged by, and a currency note when the history has
 * a currency column or the gap is orders of magnitude. Empty when all fit.
 */
export function thresholdFitWarnings(input: ThresholdFitInput): string[] {
  const text = input.text ?? en.thresholdFit;
  const list = thresholds(input.draft, text).filter((t) => t.minSpend > 0);
  if (list.length === 0) return [];
  const pct = spendPercentiles(input.h12);
  const fmt = (v: number): string => v.toLocaleString(input.locale ?? 'en-US', { maximumFractionDigits: v < 100 ? 2 : 0 });
  const currency = input.draft.currency;
  const where = text.where(input.draftFile, input.historyFile);
  // no 12-month spend at all (a summary file without spend_12m): nothing to judge the thresholds by
  if (!pct) return [];
  const out: string[] = [];
  for (const t of list) {
    // a period shorter than a year: compare with that period's share of the 12-month spend
    const scaled = (v: number): number => v * t.share;
    const per = text.per(t.period ?? null);
    const value = (v: number): string => (t.period === undefined ? fmt(v) : text.scaled(fmt(scaled(v)), t.share * 12));
    const level = `${t.label} min_spend ${fmt(t.minSpend)} ${currency}`;
    if (t.minSpend > scaled(pct.max)) {
      out.push(text.noneReach(where, level, per, value(pct.max)));
    } else if (t.minSpend > scaled(pct.p99)) {
      out.push(text.almostNoneReach(where, level, per, value(pct.p99)));
    } else if (t.minSpend <= scaled(pct.p1)) {
      out.push(text.allReach(where, level, per, value(pct.p1)));
    }
  }
  if (out.length === 0) return out;
  out.push(
    text.percentiles(input.historyFile, pct.spenders, pct.spenders.toLocaleString(input.locale ?? 'en-US')) +
      `P10 ${fmt(pct.p10)}, P50 ${fmt(pct.p50)}, P90 ${fmt(pct.p90)}, P99 ${fmt(pct.p99)}, ${text.max} ${fmt(pct.max)}`,
  );
  // thresholds as 12-month spend, so tiers and brackets of any period compare with the same percentiles
  const yearly = list.map((t) => t.minSpend / t.share);
  const lowest = Math.min(...yearly);
  const highest = Math.max(...yearly);
  const gapUp = lowest > CURRENCY_GAP * pct.p99;
  const gapDown = pct.p50 > CURRENCY_GAP * highest;
  if (input.currencyColumn !== undefined || gapUp || gapDown) {
    const why = [
      input.currencyColumn !== undefined ? text.currencyColumn(input.currencyColumn) : undefined,
      gapUp ? text.gapUp(fmt(lowest), fmt(Math.round(lowest / pct.p99))) : undefined,
      gapDown ? text.gapDown(fmt(Math.round(pct.p50 / highest)), fmt(highest)) : undefined,
    ].filter((s) => s !== undefined);
    out.push(text.currency(where, currency, why.join('; ')));
  }
  return out;
}
