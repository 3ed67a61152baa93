/**
 * The metric registry: one typed table of every metric the engine reports
 * (engine/metrics.ts, `simulate --json`'s `metrics`), what unit it is in and
 * how it adds up. Text tables, CSV, XLSX, HTML, the what-if panel and the
 * --json docs read it, so nothing guesses a format from a key's spelling
 * (issue 24: the workbook showed the observed member gap 1.105 as "1 RUB").
 *
 * People's names and one-line descriptions are in the catalogs
 * (`metricLabels`, `metricDescriptions` in i18n/en.ts, ru.ts), so a Russian
 * file reads in Russian; the table holds what is the same in every language.
 */
import { METRIC_KEYS, SEGMENT_METRIC_KEYS, type MetricKey } from '../engine/metrics.js';
import { catalog, msg, type Lang } from '../i18n/index.js';
import type { ValueKind } from './format.js';

/**
 * The unit of a metric: money in the draft's currency; a share (a fraction
 * shown as a percentage: ROI, churn, a relative gap); a count of customers or
 * orders; points; a month number; a plain ratio (orders per customer-month).
 */
export type MetricKind = 'money' | 'share' | 'count' | 'points' | 'months' | 'ratio';

/**
 * How a metric aggregates over the months of a run (every one is averaged
 * over runs the same way): a `flow` is a sum over the horizon's months and
 * adds across months and segments; a `stock` is a level at one moment (the
 * start or the horizon) and must not be summed over time; a `ratio` is a
 * quotient of flows or stocks, recomputed from them and never summed; a
 * `month` is a month number (payback), averaged only over the runs where it
 * happens.
 */
export type Aggregation = 'flow' | 'stock' | 'ratio' | 'month';

export interface MetricSpec {
  key: MetricKey;
  kind: MetricKind;
  aggregate: Aggregation;
  /**
   * docs/model.md §13: reported per segment in `bySegment` (customers, members
   * and the money that adds across segments; program cost, net profit and ROI
   * before the fixed costs, which stay at the total).
   */
  bySegment: boolean;
}

const m = (kind: MetricKind, aggregate: Aggregation): Omit<MetricSpec, 'key' | 'bySegment'> => ({ kind, aggregate });

/** Every metric, in --json order; the `satisfies` makes a new engine key without an entry a type error. */
const TABLE = {
  listSpendBaseline: m('money', 'flow'),
  listSpendProgram: m('money', 'flow'),
  revenueBaseline: m('money', 'flow'),
  revenueProgram: m('money', 'flow'),
  incrementalRevenue: m('money', 'flow'),
  discounts: m('money', 'flow'),
  rebates: m('money', 'flow'),
  pointsIssued: m('points', 'flow'),
  pointsRedeemed: m('points', 'flow'),
  pointsBreakage: m('points', 'flow'),
  pointsCost: m('money', 'flow'),
  pointsLiability: m('money', 'stock'),
  benefits: m('money', 'flow'),
  perMemberCosts: m('money', 'flow'),
  fixedCosts: m('money', 'flow'),
  programCost: m('money', 'flow'),
  windfallCost: m('money', 'flow'),
  incrementalCost: m('money', 'flow'),
  incrementalGrossProfit: m('money', 'flow'),
  netIncrementalProfit: m('money', 'flow'),
  roi: m('share', 'ratio'),
  // discounted, so not a plain sum of the monthly flows, but it adds across segments like one
  npv: m('money', 'flow'),
  paybackMonth: m('months', 'month'),
  members: m('count', 'stock'),
  costPerMember: m('money', 'ratio'),
  activeAtStart: m('count', 'stock'),
  activeAtHorizonBaseline: m('count', 'stock'),
  activeAtHorizonProgram: m('count', 'stock'),
  churnAnnualBaseline: m('share', 'ratio'),
  churnAnnualProgram: m('share', 'ratio'),
  ordersBaseline: m('count', 'flow'),
  ordersProgram: m('count', 'flow'),
  ordersPerActiveMonthBaseline: m('ratio', 'ratio'),
  ordersPerActiveMonthProgram: m('ratio', 'ratio'),
  averageCheckBaseline: m('money', 'ratio'),
  averageCheckProgram: m('money', 'ratio'),
  // relative gaps: 0.266 reads as +26.6 %, never as money
  observedMemberGap: m('share', 'ratio'),
  causalMemberUplift: m('share', 'ratio'),
  pointsExpired: m('points', 'flow'),
  pointsForfeited: m('points', 'flow'),
  pointsOutstanding: m('points', 'stock'),
  effectiveRedemptionShare: m('share', 'ratio'),
  // expected counts (fractional in a scaled sample), still counts
  pushedOrders: m('count', 'flow'),
  feeIncome: m('money', 'flow'),
  referredCustomers: m('count', 'flow'),
  referralRevenue: m('money', 'flow'),
  referralBonuses: m('money', 'flow'),
  paymentTermsCost: m('money', 'flow'),
  // expected count of referred arrivals still buying at H, weighted by their non-organic share
  referredActiveAtHorizon: m('count', 'stock'),
  // MODEL.md §14: action points are part of pointsIssued; the three income lines enter net profit
  actionPoints: m('points', 'flow'),
  actionValue: m('money', 'flow'),
  earlyPaymentBenefit: m('money', 'flow'),
  partnerFeeIncome: m('money', 'flow'),
  partnerFunding: m('money', 'flow'),
} satisfies Record<MetricKey, Omit<MetricSpec, 'key' | 'bySegment'>>;

/** The registry, one entry per engine metric, in --json order. */
export const METRIC_REGISTRY: readonly MetricSpec[] = METRIC_KEYS.map((key) => ({ key, ...TABLE[key], bySegment: (SEGMENT_METRIC_KEYS as readonly MetricKey[]).includes(key) }));

/** docs/model.md §13: the entries `bySegment` reports, in its order. */
export const SEGMENT_METRIC_REGISTRY: readonly MetricSpec[] = METRIC_REGISTRY.filter((s) => s.bySegment);

const byKey = new Map<string, MetricSpec>(METRIC_REGISTRY.map((s) => [s.key, s]));

/** The entry of a metric; undefined for a key the registry does not know (the --json test catches those). */
export function metricSpec(key: string): MetricSpec | undefined {
  return byKey.get(key);
}

/** The unit of a metric. */
export function metricKind(key: MetricKey): MetricKind {
  return TABLE[key].kind;
}

/** How a unit is formatted in text and spreadsheets (report/format.ts's kinds): points and counts alike, whole. */
export function valueKindOf(kind: MetricKind): ValueKind {
  switch (kind) {
    case 'money':
      return 'money';
    case 'share':
      return 'percent';
    case 'count':
    case 'points':
      return 'count';
    case 'months':
      return 'month';
    case 'ratio':
      return 'decimal';
  }
}

/** The format kind of a metric, for tables and number formats. */
export const metricValueKind = (key: MetricKey): ValueKind => valueKindOf(metricKind(key));

/** A metric's name in the current language (or a given one). */
export const metricLabel = (key: MetricKey, lang?: Lang): string => (lang ? catalog(lang) : msg()).metricLabels[key];

/** A metric's one-line description in the current language (or a given one). */
export const metricDescription = (key: MetricKey, lang?: Lang): string => (lang ? catalog(lang) : msg()).metricDescriptions[key];
