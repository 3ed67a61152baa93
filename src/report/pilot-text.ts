/**
 * The text people read after `pilot plan` and `pilot analyze`: the plan's
 * figures a sentence each, the groups drawn and their balance, and the
 * pilot's effects with their intervals and a plain reading of each.
 * Pure: results in, text out (the CLI adds colour and prints).
 */
import { isoDay } from '../history/format.js';
import { EFFECT_NAMES, type Effect, type EffectName, type PilotAnalysis } from '../pilot/analyze.js';
import type { BalanceRow, PilotAssignment } from '../pilot/assign.js';
import type { PilotPlan, PlanMetric } from '../pilot/plan.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import { textTable } from './simulation-text.js';

export interface PilotTextOptions {
  locale: string;
  /** Money with this currency (ISO 4217); plain numbers when omitted. */
  currency?: string;
  bold?: (s: string) => string;
}

type Fmt = PilotTextOptions;

const money = (v: number, f: Fmt, digits = 0) => (f.currency ? formatMoney(v, { locale: f.locale, currency: f.currency }, digits) : formatNumber(v, f.locale, digits));
const pct = (v: number, f: Fmt, digits = 1) => formatPercent(v, f.locale, digits);
const num = (v: number, f: Fmt, digits = 0) => formatNumber(v, f.locale, digits);
const signedPct = (v: number, f: Fmt) => `${v > 0 ? '+' : ''}${pct(v, f)}`;

const METRIC_WORDS: Record<PlanMetric, string> = { revenue: 'revenue per customer', orders: 'orders per customer', active: 'share of customers who buy' };

/** The plan's figures, a sentence each. */
export function renderPlan(p: PilotPlan, f: Fmt): string {
  const value = (v: number) => (p.metric === 'revenue' ? money(v, f) : p.metric === 'orders' ? num(v, f, 2) : pct(v, f));
  const months = `${num(p.months, f, p.months % 1 ? 1 : 0)} month${p.months === 1 ? '' : 's'}`;
  const rows: string[][] = [
    ['Baseline mean', value(p.baselineMean), `${METRIC_WORDS[p.metric]} over the last ${months} of the history (${isoDay(p.window.from)} .. ${isoDay(p.window.to)}), ${num(p.customers, f)} customers who had bought before`],
    ['Baseline sd', value(p.baselineSd), 'how much that varies from customer to customer: the noise a pilot must see through'],
  ];
  const z = `two-sided alpha ${num(p.alpha, f, 2)}, power ${pct(p.power, f, 0)}`;
  if (p.groupSize !== undefined) {
    rows.push(['Detectable effect', pct(p.mde, f), `the smallest change in the mean that ${num(p.groupSize, f)} customers per group detect (${z}): 2(z₁₋α/₂ + z₁₋β)²σ²/n, square-rooted, over the mean`]);
    rows.push(['… with CUPED', pct(p.mdeCuped!, f), 'the same when the analysis adjusts for each customer\'s previous-window value']);
  } else {
    rows.push(['Customers per group', num(p.perGroup, f), `to detect a ${pct(p.mde, f)} change (${value(p.mde * p.baselineMean)}) with ${z}: n = 2(z₁₋α/₂ + z₁₋β)²σ²/Δ²`]);
    rows.push(['… with CUPED', num(p.perGroupCuped, f), 'the same when the analysis adjusts for each customer\'s previous-window value (pilot analyze does)']);
  }
  rows.push([
    'Variance reduction',
    pct(p.varianceReduction, f),
    p.covariateWindow
      ? `the share of the variance CUPED removes: ρ², ρ = ${num(p.correlation, f, 2)} the correlation with the ${months} before (${isoDay(p.covariateWindow.from)} .. ${isoDay(p.covariateWindow.to)})`
      : 'none: the history is shorter than two pilot windows, so there is no previous window to adjust by',
  ]);
  return textTable(['Pilot plan', 'Value', 'What it means'], rows, f.bold, ['left', 'right', 'left']);
}

function renderBalance(rows: BalanceRow[], f: Fmt, title: string): string {
  return `${title}\n${textTable(
    ['Pre-period metric', 'Treatment', 'Control', 'Std. difference', ''],
    rows.map((b) => [
      b.metric,
      b.metric === 'revenue' ? money(b.treatment, f, 2) : b.metric === 'active' ? pct(b.treatment, f) : num(b.treatment, f, 3),
      b.metric === 'revenue' ? money(b.control, f, 2) : b.metric === 'active' ? pct(b.control, f) : num(b.control, f, 3),
      num(b.standardizedDifference, f, 3),
      b.imbalanced ? 'imbalanced (|d| > 0.1)' : 'ok',
    ]),
    f.bold,
  )}`;
}

