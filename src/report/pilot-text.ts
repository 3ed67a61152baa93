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
import type { Look, LookDecision, ScheduledLook } from '../pilot/sequential.js';
import type { PilotDesign, ValueOfInformation } from '../pilot/value.js';
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
  const sr = a.sampleRatio;
  const srLine = (label: string, x: typeof sr.present) =>
    `${label}: ${num(x.observed.treatment, f)} treatment / ${num(x.observed.control, f)} control, expected ${num(x.expected.treatment, f, 1)} / ${num(x.expected.control, f, 1)}, p = ${num(x.pValue, f, 3)}: ${x.mismatch ? 'MISMATCH (p < 0.001), do not trust the effects until it is explained' : 'ok'}`;
  lines.push(srLine('Sample ratio, assignment', sr));
  lines.push(srLine('Sample ratio, present in the history', sr.present));
  if (a.capping) {
    lines.push(
      `Revenue capped at the ${num(100 * a.capping.percentile, f, 1)}th percentile (pre ${money(a.capping.preCap, f)}, pilot ${money(a.capping.pilotCap, f)} per customer): ${num(a.capping.capped, f)} customers capped.`,
    );
  }
  lines.push('');
  lines.push('Effects by pre-period spend tercile (the weights are the draft\'s effects.by_spend this pilot suggests)');
  lines.push(
    textTable(
      ['Tercile', 'Treatment', 'Control', 'Frequency', 'Check', 'Revenue per active', `${level} CI`, 'Weight'],
      a.bySpend.map((t) => [
        t.tercile,
        num(t.treatment, f),
        num(t.control, f),
        signedPct(t.frequencyUplift.estimate, f),
        signedPct(t.checkUplift.estimate, f),
        signedPct(t.revenueUplift.estimate, f),
        `${signedPct(t.revenueUplift.ciLow, f)} .. ${signedPct(t.revenueUplift.ciHigh, f)}`,
        Number.isFinite(t.weight) ? num(t.weight, f, 2) : '-',
      ]),
      f.bold,
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
  );
  lines.push('');
  for (const name of EFFECT_NAMES) lines.push(effectStatement(name, a.effects[name], a.alpha, f));
  lines.push(
    'Churn here is inactivity (no purchase in the pilot among pre-period buyers) after the frequency effect is thinned out of it: more orders alone would make inactivity rarer, and that is frequency, not churn.',
  );
  return lines.join('\n');
}

/** The planned looks: when, the boundary |z| must reach, and the alpha spent so far. */
export function renderLookSchedule(looks: ScheduledLook[], alpha: number, f: Fmt): string {
  return [
    `Look schedule if you watch the pilot as it runs (pilot analyze --interim): O'Brien–Fleming-type alpha spending, two-sided alpha ${num(alpha, f, 2)} over all looks`,
    textTable(
      ['Look', 'Day', 'Information', '|z| to stop', 'Alpha spent'],
      looks.map((l, k) => [num(k + 1, f), num(l.day, f), pct(l.informationFraction, f, 0), num(l.boundary, f, 2), num(l.alphaSpent, f, 4)]),
      f.bold,
      ['right', 'right', 'right', 'right', 'right'],
    ),
    'Early looks need an overwhelming effect; the last one is almost the ordinary test. Testing at 1.96 every week instead would find an "effect" far more often than alpha when there is none.',
  ].join('\n');
}

const DECISION_WORDS: Record<LookDecision, string> = {
  'stop: effect': 'stop: effect shown',
  continue: 'continue',
  'end: no effect shown': 'end: no effect shown',
  'end: effect': 'end: effect shown',
};

