/**
 * What the reports show of MODEL.md §8–11: the metrics and monthly series the
 * behaviour adds (CLI.md's keys), the observed-vs-causal reading of
 * self-selection in one plain sentence, and the cost and income lines of the
 * new mechanics. Shared by the terminal text (simulate, compare), the HTML
 * report and the XLSX workbook so they say the same thing in the same words.
 *
 * A draft without the part reports 0 for its metrics and series (CLI.md), so
 * the readers here decide what is worth showing: a line only when non-zero,
 * the observed-vs-causal box only when both gaps are defined.
 */
import type { MetricKey, Summary } from '../engine/metrics.js';
import type { SimulationSummary } from '../engine/summary.js';
import { msg } from '../i18n/index.js';
import { formatPercent } from './format.js';

/** The metric keys MODEL.md §8–11 add to `simulate --json` and `--csv` (CLI.md). */
export const BEHAVIOUR_METRIC_KEYS = [
  'observedMemberGap',
  'causalMemberUplift',
  'pointsRedeemed',
  'pointsExpired',
  'pointsForfeited',
  'pointsOutstanding',
  'effectiveRedemptionShare',
  'feeIncome',
  'referredCustomers',
  'referralRevenue',
  'referredActiveAtHorizon',
  'referralBonuses',
  'paymentTermsCost',
] as const satisfies readonly MetricKey[];
export type BehaviourMetricKey = (typeof BEHAVIOUR_METRIC_KEYS)[number];

/** The monthly series (mean per month, t = 1..H) the behaviour adds next to netIncrementalProfit. */
export const BEHAVIOUR_SERIES = ['members', 'pointsRedeemed', 'pushedOrders', 'feeIncome', 'referredCustomers'] as const satisfies readonly (keyof SimulationSummary['monthly'])[];
export type BehaviourSeries = (typeof BEHAVIOUR_SERIES)[number];

/** A metric of §8–11 by name. */
export function behaviourMetric(s: SimulationSummary, key: BehaviourMetricKey): Summary {
  return s.metrics[key];
}

/** A metric's mean, or 0 when it is undefined (CLI.md: 0 where the draft has no such part). */
export function behaviourMean(s: SimulationSummary, key: BehaviourMetricKey): number {
  return behaviourMetric(s, key)?.mean ?? 0;
}

/** A monthly series of §8–11 by name (mean per month, t = 1..H). */
export function behaviourSeries(s: SimulationSummary, name: BehaviourSeries): number[] {
  return s.monthly[name];
}

/** Whether a series is worth a chart: present and not all zero. */
export function hasSeries(values: ArrayLike<number> | undefined): values is number[] {
  if (!values) return false;
  for (let i = 0; i < values.length; i++) if (values[i] !== 0 && Number.isFinite(values[i]!)) return true;
  return false;
}

/** The two sides of the self-selection illusion (MODEL.md §8), when both are defined. */
export interface SelectionView {
  /** Members' monthly list spend over non-members', minus 1: what a member-vs-non-member analysis reads. */
  observed: number;
  /** Members' program-world spend over their baseline twins', minus 1: what the program causes. */
  causal: number;
}

export function selectionView(s: SimulationSummary): SelectionView | undefined {
  const observed = behaviourMetric(s, 'observedMemberGap')?.mean;
  const causal = behaviourMetric(s, 'causalMemberUplift')?.mean;
  if ((s.metrics.members.mean ?? 0) <= 0) return undefined;
  if (typeof observed !== 'number' || typeof causal !== 'number' || !Number.isFinite(observed) || !Number.isFinite(causal)) return undefined;
  return { observed, causal };
}

/**
 * Gaps within this many percentage points of each other read as "the same":
 * below it the difference is smaller than what a client could act on.
 */
const SAME_PP = 0.02;

/**
 * One plain sentence on why the observed gap and the causal uplift differ:
 * what a naive member-vs-non-member (or before/after) analysis would have
 * told the client, against what the program did.
 */
export function selectionSentence(v: SelectionView, locale: string): string {
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${formatPercent(x, locale, 0)}`;
  const o = pct(v.observed);
  const c = pct(v.causal);
  const t = msg().behaviour;
  if (Math.abs(v.observed - v.causal) < SAME_PP) return t.selectionSame(o, c);
  if (v.observed > v.causal) return t.selectionOver(o, c);
  return t.selectionUnder(o, c);
}

/** Cost lines of §10–11 next to the v1 lines, in the current language. */
export function behaviourCostRows(): { key: BehaviourMetricKey; label: string }[] {
  const t = msg().behaviour;
  return [
    { key: 'paymentTermsCost', label: t.paymentTerms },
    { key: 'referralBonuses', label: t.referralBonuses },
  ];
}

/** Fee income, which is never a cost, as the cost tables name it. */
export const feeIncomeLabel = (): string => msg().behaviour.feeIncome;

/** Points of a redemption block (MODEL.md §10), in the order people read them. */
export function pointsRows(): { key: BehaviourMetricKey; label: string }[] {
  const t = msg().behaviour.points;
  return [
    { key: 'pointsRedeemed', label: t.redeemed },
    { key: 'pointsExpired', label: t.expired },
    { key: 'pointsForfeited', label: t.forfeited },
    { key: 'pointsOutstanding', label: t.outstanding },
  ];
}
