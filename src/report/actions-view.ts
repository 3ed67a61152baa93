/**
 * What the reports show of MODEL.md §14: the income lines of actions, early
 * payment and partners' fees (in net profit, never negative costs, like fee
 * income), and one sentence on what partners fund. A draft without §14's
 * fields reports 0 for each, and nothing here is shown.
 */
import type { MetricKey } from '../engine/metrics.js';
import type { SimulationSummary } from '../engine/summary.js';
import { msg } from '../i18n/index.js';

/** The §14 income lines, in the order the cost table lists them below its total. */
export function actionIncomeRows(): { key: MetricKey; label: string }[] {
  const t = msg().behaviour;
  return [
    { key: 'actionValue', label: t.actionValue },
    { key: 'earlyPaymentBenefit', label: t.earlyPaymentBenefit },
    { key: 'partnerFeeIncome', label: t.partnerFeeIncome },
  ];
}

/** A metric's mean, 0 when undefined or absent (a draft without §14). */
export function meanOr0(s: SimulationSummary, key: MetricKey): number {
  return s.metrics[key]?.mean ?? 0;
}

/**
 * What partners fund, as money strings already formatted by the caller's
 * `money`: the whole, the share of the points' cost and the fees; undefined
 * when partners pay nothing.
 */
export function partnerSentence(s: SimulationSummary, money: (x: number) => string): string | undefined {
  const total = meanOr0(s, 'partnerFunding');
  if (total === 0) return undefined;
  const fees = meanOr0(s, 'partnerFeeIncome');
  return msg().behaviour.partnerFunding(money(total), money(total - fees), money(fees));
}