/** The looks of a running pilot so far, with the decision at each. */
export function renderLooks(looks: Look[], f: Fmt): string {
  if (looks.length === 0) return 'No look yet: the first look is one look interval after the start.';
  const last = looks.at(-1)!;
  return [
    'Interim looks at revenue per customer (CUPED difference, treatment − control), against O\'Brien–Fleming-type boundaries',
    textTable(
      ['Day', 'Information', 'Effect', 'z', '|z| to stop', 'Decision'],
      looks.map((l) => [isoDay(l.day), pct(l.informationFraction, f, 0), `${l.estimate > 0 ? '+' : ''}${money(l.estimate, f, 2)}`, num(l.statistic, f, 2), num(l.boundary, f, 2), DECISION_WORDS[l.decision]]),
      f.bold,
      ['left', 'right', 'right', 'right', 'right', 'left'],
    ),
    last.decision === 'continue'
      ? `So far: continue. |z| = ${num(Math.abs(last.statistic), f, 2)} is below ${num(last.boundary, f, 2)}; a naive test at ${num(last.naiveBoundary, f, 2)} would not control the error over repeated looks.`
      : `Decision: ${DECISION_WORDS[last.decision]}.`,
  ].join('\n');
}

/** The value-of-information table and the recommendation. */
export function renderValue(v: ValueOfInformation, reference: PilotDesign, f: Fmt): string {
  const lines: string[] = [];
  lines.push(
    `Value of information for the launch decision (${num(v.runs, f)} runs of the draft): expected net incremental profit now ${money(v.expectedNet, f)}, so the decision now is ${v.launchNow ? 'to launch' : 'not to launch'}.`,
  );
  lines.push(
    textTable(
      ['Uncertain input', 'EVPI'],
      [...v.evpi.map((e) => [e.input, money(e.value, f)]), ['all of them', money(v.evpiTotal, f)]],
      f.bold,
      ['left', 'right'],
    ),
  );
  lines.push('EVPI: what knowing the input exactly before deciding would be worth; a pilot can only learn the effects, and not exactly.');
  lines.push('');
  lines.push(
    textTable(
      ['Customers per group', 'Months', 'Value of the pilot', 'sd of frequency effect', 'sd of check effect'],
      v.pilots.map((p) => [num(p.perGroup, f), num(p.months, f, p.months % 1 ? 1 : 0), money(p.value, f), pct(p.seFrequency, f), pct(p.seCheck, f)]),
      f.bold,
      ['right', 'right', 'right', 'right', 'right'],
    ),
  );
  lines.push(recommendation(v, reference, f));
  for (const n of v.notes) lines.push(`Note: ${n}.`);
  return lines.join('\n');
}

/** "A 3-month pilot on 400 customers per group is worth about X; doubling it adds Y." */
export function recommendation(v: ValueOfInformation, reference: PilotDesign, f: Fmt): string {
  const ref = v.pilots.find((p) => p.perGroup === reference.perGroup && p.months === reference.months);
  const doubled = v.pilots.find((p) => p.perGroup === 2 * reference.perGroup && p.months === reference.months);
  if (!ref) return '';
  const m = `${num(ref.months, f, ref.months % 1 ? 1 : 0)}-month`;
  const small = Math.max(1, 0.001 * Math.abs(v.expectedNet));
  if (ref.value < small && (!doubled || doubled.value < small)) {
    return `Recommendation: under the draft's priors the decision is clear (${v.launchNow ? 'launch' : 'do not launch'}); a ${m} pilot on ${num(ref.perGroup, f)} customers per group is worth about ${money(ref.value, f)} to it. Pilot for other reasons (to learn the effects for the budget) or not at all.`;
  }
  const top = v.evpi.filter((e) => e.value > 0).slice(0, 2).map((e) => e.input);
  const head = `Recommendation: a ${m} pilot on ${num(ref.perGroup, f)} customers per group is worth about ${money(ref.value, f)}`;
  const more = doubled ? `; doubling it adds ${money(doubled.value - ref.value, f)}` : '';
  const which = top.length > 0 ? ` The inputs most worth learning: ${top.join(', ')}.` : '';
  return `${head}${more} (perfect information on everything: ${money(v.evpiTotal, f)}).${which}`;
}