/** The groups drawn, per stratum, and their balance before the pilot. */
export function renderAssignment(a: PilotAssignment, f: Fmt): string {
  return [
    `Assignment: ${num(a.treatment, f)} treatment, ${num(a.control, f)} control, from ${num(a.eligible, f)} eligible customers`,
    textTable(
      ['Stratum', 'Eligible', 'Treatment', 'Control'],
      a.strata.map((s) => [s.stratum, num(s.eligible, f), num(s.treatment, f), num(s.control, f)]),
      f.bold,
    ),
    '',
    renderBalance(a.balance, f, `Balance before the pilot (${isoDay(a.preWindow.from)} .. ${isoDay(a.preWindow.to)}): means per customer by group`),
  ].join('\n');
}

const EFFECT_LABEL: Record<EffectName, string> = {
  frequencyUplift: 'Order frequency',
  checkUplift: 'Average check',
  churnReduction: 'Churn reduction',
  revenuePerCustomer: 'Revenue per customer',
};

function effectValue(name: EffectName, v: number, f: Fmt): string {
  return name === 'revenuePerCustomer' ? `${v > 0 ? '+' : ''}${money(v, f, 2)}` : signedPct(v, f);
}

/** One plain sentence per effect: the estimate, its interval, and whether it is distinguishable from zero. */
export function effectStatement(name: EffectName, e: Effect, alpha: number, f: Fmt): string {
  const level = pct(1 - alpha, f, 0);
  const head = `${EFFECT_LABEL[name]}: ${effectValue(name, e.estimate, f)} (${level} CI ${effectValue(name, e.ciLow, f)} to ${effectValue(name, e.ciHigh, f)}, p = ${num(e.pValue, f, 3)})`;
  return e.distinguishable
    ? `${head}: distinguishable from zero at alpha ${num(alpha, f, 2)}.`
    : `${head}: not distinguishable from zero at alpha ${num(alpha, f, 2)}; the pilot cannot tell it from no effect.`;
}

/** The groups before and during the pilot, the effects with intervals and p-values, the balance, and a sentence per effect. */
export function renderAnalysis(a: PilotAnalysis, f: Fmt): string {
  const g = a.groups;
  const lines: string[] = [];
  lines.push(`Pre period ${isoDay(a.pre.from)} .. ${isoDay(a.pre.to)}; pilot ${isoDay(a.pilot.from)} .. ${isoDay(a.pilot.to)} (${num(a.months, f, 1)} months)`);
  lines.push(
    textTable(
      ['Group', 'Customers', 'Orders/cust.-month pre', 'pilot', 'Avg check pre', 'pilot', 'Revenue/cust. pre', 'pilot', 'Churn in pilot'],
      (['treatment', 'control'] as const).map((k) => [
        k,
        num(g[k].customers, f),
        num(g[k].pre.ordersPerCustomerMonth, f, 3),
        num(g[k].pilot.ordersPerCustomerMonth, f, 3),
        money(g[k].pre.averageCheck, f, 2),
        money(g[k].pilot.averageCheck, f, 2),
        money(g[k].pre.revenuePerCustomer, f, 2),
        money(g[k].pilot.revenuePerCustomer, f, 2),
        `${pct(g[k].churnRate, f)} of ${num(g[k].preActive, f)}`,
      ]),
      f.bold,
    ),
  );
  lines.push('');
  const level = pct(1 - a.alpha, f, 0);
  const rows: string[][] = [];
  for (const name of EFFECT_NAMES) {
    for (const e of [a.effects[name], a.effects[name].alternative]) {
      rows.push([e === a.effects[name] ? EFFECT_LABEL[name] : '', e.method, effectValue(name, e.estimate, f), `${effectValue(name, e.ciLow, f)} .. ${effectValue(name, e.ciHigh, f)}`, num(e.pValue, f, 3)]);
    }
  }
  lines.push(`Effects of the program (treatment vs control; ${level} bootstrap intervals from ${num(a.bootstrap, f)} resamples, p-values from ${num(a.permutations, f)} permutations within strata)`);
  lines.push(textTable(['Effect', 'Method', 'Estimate', `${level} CI`, 'p'], rows, f.bold, ['left', 'left', 'right', 'right', 'right']));
  lines.push('');
  lines.push(renderBalance(a.balance, f, 'Balance in the pre period: means per customer by group'));
  lines.push('');
  for (const name of EFFECT_NAMES) lines.push(effectStatement(name, a.effects[name], a.alpha, f));
  lines.push(
    'Churn here is inactivity (no purchase in the pilot among pre-period buyers); a higher order frequency lowers it too, so churn reduction and frequency uplift overlap in a short pilot.',
  );
  return lines.join('\n');
}
